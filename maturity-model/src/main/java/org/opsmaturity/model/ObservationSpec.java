package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the observation vocabulary: what a tool may report under {@code name}.
 *
 * @param unitFamily for NUMBER the unit family (see {@link Units}); empty otherwise
 * @param words      for SET the allowed words; empty otherwise
 * @param source     the typical source: monitoring, cmdb, cicd, incident-tracker, assessor, ...
 * @param criteria   the criteria whose rules read this observation
 * @param example    an example value, as written in facts: {@code true}, {@code 45 s}, {@code push|pull}
 */
public record ObservationSpec(String name, ObservationType type, String unitFamily, Set<String> words,
        Text description, String source, List<String> criteria, String example) {
    /**
     * Checks the components and copies the lists.
     *
     * @param name        the name
     * @param type        the type
     * @param unitFamily  for NUMBER the unit family (see {@link Units}); empty otherwise
     * @param words       for SET the allowed words; empty otherwise
     * @param description the description
     * @param source      the typical source: monitoring, cmdb, cicd, incident-tracker, assessor, 
     * @param criteria    the criteria whose rules read this observation
     * @param example     an example value, as written in facts: {@code true}, {@code 45 s}, {@code push|pull}
     */
    public ObservationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unitFamily = Objects.requireNonNullElse(unitFamily, "");
        words = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(words));
        Objects.requireNonNull(description, "description");
        source = Objects.requireNonNullElse(source, "");
        criteria = List.copyOf(criteria);
        example = Objects.requireNonNullElse(example, "");
    }

    /**
     * What a value of this observation must look like, for messages.
     *
     * @return e.g. {@code a duration (ms, s, min, h, d)}
     */
    public String expected() {
        return switch (type) {
            case FLAG -> "true or false";
            case NUMBER -> "a number in " + Units.unitsOf(unitFamily);
            case SET -> "a set of words from " + words.stream().sorted().toList();
        };
    }
}
