package org.opsmaturity.model;

/**
 * The facts are not one well-formed JSON document in UTF-8: a syntax error, a truncated document, a
 * duplicate key, data after the document, bytes that are not UTF-8, or nothing at all.
 */
public class MalformedFactsException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public MalformedFactsException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
