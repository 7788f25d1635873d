package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an organisation (the subject) is observed and attested to do: the input of an assessment.
 * Immutable; build with {@link #builder()}. The order of facts carries no meaning.
 */
public final class Facts {
    private final String subject;
    private final List<Attestation> attestations;
    private final List<Observation> observations;

    private Facts(Builder b) {
        this.subject = b.subject;
        this.attestations = List.copyOf(b.attestations);
        this.observations = List.copyOf(b.observations);
    }

    /**
     * Starts a set of facts.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No facts at all: every criterion is unknown.
     *
     * @return facts with no subject, attestations or observations
     */
    public static Facts empty() {
        return builder().build();
    }

    /**
     * The assessed organisation, team or service.
     *
     * @return the subject, empty when not given
     */
    public String subject() {
        return subject;
    }

    /**
     * The assessor's verdicts on criteria.
     *
     * @return the attestations, possibly empty
     */
    public List<Attestation> attestations() {
        return attestations;
    }

    /**
     * What tools or assessors observed.
     *
     * @return the observations, possibly empty
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * A builder holding these facts, to add more (e.g. hypothetical ones).
     *
     * @return a new builder with the subject and every fact of these
     */
    public Builder toBuilder() {
        Builder b = builder().subject(subject);
        b.attestations.addAll(attestations);
        b.observations.addAll(observations);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && f.subject.equals(subject) && f.attestations.equals(attestations)
                && f.observations.equals(observations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, attestations, observations);
    }

    @Override
    public String toString() {
        return "Facts[subject=" + subject + ", " + attestations.size() + " attestations, " + observations.size()
                + " observations]";
    }

    /** Collects facts; not thread-safe. {@link #build()} checks that nothing is null. */
    public static final class Builder {
        private String subject = "";
        private final List<Attestation> attestations = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();

        private Builder() {
        }

        /**
         * The assessed organisation, team or service.
         *
         * @param subject the name; null for none
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNullElse(subject, "");
            return this;
        }

        /**
         * Adds an attestation.
         *
         * @param attestation the verdict on a criterion
         * @return this builder
         * @throws InvalidFactsException when it is null
         */
        public Builder attest(Attestation attestation) {
            if (attestation == null) {
                throw new InvalidFactsException("attestations[" + attestations.size() + "]", null, "an attestation", "");
            }
            attestations.add(attestation);
            return this;
        }

        /**
         * Attests a criterion met or not met, with a line of evidence.
         *
         * @param criterionId the criterion, e.g. {@code 6.1.1.L3.2}
         * @param verdict     met, not met or partial
         * @param evidence    what the verdict rests on, e.g. a document and its date
         * @return this builder
         */
        public Builder attest(String criterionId, Verdict verdict, String evidence) {
            return attest(new Attestation(criterionId, verdict, Evidence.of(evidence)));
        }

        /**
         * Attests a criterion with evidence that may carry a source, a date and a link.
         *
         * @param criterionId the criterion, e.g. {@code 6.1.1.L3.2}
         * @param verdict     met, not met or partial
         * @param evidence    what the verdict rests on
         * @return this builder
         */
        public Builder attest(String criterionId, Verdict verdict, Evidence evidence) {
            return attest(new Attestation(criterionId, verdict, evidence));
        }

        /**
         * Adds an observation.
         *
         * @param observation a flag, number or set of words
         * @return this builder
         * @throws InvalidFactsException when it is null
         */
        public Builder observe(Observation observation) {
            if (observation == null) {
                throw new InvalidFactsException("observations[" + observations.size() + "]", null, "an observation", "");
            }
            observations.add(observation);
            return this;
        }

        /**
         * Adds a FLAG observation.
         *
         * @param name the observation name, e.g. {@code continuity.backup.offsite}
         * @param flag its value
         * @return this builder
         */
        public Builder observe(String name, boolean flag) {
            return observe(Observation.flag(name, flag));
        }

        /**
         * Adds a NUMBER observation.
         *
         * @param name   the observation name, e.g. {@code continuity.availability}
         * @param number its value
         * @param unit   its unit, e.g. {@code %}, {@code s}, {@code min}
         * @return this builder
         */
        public Builder observe(String name, double number, String unit) {
            return observe(Observation.number(name, number, unit));
        }

        /**
         * Adds a SET observation.
         *
         * @param name  the observation name, e.g. {@code monitoring.transport.modes}
         * @param words its words, e.g. {@code push}, {@code pull}
         * @return this builder
         */
        public Builder observe(String name, String... words) {
            return observe(Observation.set(name, words));
        }

        /**
         * Adds every attestation and observation of other facts (not their subject).
         *
         * @param other the facts to add
         * @return this builder
         */
        public Builder addAll(Facts other) {
            attestations.addAll(other.attestations);
            observations.addAll(other.observations);
            return this;
        }

        /**
         * The facts.
         *
         * @return immutable facts
         */
        public Facts build() {
            return new Facts(this);
        }
    }
}
