package org.opsmaturity.samples.cli;

/** Text from the input placed in a Markdown table cell or heading of the roadmap and diff output. */
final class Markdown {
    private Markdown() {
    }

    /** Escapes what would end a cell or start markup: backslashes, pipes, angle brackets, line breaks. */
    static String cell(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '|', '*', '_', '`', '[', ']' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return Output.shown(b.toString());
    }
}
