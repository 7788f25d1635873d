package org.opsmaturity.model;

/** A requirement that stands between an item and its next level: NOT_MET or UNKNOWN. */
public record Gap(String criterionId, int level, CriterionStatus status) {
}
