package org.opsmaturity.model;

import java.util.Objects;

/** An assessor's verdict on one criterion, with its evidence. It decides the criterion directly. */
public record Attestation(String criterionId, Verdict verdict, Evidence evidence) {
    public Attestation {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(verdict, "verdict");
        evidence = Objects.requireNonNullElse(evidence, Evidence.none());
    }

    public static Attestation met(String criterionId, String evidence) {
        return new Attestation(criterionId, Verdict.MET, Evidence.of(evidence));
    }

    public static Attestation notMet(String criterionId, String evidence) {
        return new Attestation(criterionId, Verdict.NOT_MET, Evidence.of(evidence));
    }
}
