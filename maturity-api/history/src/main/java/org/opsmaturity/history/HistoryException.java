package org.opsmaturity.history;

import org.opsmaturity.model.MaturityException;

/** A history store cannot be opened, read or written; the message names the store and what was expected. */
public class HistoryException extends MaturityException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message, String hint) {
        super(message, hint);
    }

    public HistoryException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
