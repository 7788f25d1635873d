package org.opsmaturity.model;

/**
 * Facts given to an assessment are invalid. {@link #path()} is the field path in the facts document
 * (e.g. {@code observations[3].unit}), {@link #value()} the offending value (cut when long).
 */
public class InvalidFactsException extends MaturityException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String value;

    public InvalidFactsException(String path, Object value, String expected, String hint) {
        super(path + ": " + (value == null ? "missing" : "'" + cut(value) + "'") + " is not valid; expected "
                + expected, hint);
        this.path = path;
        this.value = value == null ? "" : cut(value);
    }

    public String path() {
        return path;
    }

    public String value() {
        return value;
    }
}
