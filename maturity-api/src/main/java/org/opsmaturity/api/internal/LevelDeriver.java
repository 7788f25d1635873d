package org.opsmaturity.api.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.AssessmentMetadata;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Expiry;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Scope;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.WaiverResult;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;
import org.opsmaturity.model.WarningDetail;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.internal.AssessmentParts;
import org.opsmaturity.model.internal.CompiledCatalog;
import org.opsmaturity.model.internal.Levels;

/**
 * Turns checked facts and rule findings into an {@link Assessment}, in plain Java: criterion statuses
 * (attestation first, then findings), item levels (strictly cumulative), and weakest-link roll-ups.
 * The semantics are those of docs/levels.md.
 *
 * <p>Statuses and levels are derived at once over arrays indexed by the {@link CompiledCatalog} (no maps,
 * streams or sorting per call); the rest of the assessment (justifications and their texts, gaps,
 * unknowns, roll-up details, warnings) is built from that compact state when first asked for.
 */
public final class LevelDeriver {
    private static final Comparator<Finding> BY_RULE_AND_REASON = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::reason);
    private static final Comparator<Warning> WARNING_ORDER = Comparator.comparing(Warning::code)
            .thenComparing(Warning::subject).thenComparing(Warning::message);
    /** What the rules' findings of a criterion hold, as bits: any finding, a NOT_MET one, an UNKNOWN one. */
    private static final byte FOUND = 1;
    private static final byte FAILED = 2;
    private static final byte OPEN = 4;

    private LevelDeriver() {
    }

    /** Derives with a catalogue compiled for this call (tests and benchmarks; the Assessor keeps its own). */
    public static Assessment derive(String subject, Settings settings, FactChecker.Checked facts,
            List<Finding> findings) {
        return derive(subject, settings, CompiledCatalog.of(settings.catalog()), facts, findings,
                new FreshnessPass(settings.freshness(), LocalDate.now(settings.clock())));
    }

    /**
     * Derives the assessment of checked facts (attestations indexed by {@code catalog}) and the rules'
     * findings; {@code fresh} is the evaluation's freshness pass, the one that judged the observations.
     */
    public static Assessment derive(String subject, Settings settings, CompiledCatalog catalog,
            FactChecker.Checked facts, List<Finding> findings, FreshnessPass fresh) {
        return derive(subject, settings, catalog, facts, findings, fresh, null);
    }

    /** {@link #derive(String, Settings, CompiledCatalog, FactChecker.Checked, List, FreshnessPass)} with the
     * assessment's metadata (null for none), as the assessor makes it. */
    public static Assessment derive(String subject, Settings settings, CompiledCatalog catalog,
            FactChecker.Checked facts, List<Finding> findings, FreshnessPass fresh, AssessmentMetadata metadata) {
        Derivation d = new Derivation(settings, catalog, facts, findings, fresh);
        return new Assessment(subject, catalog, d.levels, d, metadata);
    }

    /** The compact state of one assessment; {@link #get()} builds the other parts from it. */
    private static final class Derivation implements Supplier<AssessmentParts> {
        private final Settings settings;
        private final CompiledCatalog catalog;
        private final FactChecker.Checked facts;
        private final List<Finding> findings;
        /** The attestation used for each criterion (stale ones dropped), or null. */
        private final Attestation[] attested;
        /** The first finding used for each criterion, or null; further ones in {@link #moreFound}. */
        private final Finding[] found;
        private List<Finding>[] moreFound;
        /** What the rules (or a declared criterion's condition) found of each criterion: FOUND, FAILED, OPEN bits. */
        private final byte[] fromRules;
        private final CriterionStatus[] status;
        /** The waiver applied to each criterion, or null (null array when no waiver applies). */
        private Waiver[] waived;
        /** Warnings known before the parts are built: the fact checker's, stale evidence, expired waivers. */
        private final List<Warning> warnings;
        private final List<WaiverResult> waivers;
        /** The findings of declared criteria's conditions. */
        private List<Finding> conditionFindings = List.of();
        private final FreshnessPass fresh;
        final Levels levels;

        Derivation(Settings settings, CompiledCatalog catalog, FactChecker.Checked facts, List<Finding> findings,
                FreshnessPass fresh) {
            this.settings = settings;
            this.fresh = fresh;
            this.catalog = catalog;
            this.facts = facts;
            this.findings = findings;
            int n = catalog.criterionCount();
            attested = new Attestation[n];
            found = new Finding[n];
            fromRules = new byte[n];
            status = new CriterionStatus[n];
            warnings = new ArrayList<>(facts.warnings());
            Attestation[] given = facts.attested();
            for (int i = 0; i < n; i++) {
                Attestation a = given[i];
                if (a != null && !fresh.stale(a, catalog.criterion(i).id(), warnings)) {
                    attested[i] = a;
                }
            }
            for (Finding f : findings) {
                if (fresh.stale(f, warnings)) {
                    continue;
                }
                int i = catalog.criterionIndex(f.criterionId());
                if (i >= 0) {
                    addFound(i, f);
                }
            }
            boolean[] pending = null;
            if (!settings.declared().isEmpty()) {
                pending = new boolean[n];
                for (DeclaredCriterion d : settings.declared()) {
                    int i = catalog.criterionIndex(d.criterion().id());
                    if (i >= 0) {
                        pending[i] = true;
                    }
                }
            }
            LevelPolicy policy = settings.policy();
            for (int i = 0; i < n; i++) {
                if (pending == null || !pending[i]) {
                    status[i] = decide(i, policy);
                }
            }
            if (pending != null) {
                declared(pending, policy);
            }
            if (!settings.waivers().isEmpty()) {
                waivers = new ArrayList<>(settings.waivers().size());
                waive();
            } else {
                waivers = List.of();
            }
            levels = levels(policy);
        }

        @SuppressWarnings("unchecked")
        private void addFound(int i, Finding f) {
            if (found[i] == null) {
                found[i] = f;
            } else {
                if (moreFound == null) {
                    moreFound = new List[found.length];
                }
                if (moreFound[i] == null) {
                    moreFound[i] = new ArrayList<>(2);
                }
                moreFound[i].add(f);
            }
            fromRules[i] |= FOUND | (f.status() == CriterionStatus.NOT_MET ? FAILED : 0)
                    | (f.status() == CriterionStatus.UNKNOWN ? OPEN : 0);
        }

        /** The findings used for criterion {@code i}, in the order the rules gave them. */
        private List<Finding> found(int i) {
            if (found[i] == null) {
                return List.of();
            }
            if (moreFound == null || moreFound[i] == null) {
                return List.of(found[i]);
            }
            List<Finding> all = new ArrayList<>(moreFound[i].size() + 1);
            all.add(found[i]);
            all.addAll(moreFound[i]);
            return all;
        }

        private CriterionStatus decide(int i, LevelPolicy policy) {
            Attestation a = attested[i];
            if (a != null) {
                return policy.counts(a) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
            }
            return rulesStatus(i);
        }

        /** Strong Kleene over the rules' findings: one NOT_MET decides, all MET is MET, else UNKNOWN. */
        private CriterionStatus rulesStatus(int i) {
            byte r = fromRules[i];
            return (r & FAILED) != 0 ? CriterionStatus.NOT_MET
                    : (r & FOUND) == 0 || (r & OPEN) != 0 ? CriterionStatus.UNKNOWN : CriterionStatus.MET;
        }

        /**
         * Declared criteria, in the order declared, once every rule-decided status is known: a condition
         * sees the rule-decided statuses and those of the declared criteria before it (before waivers).
         */
        private void declared(boolean[] pending, LevelPolicy policy) {
            Map<String, DeclaredCriterion> declared = new LinkedHashMap<>();
            settings.declared().forEach(d -> declared.put(d.criterion().id(), d));
            List<Finding> conditions = new ArrayList<>();
            for (DeclaredCriterion d : declared.values()) {
                Conditions.Outcome o = Conditions.evaluate(d.condition(), facts.observations(), id -> {
                    int j = catalog.criterionIndex(id);
                    return j < 0 || pending[j] ? null : status[j];
                });
                int i = catalog.criterionIndex(d.criterion().id());
                if (i < 0) {
                    continue; // not in the catalogue: nothing to decide (the builder does not let this happen)
                }
                // a declared criterion is decided by its condition alone, not by rules of the same id
                found[i] = null;
                if (moreFound != null) {
                    moreFound[i] = null;
                }
                fromRules[i] = 0;
                if (o.status() != CriterionStatus.UNKNOWN) {
                    Finding f = new Finding(d.criterion().id(), "condition", o.status() == CriterionStatus.MET,
                            new Reason.Declared(o.reason()), o.used());
                    conditions.add(f);
                    if (!fresh.stale(f, warnings)) {
                        addFound(i, f);
                    }
                }
                status[i] = decide(i, policy);
                pending[i] = false;
            }
            conditionFindings = conditions;
        }

        private void waive() {
            for (Waiver w : settings.waivers().values()) {
                boolean applies = w.appliesOn(fresh.today());
                waivers.add(new WaiverResult(w, applies));
                int i = catalog.criterionIndex(w.criterionId());
                if (i < 0) {
                    continue;
                }
                if (applies) {
                    if (waived == null) {
                        waived = new Waiver[status.length];
                    }
                    waived[i] = w;
                    status[i] = CriterionStatus.NOT_APPLICABLE;
                } else {
                    warnings.add(new Warning(WarningCode.WAIVER_EXPIRED, w.criterionId(),
                            new WarningDetail.WaiverExpired(w.criterionId(), w.expires().orElseThrow())));
                }
            }
        }

        /** Item levels (strictly cumulative, shortfalls skipped) and weakest-link roll-ups, over the arrays. */
        private Levels levels(LevelPolicy policy) {
            int items = catalog.itemCount();
            int[] level = new int[items];
            int[] potential = new int[items];
            boolean cap = policy.same() == LevelPolicy.Same.CAP;
            for (int it = 0; it < items; it++) {
                int size = catalog.cellCount(it);
                int confirmed = 0;
                int possible = 0;
                boolean confirmedOpen = true;
                boolean potentialOpen = true;
                for (int l = 1; l <= size && (confirmedOpen || potentialOpen); l++) {
                    boolean allMet = true;
                    boolean noneFailed = true;
                    if (cap && catalog.cellSame(it, l)) {
                        allMet = false; // capped at the last level with its own text
                        noneFailed = false;
                    }
                    for (int c : catalog.cellRequirements(it, l)) {
                        CriterionStatus s = status[c];
                        allMet &= satisfied(s);
                        noneFailed &= s != CriterionStatus.NOT_MET;
                    }
                    confirmedOpen &= allMet;
                    potentialOpen &= noneFailed;
                    if (confirmedOpen) {
                        confirmed = l;
                    }
                    if (potentialOpen) {
                        possible = l;
                    }
                }
                level[it] = confirmed;
                potential[it] = possible;
            }
            int areas = catalog.areaCount();
            int[] areaLevel = new int[areas];
            int[] areaPotential = new int[areas];
            for (int a = 0; a < areas; a++) {
                areaLevel[a] = min(level, catalog.areaItems(a));
                areaPotential[a] = min(potential, catalog.areaItems(a));
            }
            int domains = catalog.domainCount();
            int[] domainLevel = new int[domains];
            int[] domainPotential = new int[domains];
            int[] all = new int[domains];
            for (int d = 0; d < domains; d++) {
                domainLevel[d] = min(areaLevel, catalog.domainAreas(d));
                domainPotential[d] = min(areaPotential, catalog.domainAreas(d));
                all[d] = d;
            }
            return new Levels(status, level, potential, areaLevel, areaPotential, domainLevel, domainPotential,
                    min(domainLevel, all), min(domainPotential, all));
        }

        private static int min(int[] values, int[] parts) {
            if (parts.length == 0) {
                return 0;
            }
            int m = Integer.MAX_VALUE;
            for (int p : parts) {
                m = Math.min(m, values[p]);
            }
            return m;
        }

        /** The justifications, gaps, roll-up details and warnings, from the compact state. */
        @Override
        public AssessmentParts get() {
            List<Warning> all = new ArrayList<>(warnings);
            int n = status.length;
            List<CriterionResult> criteria = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                criteria.add(result(i, all));
            }
            List<ItemResult> items = new ArrayList<>(catalog.itemCount());
            List<Part> itemParts = new ArrayList<>(catalog.itemCount());
            for (int it = 0; it < catalog.itemCount(); it++) {
                ItemResult r = item(it, criteria);
                items.add(r);
                itemParts.add(new Part(r.itemId(), r.level(), r.potential(), r.score(), r.expiry()));
            }
            List<LevelResult> areas = new ArrayList<>(catalog.areaCount());
            for (int a = 0; a < catalog.areaCount(); a++) {
                areas.add(rollup(Scope.AREA, catalog.area(a).id(), catalog.area(a).name(), parts(itemParts,
                        catalog.areaItems(a))));
            }
            List<Part> areaParts = areas.stream().map(Part::of).toList();
            List<LevelResult> domains = new ArrayList<>(catalog.domainCount());
            for (int d = 0; d < catalog.domainCount(); d++) {
                domains.add(rollup(Scope.DOMAIN, catalog.domain(d).id(), catalog.domain(d).name(), parts(areaParts,
                        catalog.domainAreas(d))));
            }
            LevelResult overall = rollup(Scope.OVERALL, "overall", new Text("总体", "Overall"),
                    domains.stream().map(Part::of).toList());
            warnUnused(all);
            all.sort(WARNING_ORDER);
            return new AssessmentParts(criteria, items, areas, domains, overall, all, waivers);
        }

        private static List<Part> parts(List<Part> of, int[] indices) {
            List<Part> out = new ArrayList<>(indices.length);
            for (int i : indices) {
                out.add(of.get(i));
            }
            return out;
        }

        /** Criterion {@code i}'s result with its justifications; a CONFLICT warning into {@code warnings}. */
        private CriterionResult result(int i, List<Warning> warnings) {
            Criterion c = catalog.criterion(i);
            LevelPolicy policy = settings.policy();
            List<Finding> used = found(i);
            if (used.size() > 1) {
                used.sort(BY_RULE_AND_REASON);
            }
            List<Justification> js = new ArrayList<>(used.size() + 1);
            for (Finding f : used) {
                js.add(new Justification(f.ruleId(), f.status(), f.why(), List.of(), f.observations()));
            }
            CriterionStatus rules = rulesStatus(i);
            Attestation a = attested[i];
            CriterionResult r;
            if (a != null) {
                CriterionStatus attestedStatus = policy.counts(a) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
                js.add(0, new Justification(Justification.ATTESTATION, attestedStatus,
                        new Reason.Attested(a, policy.partialCredit()), List.of(a), List.of()));
                if (rules != CriterionStatus.UNKNOWN && rules != attestedStatus) {
                    warnings.add(new Warning(WarningCode.CONFLICT, c.id(),
                            new WarningDetail.Conflict(c.id(), attestedStatus, rules, js.get(1).why())));
                }
                r = new CriterionResult(c.id(), c.itemId(), c.level(), attestedStatus, Source.ATTESTATION, js,
                        Freshness.until(a.evidence().observedAt(), fresh.days(c.id(), settings.freshness().attestationDays())));
            } else {
                Optional<LocalDate> until = Optional.empty();
                if (rules != CriterionStatus.UNKNOWN) {
                    int days = fresh.days(c.id(), settings.freshness().observationDays());
                    for (Finding f : used) {
                        Optional<LocalDate> u = FreshnessPass.expiry(f, days);
                        if (u.isPresent() && (until.isEmpty() || u.get().isBefore(until.get()))) {
                            until = u;
                        }
                    }
                }
                r = new CriterionResult(c.id(), c.itemId(), c.level(), rules,
                        rules == CriterionStatus.UNKNOWN ? Source.NONE : Source.OBSERVATION, js, until);
            }
            Waiver w = waived == null ? null : waived[i];
            if (w != null) {
                List<Justification> wjs = new ArrayList<>(js.size() + 1);
                wjs.add(new Justification("waiver", CriterionStatus.NOT_APPLICABLE, new Reason.Waived(w), List.of(),
                        List.of()));
                wjs.addAll(js);
                r = new CriterionResult(c.id(), c.itemId(), c.level(), CriterionStatus.NOT_APPLICABLE, Source.WAIVER,
                        wjs, w.expires());
            }
            return r;
        }

        /** Item {@code it}'s result: its levels as derived, its gaps, score, unknowns, ahead and expiry. */
        private ItemResult item(int it, List<CriterionResult> criteria) {
            int level = levels.item()[it];
            int potential = levels.itemPotential()[it];
            List<Gap> gaps = new ArrayList<>();
            double score = level;
            if (level < catalog.cellCount(it)) {
                int counted = 0;
                int met = 0;
                for (int c : catalog.cellRequirements(it, level + 1)) {
                    CriterionStatus s = status[c];
                    if (!satisfied(s)) {
                        gaps.add(new Gap(catalog.criterion(c).id(), catalog.criterion(c).level(), s));
                    }
                    if (s != CriterionStatus.NOT_APPLICABLE) {
                        counted++;
                        met += s == CriterionStatus.MET ? 1 : 0;
                    }
                }
                score += counted == 0 ? 0 : Math.floor(100.0 * met / counted) / 100.0;
            }
            List<String> unknowns = new ArrayList<>();
            List<String> ahead = new ArrayList<>();
            Optional<Expiry> expiry = Optional.empty();
            for (int ci : catalog.itemRequirements(it)) {
                Criterion c = catalog.criterion(ci);
                if (c.level() > level) {
                    CriterionStatus s = status[ci];
                    if (s == CriterionStatus.UNKNOWN && c.level() <= potential) {
                        unknowns.add(c.id());
                    }
                    if (s == CriterionStatus.MET) {
                        ahead.add(c.id());
                    }
                } else {
                    Optional<LocalDate> u = criteria.get(ci).validUntil();
                    if (u.isPresent() && (expiry.isEmpty() || u.get().isBefore(expiry.get().date()))) {
                        expiry = Optional.of(new Expiry(u.get(), c.id()));
                    }
                }
            }
            var item = catalog.item(it);
            return new ItemResult(item.id(), item.name(), level, potential, gaps, unknowns, ahead, score, expiry);
        }

        private void warnUnused(List<Warning> warnings) {
            Set<String> used = new HashSet<>();
            for (List<Finding> fs : List.of(findings, conditionFindings)) {
                for (Finding f : fs) {
                    for (Observation o : f.observations()) {
                        used.add(o.name());
                    }
                }
            }
            for (Observation o : facts.observations().values()) {
                if (!used.contains(o.name())) {
                    // a rule that reads an observation always records it, even when it cannot decide yet
                    warnings.add(new Warning(WarningCode.UNUSED_OBSERVATION, o.name(),
                            new WarningDetail.UnusedObservation(o.name())));
                }
            }
        }
    }

    /** A hash map capacity that holds n entries without resizing. */
    static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private static boolean satisfied(CriterionStatus s) {
        return s == CriterionStatus.MET || s == CriterionStatus.NOT_APPLICABLE;
    }

    record Part(String id, int level, int potential, double score, Optional<Expiry> expiry) {
        static Part of(LevelResult r) {
            return new Part(r.id(), r.level(), r.potential(), r.score(), r.expiry());
        }
    }

    static LevelResult rollup(Scope scope, String id, Text name, List<Part> parts) {
        int level = parts.stream().mapToInt(Part::level).min().orElse(0);
        int potential = parts.stream().mapToInt(Part::potential).min().orElse(0);
        List<String> limitedBy = parts.stream().filter(p -> p.level() == level).map(Part::id).toList();
        double mean = parts.stream().mapToDouble(Part::score).average().orElse(0);
        Optional<Expiry> expiry = parts.stream().map(Part::expiry).flatMap(Optional::stream)
                .min(Comparator.comparing(Expiry::date).thenComparing(Expiry::criterionId));
        return new LevelResult(scope, id, name, level, potential, limitedBy, Math.round(mean * 100) / 100.0, expiry);
    }
}
