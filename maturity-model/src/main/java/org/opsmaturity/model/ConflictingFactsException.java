package org.opsmaturity.model;

/**
 * Two facts disagree: two attestations of one criterion with different verdicts, or two observations
 * of one name with different values. The engine cannot tell which one is true.
 */
public class ConflictingFactsException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    public ConflictingFactsException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
