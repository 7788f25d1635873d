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

    public CriterionStatus status() {
        return met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    }
}
