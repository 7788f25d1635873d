package org.opsmaturity.model;

/**
 * A fact whose verdict, value or unit is not allowed: a verdict that is not a known word, a value of
 * the wrong type for its observation, out of range or not finite, a unit outside the observation's
 * family, a word that is not in a set's list.
 */
public class InvalidValueException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
