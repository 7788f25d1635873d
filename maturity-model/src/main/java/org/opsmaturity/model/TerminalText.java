package org.opsmaturity.model;

/**
 * The one escaper for text shown on a terminal or in a text message: control characters (C0, DEL, C1),
 * bidirectional overrides and isolates, zero-width and unusual spaces, line and paragraph separators and
 * unpaired surrogates are written as {@code \u001b}-style escapes, so a value can neither move the cursor,
 * clear the screen, reorder text, forge a line nor look like a valid id it is not.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /**
     * The value with every character that is not plainly visible escaped, newlines and tabs included.
     *
     * @param s the value
     * @return the escaped value
     */
    public static String escape(String s) {
        return escape(s, false);
    }

    /**
     * Text of several lines (a message with its hint, a report): as {@link #escape(String)}, but line
     * breaks ({@code \n}, {@code \r\n}) and tabs are kept, and only the characters that act on a terminal
     * are escaped (a no-break space stays: it is ordinary in prose).
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeLines(String s) {
        return escape(s, true);
    }

    /**
     * Whether {@code escape} would change the value.
     *
     * @param s the value
     * @return true when it holds a character to escape
     */
    public static boolean needsEscape(String s) {
        return !escape(s).equals(s);
    }

    private static String escape(String s, boolean lines) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (lines && (c == '\n' || c == '\t' || (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n'))) {
                bad = false;
            } else {
                bad = acts(c) || (!lines && looksLikeSpace(c));
            }
            if (bad && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (bad) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /** Characters that act on a terminal or on the order of text, or cannot be printed at all. */
    static boolean acts(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }

    /** Characters that look like nothing or like an ordinary space in an id. */
    static boolean looksLikeSpace(char c) {
        return c == 0x00a0 || c == 0x00ad || (c >= 0x2000 && c <= 0x200d) || c == 0x202f || c == 0x205f
                || c == 0x2060 || c == 0x3000 || c == 0xfeff;
    }
}
