package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How long evidence stays valid, in days from its {@code observedAt} date: a default per kind of fact,
 * and per criterion where a profile sets one. Stale evidence is not used (its criterion becomes UNKNOWN
 * unless something else decides it) and is reported with a STALE_EVIDENCE warning. Undated evidence
 * never goes stale. A period of 0 days or less means "no limit".
 */
public record Freshness(int attestationDays, int observationDays, Map<String, Integer> criterionDays) {
    /** Attestations hold for a year, tool observations for 180 days. */
    public static final Freshness DEFAULT = new Freshness(365, 180, Map.of());
    /** Nothing goes stale. */
    public static final Freshness UNLIMITED = new Freshness(0, 0, Map.of());

    public Freshness {
        criterionDays = Map.copyOf(criterionDays);
    }

    public Freshness withCriterion(String criterionId, int days) {
        Map<String, Integer> m = new java.util.HashMap<>(criterionDays);
        m.put(criterionId, days);
        return new Freshness(attestationDays, observationDays, m);
    }

    /** The last day evidence dated {@code observedAt} is valid for a period, or empty when unlimited/undated. */
    public static Optional<LocalDate> until(Optional<LocalDate> observedAt, int days) {
        if (observedAt.isEmpty() || days <= 0) {
            return Optional.empty();
        }
        return Optional.of(observedAt.get().plusDays(days));
    }
}
