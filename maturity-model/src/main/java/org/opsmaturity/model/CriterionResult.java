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
    /**
     * Checks the parts and copies the justifications.
     *
     * @param criterionId    the criterion, e.g. {@code 1.1.1.L2.1}
     * @param itemId         the capability item it belongs to
     * @param level          the level it belongs to, 1 to 5
     * @param status         its status
     * @param source         what decided it (a rule, an attestation, a waiver, or nothing)
     * @param justifications why, the deciding one first
     * @param validUntil     when the deciding evidence goes stale; null or empty when undated
     * @throws NullPointerException if an id, the status, the source or the justifications are null
     */
    public CriterionResult {
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        justifications = List.copyOf(justifications);
        validUntil = Objects.requireNonNullElse(validUntil, java.util.Optional.empty());
    }

    /**
     * A result whose evidence is undated ({@code validUntil} empty).
     *
     * @param criterionId    the criterion, e.g. {@code 1.1.1.L2.1}
     * @param itemId         the capability item it belongs to
     * @param level          the level it belongs to, 1 to 5
     * @param status         its status
     * @param source         what decided it
     * @param justifications why, the deciding one first
     * @throws NullPointerException if an id, the status, the source or the justifications are null
     */
    public CriterionResult(String criterionId, String itemId, int level, CriterionStatus status, Source source,
            List<Justification> justifications) {
        this(criterionId, itemId, level, status, source, justifications, java.util.Optional.empty());
    }
}
