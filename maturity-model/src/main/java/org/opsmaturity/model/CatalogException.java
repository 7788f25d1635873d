package org.opsmaturity.model;

/** A catalogue or vocabulary resource is malformed, or an id is not in the catalogue. */
public class CatalogException extends MaturityException {
    private static final long serialVersionUID = 1L;

    /**
     * A catalogue or extension error.
     *
     * @param message what is wrong
     * @param hint    a "Maybe ..." hint, possibly empty
     */
    public CatalogException(String message, String hint) {
        super(message, hint);
    }
}
