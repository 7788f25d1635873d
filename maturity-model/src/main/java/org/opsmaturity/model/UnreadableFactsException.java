package org.opsmaturity.model;

/**
 * The facts could not be read at all: the file does not exist, is a directory, or reading it failed.
 */
public class UnreadableFactsException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public UnreadableFactsException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
