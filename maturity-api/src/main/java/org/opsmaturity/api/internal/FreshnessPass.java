package org.opsmaturity.api.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;
import org.opsmaturity.model.WarningDetail;

/**
 * Evidence freshness, decided in one place for one evaluation (docs/decisions.md, "Evidence freshness"):
 * a criterion's period is its own where the freshness settings name it, else the default of its kind of
 * evidence (attestations, observations); it replaces the default both ways, shorter or longer.
 *
 * <p>Observations are shared by the criteria that read them, so they are judged twice, both times here:
 * before the rules, an observation is dropped (one STALE_EVIDENCE warning) when it is stale for every
 * criterion, i.e. under the longest observation period in force; after the rules, a finding of a criterion
 * whose own period is shorter than that is dropped (a STALE_EVIDENCE warning naming the criterion) when
 * one of the observations deciding it is stale under that period. With no per-criterion periods the second
 * step never drops anything. Undated evidence never goes stale; a period of 0 days is no limit.
 */
public final class FreshnessPass {
    private final Freshness fresh;
    private final LocalDate today;
    /** The longest observation period in force, in days; 0 when some criterion's (or the default) is unlimited. */
    private final int longest;

    /**
     * @param fresh the assessor's freshness settings
     * @param today the day of the evaluation
     */
    public FreshnessPass(Freshness fresh, LocalDate today) {
        this.fresh = fresh;
        this.today = today;
        int l = fresh.observationDays();
        for (int d : fresh.criterionDays().values()) {
            l = l == 0 || d == 0 ? 0 : Math.max(l, d);
        }
        this.longest = l;
    }

    /** @return the day of the evaluation */
    public LocalDate today() {
        return today;
    }

    /**
     * A criterion's validity period: its own if the freshness settings name it, else {@code otherwise}.
     *
     * @param criterionId the criterion
     * @param otherwise the default period of the kind of evidence
     * @return the period in days (0: no limit)
     */
    public int days(String criterionId, int otherwise) {
        Integer days = fresh.criterionDays().isEmpty() ? null : fresh.criterionDays().get(criterionId);
        return days == null ? otherwise : days;
    }

    /**
     * The facts without the observations that are stale for every criterion, with a warning each.
     *
     * @param c the checked facts
     * @return {@code c} itself when nothing is stale, else a copy without the stale observations
     */
    public FactChecker.Checked observations(FactChecker.Checked c) {
        if (longest <= 0) {
            return c;
        }
        Map<String, Observation> kept = null; // copied only when one is stale
        List<Warning> warnings = null;
        for (Observation o : c.observations().values()) {
            Optional<LocalDate> until = Freshness.until(o.evidence().observedAt(), longest);
            if (until.isPresent() && until.get().isBefore(today)) {
                if (kept == null) {
                    kept = new LinkedHashMap<>(LevelDeriver.capacity(c.observations().size()));
                    warnings = new ArrayList<>(c.warnings());
                    for (Observation before : c.observations().values()) {
                        if (before == o) {
                            break;
                        }
                        kept.put(before.name(), before);
                    }
                }
                warnings.add(new Warning(WarningCode.STALE_EVIDENCE, o.name(), "the observation " + o.name() + " of "
                        + o.evidence().observedAt().get() + " went stale on " + until.get() + "; it is not used"));
            } else if (kept != null) {
                kept.put(o.name(), o);
            }
        }
        return kept == null ? c : c.with(kept, warnings);
    }

    /**
     * Whether the attestation of {@code criterionId} went stale; if so, a warning into {@code warnings}.
     *
     * @param a the attestation
     * @param criterionId its criterion
     * @param warnings where the warning goes
     * @return true when it is stale and must not be used
     */
    public boolean stale(Attestation a, String criterionId, List<Warning> warnings) {
        if (a.evidence().observedAt().isEmpty()) {
            return false;
        }
        Optional<LocalDate> until = Freshness.until(a.evidence().observedAt(),
                days(criterionId, fresh.attestationDays()));
        if (until.isPresent() && until.get().isBefore(today)) {
            warnings.add(new Warning(WarningCode.STALE_EVIDENCE, criterionId,
                    new WarningDetail.StaleAttestation(criterionId, a.evidence().observedAt().get(), until.get())));
            return true;
        }
        return false;
    }

    /**
     * Whether a finding (of a rule or a declared criterion's condition) rests on an observation that is stale
     * under its criterion's own period, though fresh under the longest one; if so, a warning into
     * {@code warnings}.
     *
     * @param f the finding
     * @param warnings where the warning goes
     * @return true when it is stale for its criterion and must not be used
     */
    public boolean stale(Finding f, List<Warning> warnings) {
        if (fresh.criterionDays().isEmpty()) {
            return false; // the observations were judged under the only period in force
        }
        int days = days(f.criterionId(), fresh.observationDays());
        if (days <= 0 || (longest > 0 && days >= longest)) {
            return false;
        }
        Optional<LocalDate> until = expiry(f, days);
        if (until.isPresent() && until.get().isBefore(today)) {
            warnings.add(new Warning(WarningCode.STALE_EVIDENCE, f.criterionId(),
                    new WarningDetail.StaleObservations(f.criterionId(), days, until.get())));
            return true;
        }
        return false;
    }

    /** The first day a finding's evidence is no longer valid under {@code days}, or empty (undated, no limit). */
    static Optional<LocalDate> expiry(Finding f, int days) {
        Optional<LocalDate> min = Optional.empty();
        for (Observation o : f.observations()) {
            Optional<LocalDate> u = Freshness.until(o.evidence().observedAt(), days);
            if (u.isPresent() && (min.isEmpty() || u.get().isBefore(min.get()))) {
                min = u;
            }
        }
        return min;
    }
}
