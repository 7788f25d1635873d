package org.opsmaturity.model;

/**
 * Root of every exception the library throws on purpose. Messages name the field or path, the value
 * and what was expected; {@link #hint()} carries the "Maybe ..." line when one helps.
 */
public class MaturityException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public MaturityException(String message, String hint) {
        this(message, hint, null);
    }

    public MaturityException(String message, String hint, Throwable cause) {
        super(hint == null || hint.isEmpty() ? message : message + System.lineSeparator() + hint, cause);
        this.hint = hint == null ? "" : hint;
    }

    /** The "Maybe ..." hint, or an empty string. */
    public String hint() {
        return hint;
    }

    /**
     * Cuts a value for display in a message: long values end with "..." and their length; characters
     * that are not plainly visible are escaped ({@link TerminalText#escape(String)}).
     */
    public static String cut(Object value) {
        String s = TerminalText.escape(String.valueOf(value));
        if (s.length() <= 80) {
            return s;
        }
        return s.substring(0, 77) + "... (" + s.length() + " characters)";
    }
}
