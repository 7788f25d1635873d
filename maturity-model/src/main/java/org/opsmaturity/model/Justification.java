package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a criterion has its status: the rule (or "attestation") that decided it, its reason and the
 * facts it used.
 */
public record Justification(String ruleId, CriterionStatus status, String reason, List<Attestation> attestations,
        List<Observation> observations) {
    /** The rule id used for decisions made by an attestation. */
    public static final String ATTESTATION = "attestation";

    public Justification {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        reason = Objects.requireNonNullElse(reason, "");
        attestations = List.copyOf(attestations);
        observations = List.copyOf(observations);
    }
}
