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

    public static Builder builder() {
        return new Builder();
    }

    public static Facts empty() {
        return builder().build();
    }

    /** The assessed organisation, team or service; empty when not given. */
    public String subject() {
        return subject;
    }

    public List<Attestation> attestations() {
        return attestations;
    }

    public List<Observation> observations() {
        return observations;
    }

    /** A builder holding these facts, to add more (e.g. hypothetical ones). */
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

        public Builder subject(String subject) {
            this.subject = Objects.requireNonNullElse(subject, "");
            return this;
        }

        public Builder attest(Attestation attestation) {
            if (attestation == null) {
                throw new InvalidFactsException("attestations[" + attestations.size() + "]", null, "an attestation", "");
            }
            attestations.add(attestation);
            return this;
        }

        /** Attests a criterion met or not met, with a line of evidence. */
        public Builder attest(String criterionId, Verdict verdict, String evidence) {
            return attest(new Attestation(criterionId, verdict, Evidence.of(evidence)));
        }

        public Builder attest(String criterionId, Verdict verdict, Evidence evidence) {
            return attest(new Attestation(criterionId, verdict, evidence));
        }

        public Builder observe(Observation observation) {
            if (observation == null) {
                throw new InvalidFactsException("observations[" + observations.size() + "]", null, "an observation", "");
            }
            observations.add(observation);
            return this;
        }

        public Builder observe(String name, boolean flag) {
            return observe(Observation.flag(name, flag));
        }

        public Builder observe(String name, double number, String unit) {
            return observe(Observation.number(name, number, unit));
        }

        public Builder observe(String name, String... words) {
            return observe(Observation.set(name, words));
        }

        public Builder addAll(Facts other) {
            attestations.addAll(other.attestations);
            observations.addAll(other.observations);
            return this;
        }

        public Facts build() {
            return new Facts(this);
        }
    }
}
