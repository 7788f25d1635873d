package org.opsmaturity.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A suggestion for an unknown criterion id or observation name, as data; {@link Wording} renders it in the
 * reader's language and {@link #en()} is the English sentence ("Maybe ...") the JSON result and the errors carry.
 * Immutable values.
 */
public sealed interface Hint {
    /**
     * The English sentence, as in the JSON result and the errors.
     *
     * @return the sentence, empty for {@link None}
     */
    default String en() {
        return Wording.text(this, Locale.ENGLISH);
    }

    /**
     * The sentence in a language: Chinese for {@code zh}, else English.
     *
     * @param locale the reader's language
     * @return the sentence, empty for {@link None}
     */
    default String text(Locale locale) {
        return Wording.text(this, locale);
    }

    /**
     * The known ids or names closest to what was written ({@link Strings#closest}), or {@link None}.
     *
     * @param written    what was written
     * @param candidates what could have been meant
     * @return a {@link Closest}, or {@link None} when none is close
     */
    static Hint closest(String written, Collection<String> candidates) {
        List<String> c = Strings.closest(written, candidates);
        return c.isEmpty() ? new None() : new Closest(c);
    }

    /**
     * Up to three known ids or names close to the one written: "Maybe you meant a, b?".
     *
     * @param candidates the closest, best first; not empty
     */
    record Closest(List<String> candidates) implements Hint {
        /**
         * Checks the operand.
         *
         * @param candidates the closest, best first; not empty
         * @throws IllegalArgumentException when there is no candidate
         */
        public Closest {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("candidates: empty; expected at least one");
            }
        }
    }

    /**
     * A known criterion id written with spaces around it.
     *
     * @param id the id without the spaces
     */
    record StripSpaces(String id) implements Hint {
        /**
         * Checks the operand.
         *
         * @param id the id without the spaces
         */
        public StripSpaces {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A level cell ({@code <item>.L<level>}) that requires nothing, attested as if it were a criterion.
     *
     * @param cell     the cell, e.g. {@code 1.1.2.L1}
     * @param cellKind what the cell holds
     */
    record EmptyCell(String cell, CellKind cellKind) implements Hint {
        /**
         * Checks the operands.
         *
         * @param cell the cell, e.g. {@code 1.1.2.L1}
         * @param cellKind what the cell holds
         */
        public EmptyCell {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(cellKind, "cellKind");
        }
    }

    /**
     * A level cell attested as if it were a criterion: its points are attested one by one.
     *
     * @param cell  the cell, e.g. {@code 1.1.1.L2}
     * @param first its first requirement
     * @param last  its last requirement (the first when it has one)
     */
    record AttestPointsOneByOne(String cell, String first, String last) implements Hint {
        /**
         * Checks the operands.
         *
         * @param cell the cell, e.g. {@code 1.1.1.L2}
         * @param first its first requirement
         * @param last its last requirement (the first when it has one)
         */
        public AttestPointsOneByOne {
            Objects.requireNonNull(cell, "cell");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * A capability item attested as if it were a criterion: its criteria are attested one by one.
     *
     * @param item the item, e.g. {@code 1.1.1}
     */
    record AttestItemCriteria(String item) implements Hint {
        /**
         * Checks the operand.
         *
         * @param item the item, e.g. {@code 1.1.1}
         */
        public AttestItemCriteria {
            Objects.requireNonNull(item, "item");
        }
    }

    /** A criterion id not of the form {@code <item>.L<level>.<n>}. */
    record IdForm() implements Hint {
    }

    /** An observation name not of the form of the vocabulary's names. */
    record NameForm() implements Hint {
    }

    /** A criterion id of the right form that is not close to a known one: look it up. */
    record LookUpCriterion() implements Hint {
    }

    /** An observation name of the right form that is not close to a known one: look it up. */
    record LookUpName() implements Hint {
    }

    /** No suggestion (e.g. past the number of hints an evaluation gives). */
    record None() implements Hint {
    }
}
