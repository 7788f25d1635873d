package org.opsmaturity.history;

import org.opsmaturity.model.MaturityException;

/** A history store cannot be opened, read or written; the message names the store and what was expected. */
public class HistoryException extends MaturityException {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the parts.
     *
     * @param message what is wrong
     * @param hint a "Maybe ..." hint, possibly empty
     */
    public HistoryException(String message, String hint) {
        super(message, hint);
    }

    /**
     * Checks the parts.
     *
     * @param message what is wrong
     * @param hint a "Maybe ..." hint, possibly empty
     * @param cause the underlying error
     */
    public HistoryException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
