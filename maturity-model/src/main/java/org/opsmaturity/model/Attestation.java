package org.opsmaturity.model;

import java.util.Objects;

/**
 * An assessor's verdict on one criterion, with its evidence. It decides the criterion directly.
 * {@code coverage} is ALL for MET, NONE for NOT_MET, and SOME or MOST for PARTIAL; whether a partial
 * attestation counts as met is the assessor's {@link LevelPolicy}.
 */
public record Attestation(String criterionId, Verdict verdict, Evidence evidence, Coverage coverage) {
    /**
     * Checks the components.
     *
     * @param criterionId the criterion id
     * @param verdict     the verdict
     * @param evidence    the evidence
     * @param coverage    the coverage
     */
    public Attestation {
        if (criterionId == null) {
            throw new FactFormatException("criterion", null, "a criterion id such as 1.1.1.L3.4", "");
        }
        if (verdict == null) {
            throw new FactFormatException("verdict", null, "met, not_met or partial", "");
        }
        evidence = Objects.requireNonNullElse(evidence, Evidence.none());
        coverage = coverage != null ? coverage : switch (verdict) {
            case MET -> Coverage.ALL;
            case NOT_MET -> Coverage.NONE;
            case PARTIAL -> Coverage.SOME;
        };
        boolean consistent = switch (verdict) {
            case MET -> coverage == Coverage.ALL;
            case NOT_MET -> coverage == Coverage.NONE;
            case PARTIAL -> coverage == Coverage.SOME || coverage == Coverage.MOST;
        };
        if (!consistent) {
            throw new InvalidFactsException("coverage", coverage, "ALL for met, NONE for not_met, SOME or MOST for "
                    + "partial (verdict " + verdict + ")", "Maybe write verdict \"partial\" with coverage \"some\" or \"most\".");
        }
    }

    /**
     * An attestation whose coverage follows from its verdict (ALL for met, NONE for not met).
     *
     * @param criterionId the criterion
     * @param verdict     met or not met (partial needs a coverage)
     * @param evidence    what it rests on
     */
    public Attestation(String criterionId, Verdict verdict, Evidence evidence) {
        this(criterionId, verdict, evidence, null);
    }

    /**
     * The criterion is met.
     *
     * @param criterionId the criterion
     * @param evidence    what it rests on
     * @return the attestation
     */
    public static Attestation met(String criterionId, String evidence) {
        return new Attestation(criterionId, Verdict.MET, Evidence.of(evidence));
    }

    /**
     * The criterion is not met.
     *
     * @param criterionId the criterion
     * @param evidence    what it rests on
     * @return the attestation
     */
    public static Attestation notMet(String criterionId, String evidence) {
        return new Attestation(criterionId, Verdict.NOT_MET, Evidence.of(evidence));
    }

    /**
     * The criterion is met for part of the scope.
     *
     * @param criterionId the criterion
     * @param coverage    SOME or MOST
     * @param evidence    what it rests on
     * @return the attestation
     */
    public static Attestation partial(String criterionId, Coverage coverage, String evidence) {
        return new Attestation(criterionId, Verdict.PARTIAL, Evidence.of(evidence), coverage);
    }
}
