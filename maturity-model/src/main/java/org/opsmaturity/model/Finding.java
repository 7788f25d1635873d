package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a criterion's rule derived from observations: the fact the rules insert and the engine reads
 * back through the {@code findings} query.
 *
 * <p>The status is {@link CriterionStatus#MET}, {@link CriterionStatus#NOT_MET}, or
 * {@link CriterionStatus#UNKNOWN} when a rule that joins several observations was given only some of
 * them and none of those fails (strong Kleene logic, docs/levels.md): the finding then still records
 * the observations it read, and an attestation of the criterion decides.
 *
 * <p>{@code ruleId} is the rule that decided it (the criterion id for standard rules); {@code reason} says
 * why, e.g. {@code monitoring.processing.latency = 45 s < 1 min}. A rule may give the reason as a
 * {@link Reason} (its operands, as data: {@link #why()}); the English text is then rendered on first use
 * (most findings of an assessment are never read as text), once, whichever thread asks. Immutable and
 * thread-safe; equal findings have equal criterion, rule, status, reason text and observations.
 */
public final class Finding {
    private final String criterionId;
    private final String ruleId;
    private final CriterionStatus status;
    private final List<Observation> observations;
    /** The reason as data; null when it was given as a supplier of text. */
    private final Reason why;
    /** Renders the reason; null when it was given otherwise. */
    private final Supplier<String> render;
    private volatile String reason;

    /**
     * A finding whose reason is given as data and rendered on first use by {@link #reason()}.
     *
     * @param criterionId  the criterion decided
     * @param ruleId       the rule that decided it
     * @param status       MET, NOT_MET or UNKNOWN
     * @param why          the reason as data
     * @param observations the observations read
     * @throws IllegalArgumentException when the status is NOT_APPLICABLE
     */
    public Finding(String criterionId, String ruleId, CriterionStatus status, Reason why,
            List<Observation> observations) {
        this(criterionId, ruleId, status, null, Objects.requireNonNull(why, "why"), null, observations);
    }

    /**
     * A finding whose reason text is rendered on first use by {@link #reason()}.
     *
     * @param criterionId  the criterion decided
     * @param ruleId       the rule that decided it
     * @param status       MET, NOT_MET or UNKNOWN
     * @param reason       renders the text
     * @param observations the observations read
     * @throws IllegalArgumentException when the status is NOT_APPLICABLE
     */
    public Finding(String criterionId, String ruleId, CriterionStatus status, Supplier<String> reason,
            List<Observation> observations) {
        this(criterionId, ruleId, status, null, null, Objects.requireNonNull(reason, "reason"), observations);
    }

    /**
     * A finding whose reason is given as text.
     *
     * @param criterionId  the criterion decided
     * @param ruleId       the rule that decided it
     * @param status       MET, NOT_MET or UNKNOWN
     * @param reason       the text (null for none)
     * @param observations the observations read
     * @throws IllegalArgumentException when the status is NOT_APPLICABLE
     */
    public Finding(String criterionId, String ruleId, CriterionStatus status, String reason,
            List<Observation> observations) {
        this(criterionId, ruleId, status, Objects.requireNonNullElse(reason, ""), null, null, observations);
    }

    private Finding(String criterionId, String ruleId, CriterionStatus status, String reason, Reason why,
            Supplier<String> render, List<Observation> observations) {
        this.criterionId = Objects.requireNonNull(criterionId, "criterionId");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.status = Objects.requireNonNull(status, "status");
        if (status == CriterionStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("finding of " + criterionId + ": status NOT_APPLICABLE is not valid;"
                    + " expected MET, NOT_MET or UNKNOWN (only a waiver makes a criterion not applicable)");
        }
        this.reason = reason;
        this.why = why;
        this.render = render;
        this.observations = List.copyOf(observations);
    }

    /**
     * A decided finding: MET when {@code met}, else NOT_MET.
     *
     * @param criterionId  the criterion decided
     * @param ruleId       the rule that decided it
     * @param met          whether it is met
     * @param reason       the text (null for none)
     * @param observations the observations read
     */
    public Finding(String criterionId, String ruleId, boolean met, String reason, List<Observation> observations) {
        this(criterionId, ruleId, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, reason, observations);
    }

    /**
     * A decided finding with its reason as data: MET when {@code met}, else NOT_MET.
     *
     * @param criterionId  the criterion decided
     * @param ruleId       the rule that decided it
     * @param met          whether it is met
     * @param why          the reason as data
     * @param observations the observations read
     */
    public Finding(String criterionId, String ruleId, boolean met, Reason why, List<Observation> observations) {
        this(criterionId, ruleId, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, why, observations);
    }

    /**
     * The criterion the rule decided.
     *
     * @return its id, e.g. {@code 1.1.1.L2.1}
     */
    public String criterionId() {
        return criterionId;
    }

    /**
     * The rule that decided (the criterion id for the standard rules).
     *
     * @return the rule's id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * What the rule found: MET, NOT_MET or UNKNOWN (an observation it needed was not given).
     *
     * @return the status
     */
    public CriterionStatus status() {
        return status;
    }

    /**
     * Why, in English, e.g. {@code monitoring.processing.latency = 45 s < 1 min} (rendered on first use).
     *
     * @return the text, never null
     */
    public String reason() {
        String r = reason;
        if (r == null) {
            // racing threads render equal texts
            r = Objects.requireNonNullElse(why != null ? why.en() : render.get(), "");
            reason = r;
        }
        return r;
    }

    /**
     * Why, as data: the reason the rule gave, or its text as {@link Reason.Prose} when it gave text.
     *
     * @return the reason, never null
     */
    public Reason why() {
        return why != null ? why : new Reason.Prose(reason());
    }

    /**
     * The observations the rule read to decide, as evidence for the report.
     *
     * @return the observations, immutable
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * Whether the rule found the criterion MET.
     *
     * @return true for MET, false for NOT_MET and UNKNOWN
     */
    public boolean met() {
        return status == CriterionStatus.MET;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Finding f && f.criterionId.equals(criterionId) && f.ruleId.equals(ruleId)
                && f.status == status && f.reason().equals(reason()) && f.observations.equals(observations);
    }

    /**
     * The hash of the criterion, rule and outcome only (it agrees with {@code equals}). Rules insert a
     * Finding per criterion they decide and the engine hashes each; the reason text and the observations
     * need not be rendered or hashed for that.
     */
    @Override
    public int hashCode() {
        return (31 * criterionId.hashCode() + ruleId.hashCode()) * 4 + status.ordinal();
    }

    @Override
    public String toString() {
        return "Finding[criterionId=" + criterionId + ", ruleId=" + ruleId + ", status=" + status + ", reason="
                + reason() + ", observations=" + observations + "]";
    }
}
