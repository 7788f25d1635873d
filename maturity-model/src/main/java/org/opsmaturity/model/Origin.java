package org.opsmaturity.model;

/** Where a threshold comes from in the model. */
public enum Origin {
    /** The number is in the requirement text itself. */
    TEXT,
    /** The model gives the number only inside an illustration (如：...): a default a company may change. */
    ILLUSTRATION
}
