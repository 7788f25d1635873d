package org.opsmaturity.model;

/**
 * Root of every exception the library throws on purpose. Messages name the field or path, the value
 * and what was expected; {@link #hint()} carries the "Maybe ..." line when one helps.
 */
public class MaturityException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The "Maybe ..." hint. */
    private final String hint;

    /**
     * An error with a hint.
     *
     * @param message what is wrong: the field, the value and what was expected
     * @param hint    a "Maybe ..." hint; null or empty for none
     */
    public MaturityException(String message, String hint) {
        this(message, hint, null);
    }

    /**
     * An error with a hint and a cause.
     *
     * @param message what is wrong
     * @param hint    a "Maybe ..." hint; null or empty for none
     * @param cause   the underlying error
     */
    public MaturityException(String message, String hint, Throwable cause) {
        super(hint == null || hint.isEmpty() ? message : message + System.lineSeparator() + hint, cause);
        this.hint = hint == null ? "" : hint;
    }

    /**
     * The "Maybe ..." hint.
     *
     * @return the hint, or an empty string
     */
    public String hint() {
        return hint;
    }

    /**
     * Cuts a value for display in a message: long values end with "..." and their length; characters
     * that are not plainly visible are escaped ({@link TerminalText#escape(String)}).
     *
     * @param value any value
     * @return its text for a message
     */
    public static String cut(Object value) {
        String s = TerminalText.escape(String.valueOf(value));
        if (s.length() <= 80) {
            return s;
        }
        return s.substring(0, 77) + "... (" + s.length() + " characters)";
    }
}
