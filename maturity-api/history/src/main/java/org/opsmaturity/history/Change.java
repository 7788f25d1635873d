package org.opsmaturity.history;

import java.util.List;
import java.util.Objects;

import org.opsmaturity.model.CriterionStatus;

/**
 * What changed between two consecutive runs of one subject, and why: the levels that moved and the criteria
 * whose status changed, each with its cause.
 */
public record Change(String subject, Run before, Run after, Cause cause, List<LevelChange> levels,
        List<CriterionChange> criteria) {
    /** Why a status changed. */
    public enum Cause {
        /** The facts changed and the rules did not: your evidence changed. */
        EVIDENCE,
        /** The facts are the same and the rules (model, library or profile) changed. */
        RULES,
        /**
         * Both changed: per criterion, {@code EVIDENCE} when the facts behind it changed, else {@code RULES};
         * for a whole run, both at once.
         */
        EVIDENCE_AND_RULES,
        /** Same facts, same rules: evidence went stale or a waiver expired with the date. */
        TIME
    }

    /** A level that moved: {@code target} is an item, area, domain id or "overall". */
    public record LevelChange(String target, int before, int after, int potentialBefore, int potentialAfter) {
    }

    /** A criterion whose status changed; {@code reason} is the deciding justification's reason now. */
    public record CriterionChange(String criterionId, CriterionStatus before, CriterionStatus after, Cause cause,
            String reason) {
        /**
         * Checks the components.
         *
         * @param criterionId the criterion id
         * @param before      the before
         * @param after       the after
         * @param cause       the cause
         * @param reason      the reason
         */
        public CriterionChange {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(cause, "cause");
            reason = Objects.requireNonNullElse(reason, "");
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param subject  the subject
     * @param before   the before
     * @param after    the after
     * @param cause    the cause
     * @param levels   the levels
     * @param criteria the criteria
     */
    public Change {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(cause, "cause");
        levels = List.copyOf(levels);
        criteria = List.copyOf(criteria);
    }
}
