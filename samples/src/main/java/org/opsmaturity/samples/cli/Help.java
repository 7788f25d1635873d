package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A command's {@code --help}: the usage line, the description, the parameters and options (two columns,
 * sorted by name), the subcommands, the exit codes; at most 79 columns wide (lines of the description that
 * start with a space, the examples, are left whole to stay copyable).
 */
final class Help {
    /** Lines are shorter than this. */
    static final int WIDTH = 80;
    /** Long option names (with their label) longer than this get their description on the next line. */
    private static final int LONG_COLUMN_MAX = 20;

    private Help() {
    }

    /** Prints the help of the command {@code args} are of. */
    static void print(Args args, PrintWriter out) {
        out.print(text(args.command(), args.qualifiedName()));
        out.flush();
    }

    /**
     * The help of a command.
     *
     * @param c             the command
     * @param qualifiedName its name with its parents', e.g. "opsmaturity history trend"
     * @return the help, lines ended by the line separator
     */
    static String text(CommandDef c, String qualifiedName) {
        List<String> lines = new ArrayList<>();
        String usage = "Usage: " + qualifiedName + " ";
        lines.addAll(wrap(String.join(" ", synopsis(c)), usage, " ".repeat(usage.length())));
        for (String d : c.description()) {
            if (d.startsWith(" ") || d.isEmpty()) {
                lines.add(d);
            } else {
                lines.addAll(wrap(d, "", ""));
            }
        }
        List<OptionDef<?>> options = sorted(c.allOptions());
        int w = 0;
        for (ParamDef<?> p : c.params()) {
            w = Math.max(w, p.synopsis().length() <= LONG_COLUMN_MAX ? p.synopsis().length() : 0);
        }
        for (OptionDef<?> o : options) {
            w = Math.max(w, o.withLabel().length() <= LONG_COLUMN_MAX ? o.withLabel().length() : 0);
        }
        for (ParamDef<?> p : c.params()) {
            lines.addAll(row("      " + p.synopsis(), w, p.description()));
        }
        for (OptionDef<?> o : options) {
            String names = "  " + (o.alias().isEmpty() ? "    " : o.alias() + ", ") + o.withLabel();
            lines.addAll(row(names, w, o.shownDescription()));
        }
        if (!c.subcommands().isEmpty()) {
            lines.add("Commands:");
            int n = 0;
            for (CommandDef s : c.subcommands()) {
                n = Math.max(n, s.name().length());
            }
            for (CommandDef s : c.subcommands()) {
                lines.addAll(wrap(s.description().get(0), "  " + pad(s.name(), n) + "  ", " ".repeat(n + 6)));
            }
        }
        lines.add("");
        lines.add("Exit codes:");
        lines.addAll(wrap("success", "   0   ", " ".repeat(9)));
        if (!c.belowExit().isEmpty()) {
            lines.addAll(wrap(c.belowExit(), "   1   ", " ".repeat(9)));
        }
        lines.addAll(wrap("invalid input: " + c.invalidInput() + "; or an output that cannot be written", "   2   ",
                " ".repeat(9)));
        lines.addAll(wrap("internal error (run again with --verbose and report it)", "   3   ", " ".repeat(9)));
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** "[-hV]", "[--lenient]", "[-f=FORMAT]", "--config=FILE", "[--fail-below=LEVEL]...", "[FACTS]", "[COMMAND]". */
    static List<String> synopsis(CommandDef c) {
        List<OptionDef<?>> options = sorted(c.allOptions());
        List<String> words = new ArrayList<>();
        StringBuilder shortFlags = new StringBuilder();
        for (OptionDef<?> o : options) {
            if (o.isFlag() && !o.alias().isEmpty()) {
                shortFlags.append(o.alias().charAt(1));
            }
        }
        if (shortFlags.length() > 0) {
            words.add("[-" + shortFlags + "]");
        }
        for (OptionDef<?> o : options) {
            if (o.isFlag() && o.alias().isEmpty()) {
                words.add("[" + o.name() + "]");
            }
        }
        for (boolean repeatable : new boolean[] {false, true}) {
            for (OptionDef<?> o : options) {
                if (!o.isFlag() && o.repeatable() == repeatable) {
                    String s = (o.alias().isEmpty() ? o.name() : o.alias()) + "=" + o.label();
                    words.add((o.required() ? s : "[" + s + "]") + (repeatable ? "..." : ""));
                }
            }
        }
        for (ParamDef<?> p : c.params()) {
            words.add(p.synopsis());
        }
        if (!c.subcommands().isEmpty()) {
            words.add("[COMMAND]");
        }
        return words;
    }

    /** By the shortest name without its dashes, case ignored: --allow-rules, -f/--format, --fail-below, -h/--help. */
    private static List<OptionDef<?>> sorted(List<OptionDef<?>> options) {
        List<OptionDef<?>> s = new ArrayList<>(options);
        s.sort(Comparator.comparing(Help::sortKey));
        return s;
    }

    private static String sortKey(OptionDef<?> o) {
        String n = o.alias().isEmpty() ? o.name() : o.alias();
        return n.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    /** An option or parameter and its description; a long name gets the description on the next line. */
    private static List<String> row(String names, int longWidth, String description) {
        int column = 6 + longWidth + 3;
        List<String> lines = new ArrayList<>();
        String first = names;
        if (names.length() > column - 1) {
            lines.add(names);
            first = "";
        }
        lines.addAll(wrap(description, pad(first, column), " ".repeat(column + 2)));
        return lines;
    }

    /** {@code text} wrapped before {@link #WIDTH} at spaces, after {@code first}, then after {@code indent}. */
    static List<String> wrap(String text, String first, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ", -1)) {
            if (line.length() > start && line.length() + 1 + word.length() >= WIDTH) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
                start = indent.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
