package org.opsmaturity.collect;

import org.opsmaturity.model.MaturityException;

/**
 * Collection cannot go on: the configuration is invalid, a source cannot be reached or answers with an
 * error, a file cannot be read or lacks a required column. The message names the source, the query,
 * file or field, the value and what was expected; {@link #hint()} carries a "Maybe ..." line when one helps.
 * Nothing is written when it is thrown.
 */
public class CollectException extends MaturityException {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the parts.
     *
     * @param message what is wrong
     * @param hint a "Maybe ..." hint, possibly empty
     */
    public CollectException(String message, String hint) {
        super(message, hint);
    }

    /**
     * Checks the parts.
     *
     * @param message what is wrong
     * @param hint a "Maybe ..." hint, possibly empty
     * @param cause the underlying error
     */
    public CollectException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
