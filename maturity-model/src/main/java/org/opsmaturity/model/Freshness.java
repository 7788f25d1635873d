package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How long evidence stays valid, in days from its {@code observedAt} date: a default per kind of fact,
 * and per criterion where a profile sets one. Stale evidence is not used (its criterion becomes UNKNOWN
 * unless something else decides it) and is reported with a STALE_EVIDENCE warning. Undated evidence
 * never goes stale. A period of 0 days means "no limit"; a negative period is refused.
 */
public record Freshness(int attestationDays, int observationDays, Map<String, Integer> criterionDays) {
    /** Attestations hold for a year, tool observations for 180 days. */
    public static final Freshness DEFAULT = new Freshness(365, 180, Map.of());
    /** Nothing goes stale. */
    public static final Freshness UNLIMITED = new Freshness(0, 0, Map.of());

    /** The longest validity period, in days (100 years). */
    public static final int MAX_DAYS = 36_500;

    /**
     * Checks the components.
     *
     * @param attestationDays the attestation days
     * @param observationDays the observation days
     * @param criterionDays   the criterion days
     */
    public Freshness {
        for (int d : new int[] {attestationDays, observationDays}) {
            if (d < 0 || d > MAX_DAYS) {
                throw new MaturityException("freshness: " + (d == attestationDays ? "attestationDays " : "observationDays ")
                        + d + " is not valid; expected a number of days from 0 (no limit) to " + MAX_DAYS, "");
            }
        }
        if (criterionDays == null) {
            throw new MaturityException("freshness: criterionDays is missing; expected a map of criterion id to days", "");
        }
        criterionDays.forEach((id, d) -> {
            if (id == null || d == null) {
                throw new MaturityException("freshness: criterionDays is not valid; expected a map of criterion id to "
                        + "days, without null", "");
            }
            if (d < 0 || d > MAX_DAYS) {
                throw new MaturityException("freshness of " + TerminalText.escape(id) + ": " + d
                        + " days is not valid; expected a number of days from 0 (no limit) to " + MAX_DAYS, "");
            }
        });
        criterionDays = Map.copyOf(criterionDays);
    }

    /**
     * This freshness with a validity period for one criterion.
     *
     * @param criterionId the criterion
     * @param days        0 (no limit) to {@link #MAX_DAYS}
     * @return a new freshness
     */
    public Freshness withCriterion(String criterionId, int days) {
        Map<String, Integer> m = new java.util.HashMap<>(criterionDays);
        m.put(criterionId, days);
        return new Freshness(attestationDays, observationDays, m);
    }

    /**
     * The last day evidence dated {@code observedAt} is valid for a period.
     *
     * @param observedAt the evidence's date, if any
     * @param days       the validity period, 0 for no limit
     * @return the last valid day, or empty when unlimited or undated
     */
    public static Optional<LocalDate> until(Optional<LocalDate> observedAt, int days) {
        if (observedAt.isEmpty() || days <= 0) {
            return Optional.empty();
        }
        return Optional.of(observedAt.get().plusDays(days));
    }
}
