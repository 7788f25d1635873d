package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * What a criterion's rule derived from observations: the fact the rules insert and the engine reads
 * back through the {@code findings} query.
 *
 * <p>The status is {@link CriterionStatus#MET}, {@link CriterionStatus#NOT_MET}, or
 * {@link CriterionStatus#UNKNOWN} when a rule that joins several observations was given only some of
 * them and none of those fails (strong Kleene logic, docs/levels.md): the finding then still records
 * the observations it read, and an attestation of the criterion decides.
 *
 * @param ruleId the rule that decided it (the criterion id for standard rules)
 * @param reason e.g. {@code monitoring.processing.latency = 45 s < 1 min}
 */
public record Finding(String criterionId, String ruleId, CriterionStatus status, String reason,
        List<Observation> observations) {
    public Finding {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        if (status == CriterionStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("finding of " + criterionId + ": status NOT_APPLICABLE is not valid;"
                    + " expected MET, NOT_MET or UNKNOWN (only a waiver makes a criterion not applicable)");
        }
        reason = Objects.requireNonNullElse(reason, "");
        observations = List.copyOf(observations);
    }

    /** A decided finding: MET when {@code met}, else NOT_MET. */
    public Finding(String criterionId, String ruleId, boolean met, String reason, List<Observation> observations) {
        this(criterionId, ruleId, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, reason, observations);
    }

    /**
     * The hash of the criterion, rule and outcome only (it agrees with the record's {@code equals}). Rules
     * insert a Finding per criterion they decide and the engine hashes each; the reason text and the
     * observations need not be hashed for that.
     */
    @Override
    public int hashCode() {
        return (31 * criterionId.hashCode() + ruleId.hashCode()) * 4 + status.ordinal();
    }

    /** Whether the rule found the criterion MET. */
    public boolean met() {
        return status == CriterionStatus.MET;
    }
}
