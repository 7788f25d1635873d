package org.opsmaturity.model;

/** Kinds of warnings an assessment can carry. */
public enum WarningCode {
    /** An attestation and the observations' finding disagree; the attestation stands. */
    CONFLICT,
    /** The same fact was given twice with the same value; it is used once. */
    DUPLICATE,
    /** A criterion id or observation name is not known (lenient assessors only); the fact is not used. */
    UNKNOWN_ID,
    /** An attestation of a shortfall description, which is not a requirement: it gates no level (the message says what it means). */
    NOT_A_REQUIREMENT,
    /** An observation that no rule of the assessor reads (a rule that reads one records it even when undecided). */
    UNUSED_OBSERVATION,
    /** A waiver past its expiry date: it no longer applies and the criterion is assessed as usual. */
    WAIVER_EXPIRED,
    /** Evidence older than its validity period: the fact is not used and its criterion may be UNKNOWN. */
    STALE_EVIDENCE
}
