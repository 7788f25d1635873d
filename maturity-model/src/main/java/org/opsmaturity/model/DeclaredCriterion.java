package org.opsmaturity.model;

import java.util.Objects;

/** A company criterion written as data: where it sits in the catalogue and the condition that decides it. */
public record DeclaredCriterion(Criterion criterion, Condition condition) {
    /**
     * Checks the components.
     *
     * @param criterion the criterion
     * @param condition the condition
     */
    public DeclaredCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(condition, "condition");
    }
}
