package org.opsmaturity.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a criterion has its status, as data: what a rule compared (the observation, the operator, the
 * parameter and whether the assessor overrode it), which words a set check looked for, the attestation
 * or waiver that decided, or the parts of a declared condition. Rules store these operands; the text is
 * rendered at the edge, in the reader's language, by {@link Wording} ({@link #text(Locale)}), and
 * {@link #en()} is the English text the JSON result carries. Immutable values.
 */
public sealed interface Reason {
    /**
     * The English text, as in the JSON result, e.g. {@code monitoring.processing.latency = 45 s < 1 min (maxLatency)}.
     *
     * @return the text, never null
     */
    default String en() {
        return Wording.text(this, Locale.ENGLISH);
    }

    /**
     * The text in a language: Chinese for {@code zh}, else English.
     *
     * @param locale the reader's language
     * @return the text, never null
     */
    default String text(Locale locale) {
        return Wording.text(this, locale);
    }

    /** The comparison operators of threshold checks. */
    enum Operator {
        /** {@code >=} */
        AT_LEAST(">="),
        /** {@code >} */
        ABOVE(">"),
        /** {@code <=} */
        AT_MOST("<="),
        /** {@code <} */
        BELOW("<");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The operator as written, e.g. {@code >=}.
         *
         * @return the symbol
         */
        public String symbol() {
            return symbol;
        }

        /**
         * Whether a comparison result ({@code Units.compare(value, threshold)}) passes this operator.
         *
         * @param comparison negative, zero or positive
         * @return whether the value passes
         */
        public boolean test(int comparison) {
            return switch (this) {
                case AT_LEAST -> comparison >= 0;
                case ABOVE -> comparison > 0;
                case AT_MOST -> comparison <= 0;
                case BELOW -> comparison < 0;
            };
        }
    }

    /**
     * A flag observation that must be true.
     *
     * @param observation the flag observed
     */
    record Flag(Observation observation) implements Reason {
        /**
         * Checks the operand.
         *
         * @param observation the flag observed
         */
        public Flag {
            Objects.requireNonNull(observation, "observation");
        }
    }

    /**
     * A number observation compared with a named parameter of the criterion, after converting it to the
     * parameter's unit.
     *
     * @param observation   the number observed
     * @param operator      the comparison
     * @param parameterName the parameter's name, e.g. {@code maxRpo}
     * @param parameter     the parameter in force
     * @param overridden    whether the assessor replaced the catalogue's value of the parameter
     * @param met           whether the observation passed
     */
    record Comparison(Observation observation, Operator operator, String parameterName, Parameter parameter,
            boolean overridden, boolean met) implements Reason {
        /**
         * Checks the operands.
         *
         * @param observation the number observed
         * @param operator the comparison
         * @param parameterName the parameter's name, e.g. {@code maxRpo}
         * @param parameter the parameter in force
         * @param overridden whether the assessor replaced the catalogue's value of the parameter
         * @param met whether the observation passed
         */
        public Comparison {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(parameterName, "parameterName");
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    /**
     * A set observation that must hold all (or one) of some words.
     *
     * @param observation the set observed
     * @param all         true when every word is needed, false when one is enough
     * @param words       the words looked for
     */
    record SetCheck(Observation observation, boolean all, List<String> words) implements Reason {
        /**
         * Checks the operands and copies the words.
         *
         * @param observation the set observed
         * @param all true when every word is needed, false when one is enough
         * @param words the words looked for
         */
        public SetCheck {
            Objects.requireNonNull(observation, "observation");
            words = List.copyOf(words);
        }

        /**
         * Whether the observation passed.
         *
         * @return true when it holds all (resp. one) of the words
         */
        public boolean met() {
            return all ? missing().isEmpty() : words.stream().anyMatch(observation::has);
        }

        /**
         * The words the observation lacks, in the order looked for.
         *
         * @return the missing words
         */
        public List<String> missing() {
            return words.stream().filter(w -> !observation.has(w)).toList();
        }
    }

    /**
     * A set observation whose number of values must reach a parameter.
     *
     * @param observation   the set observed
     * @param parameterName the parameter's name
     * @param parameter     the parameter in force
     * @param overridden    whether the assessor replaced the catalogue's value of the parameter
     * @param met           whether the size reached it
     */
    record SizeCheck(Observation observation, String parameterName, Parameter parameter, boolean overridden,
            boolean met) implements Reason {
        /**
         * Checks the operands.
         *
         * @param observation the set observed
         * @param parameterName the parameter's name
         * @param parameter the parameter in force
         * @param overridden whether the assessor replaced the catalogue's value of the parameter
         * @param met whether the size reached it
         */
        public SizeCheck {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(parameterName, "parameterName");
            Objects.requireNonNull(parameter, "parameter");
        }
    }

    /**
     * A part of a rule whose observation was not given (the part is UNKNOWN).
     *
     * @param observation the observation's name
     */
    record NotGiven(String observation) implements Reason {
        /**
         * Checks the operand.
         *
         * @param observation the observation's name
         */
        public NotGiven {
            Objects.requireNonNull(observation, "observation");
        }
    }

    /**
     * One part of a combined check: its status and its reason.
     *
     * @param status the part's status
     * @param reason why
     */
    record Part(CriterionStatus status, Reason reason) {
        /**
         * Checks the operands.
         *
         * @param status the part's status
         * @param reason why
         */
        public Part {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A rule's parts combined in strong Kleene logic (all must hold, or one must).
     *
     * @param all     true for all-of, false for any-of
     * @param status  the combined status
     * @param parts   the parts in the rule's order
     * @param decider the index of the part that decided (the first NOT_MET of all-of, the first MET of
     *                any-of), or -1 when none did alone
     */
    record Combined(boolean all, CriterionStatus status, List<Part> parts, int decider) implements Reason {
        /**
         * Checks the operands and copies the parts.
         *
         * @param all true for all-of, false for any-of
         * @param status the combined status
         * @param parts the parts in the rule's order
         * @param decider the index of the part that decided (the first NOT_MET of all-of, the first MET of any-of),
         *                or -1 when none did alone
         */
        public Combined {
            Objects.requireNonNull(status, "status");
            parts = List.copyOf(parts);
            if (decider < -1 || decider >= parts.size()) {
                throw new IllegalArgumentException("decider: " + decider + " is not valid; expected -1 or an index below "
                        + parts.size());
            }
        }
    }

    /**
     * An attestation decided the criterion.
     *
     * @param attestation   the attestation
     * @param partialCredit the least coverage of a PARTIAL attestation the policy counts as met
     */
    record Attested(Attestation attestation, Coverage partialCredit) implements Reason {
        /**
         * Checks the operands.
         *
         * @param attestation the attestation
         * @param partialCredit the least coverage of a PARTIAL attestation the policy counts as met
         */
        public Attested {
            Objects.requireNonNull(attestation, "attestation");
            Objects.requireNonNull(partialCredit, "partialCredit");
        }
    }

    /**
     * A waiver made the criterion not applicable.
     *
     * @param waiver the waiver
     */
    record Waived(Waiver waiver) implements Reason {
        /**
         * Checks the operand.
         *
         * @param waiver the waiver
         */
        public Waived {
            Objects.requireNonNull(waiver, "waiver");
        }
    }

    /**
     * A declared criterion decided by its condition.
     *
     * @param outcome how the condition came out (its tests, negations, conjunctions)
     */
    record Declared(Reason outcome) implements Reason {
        /**
         * Checks the operand.
         *
         * @param outcome how the condition came out (its tests, negations, conjunctions)
         */
        public Declared {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A test of a declared condition on an observation ({@link Condition.Equals}, {@link Condition.AtLeast},
     * {@link Condition.AtMost} or {@link Condition.Contains}).
     *
     * @param observation the observation tested
     * @param condition   the test
     * @param met         whether it passed
     */
    record Test(Observation observation, Condition condition, boolean met) implements Reason {
        /**
         * Checks the operands.
         *
         * @param observation the observation tested
         * @param condition the test
         * @param met whether it passed
         */
        public Test {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * A test of a declared condition whose observation was not observed.
     *
     * @param observation the observation's name
     */
    record NotObserved(String observation) implements Reason {
        /**
         * Checks the operand.
         *
         * @param observation the observation's name
         */
        public NotObserved {
            Objects.requireNonNull(observation, "observation");
        }
    }

    /**
     * A declared condition on another criterion's status.
     *
     * @param criterionId the criterion
     * @param status      its status as the condition counts it
     */
    record StatusOf(String criterionId, CriterionStatus status) implements Reason {
        /**
         * Checks the operands.
         *
         * @param criterionId the criterion
         * @param status its status as the condition counts it
         */
        public StatusOf {
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A negated part of a declared condition.
     *
     * @param inner the part negated
     */
    record Negation(Reason inner) implements Reason {
        /**
         * Checks the operand.
         *
         * @param inner the part negated
         */
        public Negation {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /**
     * Parts of a declared condition joined by and (all-of) or or (any-of).
     *
     * @param all   true for all-of
     * @param parts the parts
     */
    record Conjunction(boolean all, List<Reason> parts) implements Reason {
        /**
         * Copies the parts.
         *
         * @param all true for all-of
         * @param parts the parts
         */
        public Conjunction {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A reason a rule gave as text (a company's rules may): shown as it is in every language.
     *
     * @param text the text
     */
    record Prose(String text) implements Reason {
        /**
         * An empty text for null.
         *
         * @param text the text
         */
        public Prose {
            text = Objects.requireNonNullElse(text, "");
        }
    }
}
