package org.opsmaturity.model;

/**
 * The facts document is beyond a documented limit: its size, its nesting depth, or the length of a
 * string, a number or a field name (see {@code Json}).
 */
public class FactsLimitException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public FactsLimitException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
