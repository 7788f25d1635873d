package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * The status of one criterion and why. {@code justifications} holds the deciding one first; when an
 * attestation overrode observations, the observations' finding follows it (and a CONFLICT warning is
 * in the assessment).
 */
public record CriterionResult(String criterionId, String itemId, int level, CriterionStatus status, Source source,
        List<Justification> justifications) {
    public CriterionResult {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        justifications = List.copyOf(justifications);
    }
}
