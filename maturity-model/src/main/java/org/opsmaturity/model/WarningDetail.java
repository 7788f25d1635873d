package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Warning} is about, as data; {@link Wording} renders it in the reader's language and
 * {@link #en()} is the English message the JSON result carries. Immutable values.
 */
public sealed interface WarningDetail {
    /**
     * The English message, as in the JSON result.
     *
     * @return the message, never null
     */
    default String en() {
        return Wording.text(this, Locale.ENGLISH);
    }

    /**
     * The message in a language: Chinese for {@code zh}, else English.
     *
     * @param locale the reader's language
     * @return the message, never null
     */
    default String text(Locale locale) {
        return Wording.text(this, locale);
    }

    /**
     * An attested criterion id that is not in the catalogue (lenient assessors).
     *
     * @param path        where in the facts, e.g. {@code attestations[3]}
     * @param criterionId the id as given
     * @param suggestion  what may have been meant ({@link Hint.None} when nothing)
     */
    record UnknownCriterion(String path, String criterionId, Hint suggestion) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param path where in the facts, e.g. {@code attestations[3]}
         * @param criterionId the id as given
         * @param suggestion what may have been meant ({@link Hint.None} when nothing)
         */
        public UnknownCriterion {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(suggestion, "suggestion");
        }

        /**
         * The suggestion in English, as in the JSON result.
         *
         * @return the sentence, empty when there is none
         */
        public String hint() {
            return suggestion.en();
        }
    }

    /**
     * An observation name that is not in the vocabulary (lenient assessors).
     *
     * @param path       where in the facts
     * @param name       the name as given
     * @param suggestion what may have been meant ({@link Hint.None} when nothing)
     */
    record UnknownObservation(String path, String name, Hint suggestion) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param path where in the facts
         * @param name the name as given
         * @param suggestion what may have been meant ({@link Hint.None} when nothing)
         */
        public UnknownObservation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(suggestion, "suggestion");
        }

        /**
         * The suggestion in English, as in the JSON result.
         *
         * @return the sentence, empty when there is none
         */
        public String hint() {
            return suggestion.en();
        }
    }

    /**
     * An attestation of a shortfall description, which gates no level.
     *
     * @param path        where in the facts
     * @param criterionId the shortfall point
     * @param level       its level
     * @param verdict     the verdict attested
     */
    record NotARequirement(String path, String criterionId, int level, Verdict verdict) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param path where in the facts
         * @param criterionId the shortfall point
         * @param level its level
         * @param verdict the verdict attested
         */
        public NotARequirement {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * The same attestation given twice.
     *
     * @param path        where in the facts (the second)
     * @param criterionId the criterion
     * @param verdict     the verdict of both
     */
    record DuplicateAttestation(String path, String criterionId, Verdict verdict) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param path where in the facts (the second)
         * @param criterionId the criterion
         * @param verdict the verdict of both
         */
        public DuplicateAttestation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * The same observation given twice with the same value.
     *
     * @param path where in the facts (the second)
     * @param name the observation
     */
    record DuplicateObservation(String path, String name) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param path where in the facts (the second)
         * @param name the observation
         */
        public DuplicateObservation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An attestation older than its validity period.
     *
     * @param criterionId the criterion
     * @param observedAt  when it was observed
     * @param staleOn     the last day it was valid
     */
    record StaleAttestation(String criterionId, LocalDate observedAt, LocalDate staleOn) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param criterionId the criterion
         * @param observedAt when it was observed
         * @param staleOn the last day it was valid
         */
        public StaleAttestation {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(observedAt, "observedAt");
            Objects.requireNonNull(staleOn, "staleOn");
        }
    }

    /**
     * Observations older than a criterion's own validity period.
     *
     * @param criterionId the criterion
     * @param days        its validity in days
     * @param staleSince  the last day they were valid
     */
    record StaleObservations(String criterionId, int days, LocalDate staleSince) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param criterionId the criterion
         * @param days its validity in days
         * @param staleSince the last day they were valid
         */
        public StaleObservations {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(staleSince, "staleSince");
        }
    }

    /**
     * A waiver past its expiry date.
     *
     * @param criterionId the criterion
     * @param expired     the expiry date
     */
    record WaiverExpired(String criterionId, LocalDate expired) implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param criterionId the criterion
         * @param expired the expiry date
         */
        public WaiverExpired {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(expired, "expired");
        }
    }

    /**
     * An attestation that disagrees with the observations' finding; the attestation stands.
     *
     * @param criterionId the criterion
     * @param attested    the status the attestation gives
     * @param observed    the status the observations give
     * @param because     why the observations give it
     */
    record Conflict(String criterionId, CriterionStatus attested, CriterionStatus observed, Reason because)
            implements WarningDetail {
        /**
         * Checks the operands.
         *
         * @param criterionId the criterion
         * @param attested the status the attestation gives
         * @param observed the status the observations give
         * @param because why the observations give it
         */
        public Conflict {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(attested, "attested");
            Objects.requireNonNull(observed, "observed");
            Objects.requireNonNull(because, "because");
        }
    }

    /**
     * An observation that no rule of the assessor reads.
     *
     * @param name the observation
     */
    record UnusedObservation(String name) implements WarningDetail {
        /**
         * Checks the operand.
         *
         * @param name the observation
         */
        public UnusedObservation {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A warning given as text: shown as it is in every language.
     *
     * @param text the message
     */
    record Prose(String text) implements WarningDetail {
        /**
         * Checks the operand.
         *
         * @param text the message
         */
        public Prose {
            Objects.requireNonNull(text, "message");
        }
    }
}
