package org.opsmaturity.model;

/** What decided a criterion's status. */
public enum Source {
    /** An assessor's attestation (it stands over observations). */
    ATTESTATION,
    /** The criterion's rule, from observations. */
    OBSERVATION,
    /** Nothing: the criterion is UNKNOWN. */
    NONE,
    /** A waiver of the assessor: the criterion is NOT_APPLICABLE. */
    WAIVER
}
