package org.opsmaturity.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a criterion has its status: the rule (or "attestation", "waiver", "condition") that decided it,
 * its reason as data and the facts it used.
 *
 * @param ruleId       the rule that decided, {@value #ATTESTATION} for an attestation
 * @param status       the status it gave
 * @param why          the reason as data; {@link #reason()} is its English text, {@link #reasonIn(Locale)}
 *                     the text in a language
 * @param attestations the attestations it used
 * @param observations the observations it used
 */
public record Justification(String ruleId, CriterionStatus status, Reason why, List<Attestation> attestations,
        List<Observation> observations) {
    /** The rule id used for decisions made by an attestation. */
    public static final String ATTESTATION = "attestation";

    /**
     * Checks the operands and copies the lists.
     *
     * @param ruleId the rule that decided, {@value #ATTESTATION} for an attestation
     * @param status the status it gave
     * @param why the reason as data; {@link #reason()} is its English text, {@link #reasonIn(Locale)} the text in a
     *            language
     * @param attestations the attestations it used
     * @param observations the observations it used
     */
    public Justification {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(why, "why");
        attestations = List.copyOf(attestations);
        observations = List.copyOf(observations);
    }

    /**
     * A justification whose reason is given as text (shown as it is in every language).
     *
     * @param ruleId       the rule that decided
     * @param status       the status it gave
     * @param reason       the text (null for none)
     * @param attestations the attestations it used
     * @param observations the observations it used
     */
    public Justification(String ruleId, CriterionStatus status, String reason, List<Attestation> attestations,
            List<Observation> observations) {
        this(ruleId, status, new Reason.Prose(reason), attestations, observations);
    }

    /**
     * The reason in English, as the JSON result carries it.
     *
     * @return the text, never null
     */
    public String reason() {
        return why.en();
    }

    /**
     * The reason in a language.
     *
     * @param locale the reader's language: Chinese for {@code zh}, else English
     * @return the text, never null
     */
    public String reasonIn(Locale locale) {
        return why.text(locale);
    }
}
