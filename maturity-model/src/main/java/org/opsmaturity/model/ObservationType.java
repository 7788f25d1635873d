package org.opsmaturity.model;

/** The type of an observation's value. */
public enum ObservationType {
    /** true or false. */
    FLAG,
    /** A number with a unit. */
    NUMBER,
    /** A set of words from the observation's allowed list. */
    SET
}
