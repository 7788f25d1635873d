package org.opsmaturity.model;

/**
 * The facts could not be read at all: the file does not exist, is a directory, or reading it failed.
 */
public class UnreadableFactsException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;

    public UnreadableFactsException(String path, Object value, String expected, String hint) {
        super(path, value, expected, hint);
    }
}
