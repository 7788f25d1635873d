package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * The condition of a declarative criterion (a company criterion written in JSON, with no code): a tree
 * of fixed forms over observations and attestations, evaluated in three-valued logic (MET, NOT_MET,
 * UNKNOWN when a needed fact is missing). Nothing is compiled or run but these forms.
 */
public sealed interface Condition {

    /** A FLAG observation equals a value, a NUMBER equals a number (in a unit) or a SET equals a set. */
    record Equals(String observation, Object value, String unit) implements Condition {
        /**
         * Checks the parts.
         *
         * @param observation the observation name
         * @param value a Boolean, a Number or a collection of words
         * @param unit the unit of a number; null or empty otherwise
         * @throws NullPointerException when the observation or the value is null
         */
        public Equals {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(value, "value");
            unit = Objects.requireNonNullElse(unit, "");
        }
    }

    /** A NUMBER observation is at least {@code value} (in {@code unit}). */
    record AtLeast(String observation, double value, String unit) implements Condition {
        /**
         * Checks the parts.
         *
         * @param observation the NUMBER observation's name
         * @param value the least value
         * @param unit its unit, e.g. {@code %}
         * @throws NullPointerException when a part is null
         */
        public AtLeast {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A NUMBER observation is at most {@code value} (in {@code unit}). */
    record AtMost(String observation, double value, String unit) implements Condition {
        /**
         * Checks the parts.
         *
         * @param observation the NUMBER observation's name
         * @param value the greatest value
         * @param unit its unit, e.g. {@code min}
         * @throws NullPointerException when a part is null
         */
        public AtMost {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A SET observation contains a word. */
    record Contains(String observation, String word) implements Condition {
        /**
         * Checks the parts.
         *
         * @param observation the SET observation's name
         * @param word the word it must hold
         * @throws NullPointerException when a part is null
         */
        public Contains {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(word, "word");
        }
    }

    /** Another criterion (standard or company) has the status MET. */
    record Attested(String criterionId) implements Condition {
        /**
         * Checks the parts.
         *
         * @param criterionId the criterion, e.g. {@code 6.1.1.L3.2}
         * @throws NullPointerException when a part is null
         */
        public Attested {
            Objects.requireNonNull(criterionId, "criterionId");
        }
    }

    /**
     * Every part is MET (NOT_MET as soon as one is NOT_MET).
     *
     * @param conditions the parts
     */
    record AllOf(List<Condition> conditions) implements Condition {
        /**
         * Copies the parts.
         *
         * @param conditions the parts
         * @throws NullPointerException when the list or a part is null
         */
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * At least one part is MET (MET as soon as one is MET).
     *
     * @param conditions the parts
     */
    record AnyOf(List<Condition> conditions) implements Condition {
        /**
         * Copies the parts.
         *
         * @param conditions the parts
         * @throws NullPointerException when the list or a part is null
         */
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * The part is not MET: MET and NOT_MET swapped, UNKNOWN stays.
     *
     * @param condition the part
     */
    record Not(Condition condition) implements Condition {
        /**
         * Checks the part.
         *
         * @param condition the part
         * @throws NullPointerException when it is null
         */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }
}
