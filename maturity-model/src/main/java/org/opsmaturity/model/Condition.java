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
        public Equals {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(value, "value");
            unit = Objects.requireNonNullElse(unit, "");
        }
    }

    /** A NUMBER observation is at least {@code value} (in {@code unit}). */
    record AtLeast(String observation, double value, String unit) implements Condition {
        public AtLeast {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A NUMBER observation is at most {@code value} (in {@code unit}). */
    record AtMost(String observation, double value, String unit) implements Condition {
        public AtMost {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A SET observation contains a word. */
    record Contains(String observation, String word) implements Condition {
        public Contains {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(word, "word");
        }
    }

    /** Another criterion (standard or company) has the status MET. */
    record Attested(String criterionId) implements Condition {
        public Attested {
            Objects.requireNonNull(criterionId, "criterionId");
        }
    }

    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }
}
