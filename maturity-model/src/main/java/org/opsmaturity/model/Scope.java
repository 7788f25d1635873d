package org.opsmaturity.model;

/** The level of the hierarchy a rolled-up level belongs to. */
public enum Scope {
    /** An area of a domain. */
    AREA,
    /** A domain. */
    DOMAIN,
    /** The whole organisation. */
    OVERALL
}
