package org.opsmaturity.model;

/**
 * A fact whose verdict, value or unit is not allowed: a verdict that is not a known word, a value of
 * the wrong type for its observation, out of range or not finite, a unit outside the observation's
 * family, a word that is not in a set's list.
 */
public class InvalidValueException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public InvalidValueException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
