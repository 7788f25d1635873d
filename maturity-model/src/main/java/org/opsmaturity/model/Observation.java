package org.opsmaturity.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A typed, named observation reported by a tool (CMDB, monitoring, CI/CD, incident tracker) or an
 * assessor, e.g. {@code monitoring.processing.latency = 45 s}. Names come from the vocabulary that
 * ships with the rules. Exactly one of flag, number+unit and values is meaningful, by {@link #type()}.
 */
public record Observation(String name, ObservationType type, boolean flag, double number, String unit,
        Set<String> values, Evidence evidence) {

    /**
     * Checks the parts; {@link #flag}, {@link #number} and {@link #set} are easier to read.
     *
     * @param name     the observation name of the vocabulary
     * @param type     FLAG, NUMBER or SET
     * @param flag     the value of a FLAG
     * @param number   the value of a NUMBER
     * @param unit     the unit of a NUMBER, null or empty otherwise
     * @param values   the words of a SET, null for none
     * @param evidence where it comes from, null for none
     * @throws FactFormatException when the name or type is null, or a word is null
     */
    public Observation {
        if (name == null) {
            throw new FactFormatException("name", null, "an observation name such as monitoring.processing.latency", "");
        }
        if (type == null) {
            throw new FactFormatException(name + ".type", null, "FLAG, NUMBER or SET", "");
        }
        unit = Objects.requireNonNullElse(unit, "");
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new FactFormatException(name + ".value", null, "words, none of them null", "");
        }
        values = values == null ? Set.of() : Set.copyOf(values);
        evidence = Objects.requireNonNullElse(evidence, Evidence.none());
    }

    /**
     * The hash of the name and type only: equal observations have equal names and types, so this agrees
     * with the record's own {@code equals}. The rule engine hashes every fact it is given; hashing the
     * whole record would hash the evidence and every value of a set on each insert.
     */
    @Override
    public int hashCode() {
        return 31 * name.hashCode() + type.ordinal();
    }

    /**
     * A FLAG observation.
     *
     * @param name  the observation name
     * @param value true or false
     * @return the observation, without evidence
     */
    public static Observation flag(String name, boolean value) {
        return new Observation(name, ObservationType.FLAG, value, 0, "", Set.of(), Evidence.none());
    }

    /**
     * A NUMBER observation.
     *
     * @param name  the observation name
     * @param value the number
     * @param unit  its unit, e.g. {@code %} or {@code s}
     * @return the observation, without evidence
     */
    public static Observation number(String name, double value, String unit) {
        return new Observation(name, ObservationType.NUMBER, false, value, unit, Set.of(), Evidence.none());
    }

    /**
     * A SET observation.
     *
     * @param name   the observation name
     * @param values its words
     * @return the observation, without evidence
     * @throws FactFormatException when a word is null
     */
    public static Observation set(String name, String... values) {
        if (values == null || Arrays.asList(values).contains(null)) {
            throw new FactFormatException(name + ".value", null, "words, none of them null", "");
        }
        return new Observation(name, ObservationType.SET, false, 0, "", Set.copyOf(Arrays.asList(values)),
                Evidence.none());
    }

    /**
     * A SET observation.
     *
     * @param name   the observation name
     * @param values its words
     * @return the observation, without evidence
     * @throws FactFormatException when a word is null
     */
    public static Observation set(String name, Set<String> values) {
        return new Observation(name, ObservationType.SET, false, 0, "", values, Evidence.none());
    }

    /**
     * This observation with other evidence.
     *
     * @param evidence where it comes from
     * @return a new observation
     */
    public Observation withEvidence(Evidence evidence) {
        return new Observation(name, type, flag, number, unit, values, evidence);
    }

    /**
     * The number converted to another unit of its family, e.g. {@code as("s")}.
     *
     * @param targetUnit a unit of the same family
     * @return the number in that unit
     * @throws IllegalStateException when this is not a NUMBER
     */
    public double as(String targetUnit) {
        if (type != ObservationType.NUMBER) {
            throw new IllegalStateException(name + " is a " + type + ", not a NUMBER");
        }
        return Units.convert(number, unit, targetUnit);
    }

    /**
     * Whether this is a FLAG observation that is true.
     *
     * @return true for a true FLAG, else false
     */
    public boolean isTrue() {
        return type == ObservationType.FLAG && flag;
    }

    /**
     * Whether a SET observation holds a word.
     *
     * @param word the word
     * @return true when it is one of the values
     */
    public boolean has(String word) {
        return values.contains(word);
    }

    /**
     * The value as written in facts and test cases: {@code true}, {@code 45 s}, {@code push|pull}.
     *
     * @return the value as text
     */
    public String valueText() {
        return switch (type) {
            case FLAG -> Boolean.toString(flag);
            case NUMBER -> Units.format(number) + " " + unit;
            case SET -> values.isEmpty() ? "{}" : new TreeSet<>(values).stream().collect(Collectors.joining("|"));
        };
    }

    /**
     * The observation as one line.
     *
     * @return {@code name = value}
     */
    public String display() {
        return name + " = " + valueText();
    }
}
