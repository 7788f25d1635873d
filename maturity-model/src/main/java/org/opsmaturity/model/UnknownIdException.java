package org.opsmaturity.model;

/**
 * A criterion id that is not in the catalogue, or an observation name that is not in the vocabulary
 * (with a strict assessor; a lenient one warns instead).
 */
public class UnknownIdException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    public UnknownIdException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
