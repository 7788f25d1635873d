package org.opsmaturity.model;

/**
 * Two facts disagree: two attestations of one criterion with different verdicts, or two observations
 * of one name with different values. The engine cannot tell which one is true.
 */
public class ConflictingFactsException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public ConflictingFactsException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
