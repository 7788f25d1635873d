package org.opsmaturity.model;

/** The level of the hierarchy a rolled-up level belongs to. */
public enum Scope {
    AREA, DOMAIN, OVERALL
}
