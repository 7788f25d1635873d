package org.opsmaturity.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opsmaturity.model.Area;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Expiry;
import org.opsmaturity.model.Freshness;
import java.util.Optional;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.WaiverResult;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Scope;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/**
 * Turns checked facts and rule findings into an {@link Assessment}, in plain Java: criterion statuses
 * (attestation first, then findings), item levels (strictly cumulative), and weakest-link roll-ups.
 * The semantics are those of docs/levels.md.
 */
public final class LevelDeriver {
    private static final Comparator<Finding> BY_RULE_AND_REASON = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::reason);
    private static final Comparator<Warning> WARNING_ORDER = Comparator.comparing(Warning::code)
            .thenComparing(Warning::subject).thenComparing(Warning::message);

    private LevelDeriver() {
    }

    public static Assessment derive(String subject, Settings settings, FactChecker.Checked facts,
            List<Finding> findings) {
        Catalog catalog = settings.catalog();
        LevelPolicy policy = settings.policy();
        List<Warning> warnings = new ArrayList<>(facts.warnings());
        java.time.LocalDate today = java.time.LocalDate.now(settings.clock());
        Freshness fresh = settings.freshness();
        Map<String, Attestation> attestations = new LinkedHashMap<>(capacity(facts.attestations().size()));
        for (Attestation a : facts.attestations().values()) {
            Optional<java.time.LocalDate> until = Freshness.until(a.evidence().observedAt(),
                    days(fresh, a.criterionId(), fresh.attestationDays()));
            if (until.isPresent() && until.get().isBefore(today)) {
                warnings.add(new Warning(WarningCode.STALE_EVIDENCE, a.criterionId(), "the attestation of "
                        + a.criterionId() + " observed on " + a.evidence().observedAt().get() + " went stale on "
                        + until.get() + "; it is not used"));
            } else {
                attestations.put(a.criterionId(), a);
            }
        }
        Map<String, List<Finding>> byCriterion = new LinkedHashMap<>(capacity(findings.size()));
        for (Finding f : findings) {
            Integer days = fresh.criterionDays().isEmpty() ? null : fresh.criterionDays().get(f.criterionId());
            if (days != null) {
                Optional<java.time.LocalDate> until = expiry(f, days);
                if (until.isPresent() && until.get().isBefore(today)) {
                    warnings.add(new Warning(WarningCode.STALE_EVIDENCE, f.criterionId(), "the observations deciding "
                            + f.criterionId() + " are older than its validity of " + days + " days (stale since "
                            + until.get() + "); they are not used for it"));
                    continue;
                }
            }
            byCriterion.computeIfAbsent(f.criterionId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, CriterionResult> results = new LinkedHashMap<>(capacity(catalog.criteria().size()));
        Map<String, DeclaredCriterion> declared = new LinkedHashMap<>();
        settings.declared().forEach(d -> declared.put(d.criterion().id(), d));
        List<Finding> all = new ArrayList<>(findings);
        for (Criterion c : catalog.criteria()) {
            if (declared.containsKey(c.id())) {
                continue; // decided below, once every rule-decided status is known
            }
            results.put(c.id(), decide(c, attestations.get(c.id()),
                    byCriterion.getOrDefault(c.id(), List.of()), policy, fresh, warnings));
        }
        for (DeclaredCriterion d : declared.values()) {
            Conditions.Outcome o = Conditions.evaluate(d.condition(), facts.observations(), results);
            List<Finding> found = List.of();
            if (o.status() != CriterionStatus.UNKNOWN) {
                Finding f = new Finding(d.criterion().id(), "condition", o.status() == CriterionStatus.MET, o.reason(),
                        o.used());
                found = List.of(f);
                all.add(f);
            }
            results.put(d.criterion().id(), decide(d.criterion(), attestations.get(d.criterion().id()), found,
                    policy, fresh, warnings));
        }
        List<WaiverResult> waivers = new ArrayList<>();
        for (Waiver w : settings.waivers().values()) {
            boolean applies = w.appliesOn(today);
            waivers.add(new WaiverResult(w, applies));
            CriterionResult r = results.get(w.criterionId());
            if (r == null) {
                continue;
            }
            if (applies) {
                List<Justification> js = new ArrayList<>();
                js.add(new Justification("waiver", CriterionStatus.NOT_APPLICABLE, (w.kind() == Waiver.Kind.DISABLED
                        ? "disabled: " : "not applicable: ") + w.reason()
                        + (w.approver().isEmpty() ? "" : " (approved by " + w.approver() + ")")
                        + w.expires().map(e -> ", until " + e).orElse(""), List.of(), List.of()));
                js.addAll(r.justifications());
                results.put(r.criterionId(), new CriterionResult(r.criterionId(), r.itemId(), r.level(),
                        CriterionStatus.NOT_APPLICABLE, Source.WAIVER, js, w.expires()));
            } else {
                warnings.add(new Warning(WarningCode.WAIVER_EXPIRED, w.criterionId(), "the waiver of " + w.criterionId()
                        + " expired on " + w.expires().orElseThrow() + "; the criterion is assessed as usual"));
            }
        }
        warnUnused(facts, all, warnings);

        List<ItemResult> items = new ArrayList<>();
        Map<String, ItemResult> itemById = new LinkedHashMap<>(capacity(catalog.items().size()));
        for (Item item : catalog.items()) {
            ItemResult r = item(item, results, policy);
            items.add(r);
            itemById.put(item.id(), r);
        }
        List<LevelResult> areas = new ArrayList<>();
        Map<String, LevelResult> areaById = new LinkedHashMap<>();
        for (Area a : catalog.areas()) {
            LevelResult r = rollup(Scope.AREA, a.id(), a.name(),
                    a.items().stream().map(i -> new Part(i.id(), itemById.get(i.id()).level(),
                            itemById.get(i.id()).potential(), itemById.get(i.id()).score(), itemById.get(i.id()).expiry())).toList());
            areas.add(r);
            areaById.put(a.id(), r);
        }
        List<LevelResult> domains = new ArrayList<>();
        for (Domain d : catalog.domains()) {
            domains.add(rollup(Scope.DOMAIN, d.id(), d.name(), d.areas().stream()
                    .map(a -> new Part(a.id(), areaById.get(a.id()).level(), areaById.get(a.id()).potential(),
                            areaById.get(a.id()).score(), areaById.get(a.id()).expiry()))
                    .toList()));
        }
        LevelResult overall = rollup(Scope.OVERALL, "overall", new Text("总体", "Overall"),
                domains.stream().map(d -> new Part(d.id(), d.level(), d.potential(), d.score(), d.expiry())).toList());
        warnings.sort(WARNING_ORDER);
        List<CriterionResult> ordered = catalog.criteria().stream().map(c -> results.get(c.id())).toList();
        return new Assessment(subject, catalog, ordered, items, areas, domains, overall, warnings, waivers);
    }

    /** A criterion's validity period: its own if the freshness settings name it, else the default (no boxing). */
    private static int days(Freshness fresh, String criterionId, int otherwise) {
        Integer days = fresh.criterionDays().isEmpty() ? null : fresh.criterionDays().get(criterionId);
        return days == null ? otherwise : days;
    }

    /** A hash map capacity that holds n entries without resizing. */
    static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private static Optional<java.time.LocalDate> expiry(Finding f, int days) {
        Optional<java.time.LocalDate> min = Optional.empty();
        for (Observation o : f.observations()) {
            Optional<java.time.LocalDate> u = Freshness.until(o.evidence().observedAt(), days);
            if (u.isPresent() && (min.isEmpty() || u.get().isBefore(min.get()))) {
                min = u;
            }
        }
        return min;
    }

    private static CriterionResult decide(Criterion c, Attestation a, List<Finding> found, LevelPolicy policy,
            Freshness fresh, List<Warning> warnings) {
        List<Justification> js = new ArrayList<>();
        CriterionStatus fromRules = CriterionStatus.UNKNOWN;
        if (!found.isEmpty()) {
            List<Finding> sorted = found;
            if (found.size() > 1) {
                sorted = new ArrayList<>(found);
                sorted.sort(BY_RULE_AND_REASON);
            }
            // strong Kleene over the rules' findings: one NOT_MET decides, all MET is MET, else UNKNOWN
            boolean failed = false;
            boolean open = false;
            for (Finding f : sorted) {
                failed |= f.status() == CriterionStatus.NOT_MET;
                open |= f.status() == CriterionStatus.UNKNOWN;
                js.add(new Justification(f.ruleId(), f.status(), f.reason(), List.of(), f.observations()));
            }
            fromRules = failed ? CriterionStatus.NOT_MET : open ? CriterionStatus.UNKNOWN : CriterionStatus.MET;
        }
        if (a != null) {
            CriterionStatus attested = policy.counts(a) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
            String reason = "attested " + a.verdict().name().toLowerCase(java.util.Locale.ROOT)
                    + (a.verdict() == Verdict.PARTIAL ? " (" + a.coverage().name().toLowerCase(java.util.Locale.ROOT)
                            + " of the scope; the policy counts " + policy.partialCredit().name().toLowerCase(java.util.Locale.ROOT)
                            + " and above as met)" : "")
                    + (a.evidence().isEmpty() ? "" : ": " + a.evidence().display());
            js.add(0, new Justification(Justification.ATTESTATION, attested, reason, List.of(a), List.of()));
            if (fromRules != CriterionStatus.UNKNOWN && fromRules != attested) {
                warnings.add(new Warning(WarningCode.CONFLICT, c.id(), c.id() + " is attested " + attested
                        + " but the observations give " + fromRules + " (" + js.get(1).reason()
                        + "); the attestation stands"));
            }
            return new CriterionResult(c.id(), c.itemId(), c.level(), attested, Source.ATTESTATION, js,
                    Freshness.until(a.evidence().observedAt(),
                            days(fresh, c.id(), fresh.attestationDays())));
        }
        Optional<java.time.LocalDate> until = Optional.empty();
        int days = days(fresh, c.id(), fresh.observationDays());
        for (Finding f : fromRules == CriterionStatus.UNKNOWN ? List.<Finding>of() : found) {
            Optional<java.time.LocalDate> u = expiry(f, days);
            if (u.isPresent() && (until.isEmpty() || u.get().isBefore(until.get()))) {
                until = u;
            }
        }
        return new CriterionResult(c.id(), c.itemId(), c.level(), fromRules,
                fromRules == CriterionStatus.UNKNOWN ? Source.NONE : Source.OBSERVATION, js, until);
    }

    private static void warnUnused(FactChecker.Checked facts, List<Finding> findings, List<Warning> warnings) {
        Set<String> used = new HashSet<>();
        for (Finding f : findings) {
            for (Observation o : f.observations()) {
                used.add(o.name());
            }
        }
        for (Observation o : facts.observations().values()) {
            if (!used.contains(o.name())) {
                // a rule that reads an observation always records it, even when it cannot decide yet
                warnings.add(new Warning(WarningCode.UNUSED_OBSERVATION, o.name(), o.name()
                        + " decided no criterion: no rule of this assessor reads it"));
            }
        }
    }

    private static boolean satisfied(CriterionStatus s) {
        return s == CriterionStatus.MET || s == CriterionStatus.NOT_APPLICABLE;
    }

    // item levels run 35 times per assessment: plain loops over the cells' criteria, shortfalls skipped
    // inline, rather than LevelCell.requirements() / Item.criteria(), which build new lists on each call
    static ItemResult item(Item item, Map<String, CriterionResult> results, LevelPolicy policy) {
        int size = item.levels().size();
        int level = 0;
        int potential = 0;
        boolean confirmedOpen = true;
        boolean potentialOpen = true;
        for (int l = 1; l <= size; l++) {
            LevelCell cell = item.levels().get(l - 1);
            boolean allMet = true;
            boolean noneFailed = true;
            if (policy.same() == LevelPolicy.Same.CAP && cell.kind() == org.opsmaturity.model.CellKind.SAME) {
                allMet = false; // capped at the last level with its own text
                noneFailed = false;
            }
            for (Criterion c : cell.criteria()) {
                if (!c.isRequirement()) {
                    continue;
                }
                CriterionStatus s = results.get(c.id()).status();
                allMet &= satisfied(s);
                noneFailed &= s != CriterionStatus.NOT_MET;
            }
            if (confirmedOpen && allMet) {
                level = l;
            } else {
                confirmedOpen = false;
            }
            if (potentialOpen && noneFailed) {
                potential = l;
            } else {
                potentialOpen = false;
            }
        }
        List<Gap> gaps = new ArrayList<>();
        double score = level;
        if (level < size) {
            int counted = 0;
            int met = 0;
            for (Criterion c : item.levels().get(level).criteria()) {
                if (!c.isRequirement()) {
                    continue;
                }
                CriterionStatus s = results.get(c.id()).status();
                if (!satisfied(s)) {
                    gaps.add(new Gap(c.id(), c.level(), s));
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
        for (LevelCell cell : item.levels()) {
            for (Criterion c : cell.criteria()) {
                if (!c.isRequirement()) {
                    continue;
                }
                CriterionResult r = results.get(c.id());
                if (c.level() > level) {
                    CriterionStatus s = r.status();
                    if (s == CriterionStatus.UNKNOWN && c.level() <= potential) {
                        unknowns.add(c.id());
                    }
                    if (s == CriterionStatus.MET) {
                        ahead.add(c.id());
                    }
                } else {
                    Optional<java.time.LocalDate> u = r.validUntil();
                    if (u.isPresent() && (expiry.isEmpty() || u.get().isBefore(expiry.get().date()))) {
                        expiry = Optional.of(new Expiry(u.get(), c.id()));
                    }
                }
            }
        }
        return new ItemResult(item.id(), item.name(), level, potential, gaps, unknowns, ahead, score, expiry);
    }

    record Part(String id, int level, int potential, double score, Optional<Expiry> expiry) {
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
