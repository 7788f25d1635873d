package org.opsmaturity.model;

/**
 * A criterion id that is not in the catalogue, or an observation name that is not in the vocabulary
 * (with a strict assessor; a lenient one warns instead).
 */
public class UnknownIdException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public UnknownIdException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
