package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * The status of one criterion and why. {@code justifications} holds the deciding one first; when an
 * attestation overrode observations, the observations' finding follows it (and a CONFLICT warning is
 * in the assessment). {@code validUntil} is when the deciding evidence goes stale (empty when undated).
 */
public record CriterionResult(String criterionId, String itemId, int level, CriterionStatus status, Source source,
        List<Justification> justifications, java.util.Optional<java.time.LocalDate> validUntil) {
    public CriterionResult {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        justifications = List.copyOf(justifications);
        validUntil = Objects.requireNonNullElse(validUntil, java.util.Optional.empty());
    }

    public CriterionResult(String criterionId, String itemId, int level, CriterionStatus status, Source source,
            List<Justification> justifications) {
        this(criterionId, itemId, level, status, source, justifications, java.util.Optional.empty());
    }
}
