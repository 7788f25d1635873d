package org.opsmaturity.model;

/**
 * Well-formed JSON that does not follow the facts format (docs/facts.md): a field of the wrong JSON
 * type, an unknown field, a missing field, a date that is not {@code YYYY-MM-DD}.
 */
public class FactFormatException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public FactFormatException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
