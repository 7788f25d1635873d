package org.opsmaturity.model;

/** The status of one criterion in an assessment. */
public enum CriterionStatus {
    /** The facts show the criterion is satisfied. */
    MET,
    /** The facts show the criterion is not satisfied. */
    NOT_MET,
    /** Nothing given decides the criterion. */
    UNKNOWN,
    /** Waived (not applicable, or disabled) by the assessor's profile: it gates no level. */
    NOT_APPLICABLE
}
