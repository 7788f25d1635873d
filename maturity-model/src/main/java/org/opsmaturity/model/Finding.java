package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * What a criterion's rule derived from observations: the fact the rules insert and the engine reads
 * back through the {@code findings} query.
 *
 * @param ruleId the rule that decided it (the criterion id for standard rules)
 * @param reason e.g. {@code monitoring.processing.latency = 45 s < 1 min}
 */
public record Finding(String criterionId, String ruleId, boolean met, String reason, List<Observation> observations) {
    public Finding {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(ruleId, "ruleId");
        reason = Objects.requireNonNullElse(reason, "");
        observations = List.copyOf(observations);
    }

    /**
     * The hash of the criterion, rule and outcome only (it agrees with the record's {@code equals}). Rules
     * insert a Finding per criterion they decide and the engine hashes each; the reason text and the
     * observations need not be hashed for that.
     */
    @Override
    public int hashCode() {
        return (31 * criterionId.hashCode() + ruleId.hashCode()) * 2 + (met ? 1 : 0);
    }

    public CriterionStatus status() {
        return met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    }
}
