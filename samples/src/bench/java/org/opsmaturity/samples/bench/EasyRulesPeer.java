package org.opsmaturity.samples.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Verdict;

/**
 * The Easy Rules 4.1 peer of the attestation-heavy benchmark, written the way an Easy Rules user would:
 * one Java rule ({@link RuleBuilder}) per requirement, named by its criterion id, over Easy Rules facts
 * holding the attestations and observations by name; its action records the criterion's status in a map
 * (the attestation wins, else the comparisons of the standard rule in strong Kleene logic). The
 * levels are then derived from that map in plain Java (cumulative item levels and potentials, weakest-link
 * roll-ups). The comparisons are the plain-Java oracle's ({@link PlainJavaOracle#ruleTests()}), so that
 * only the organisation differs; it is checked against the Assessor on every input before timing.
 */
final class EasyRulesPeer {
    private static final String ATTESTED = "attested";
    private static final String OBSERVED = "observed";
    private static final String STATUS = "status";

    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();
    private final String[] itemIds;
    private final String[][][] requirements;
    private final List<List<String>> itemsByDomain = new ArrayList<>();

    EasyRulesPeer(Catalog catalog, List<PlainJavaOracle.RuleTest> tests) {
        Map<String, List<PlainJavaOracle.RuleTest>> byCriterion = new HashMap<>();
        for (PlainJavaOracle.RuleTest t : tests) {
            byCriterion.computeIfAbsent(t.criterionId(), k -> new ArrayList<>()).add(t);
        }
        for (Criterion c : catalog.requirements()) {
            rules.register(rule(c.id(), byCriterion.getOrDefault(c.id(), List.of())));
        }
        List<Item> items = catalog.items();
        itemIds = items.stream().map(Item::id).toArray(String[]::new);
        requirements = new String[items.size()][][];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            requirements[i] = new String[item.levels().size()][];
            for (int l = 1; l <= item.levels().size(); l++) {
                requirements[i][l - 1] = item.level(l).requirements().stream().map(Criterion::id).toArray(String[]::new);
            }
        }
        for (Domain d : catalog.domains()) {
            itemsByDomain.add(d.items().stream().map(Item::id).toList());
        }
    }

    @SuppressWarnings("unchecked")
    private static Rule rule(String id, List<PlainJavaOracle.RuleTest> tests) {
        return new RuleBuilder().name(id).description("criterion " + id)
                .when(f -> ((Map<String, Verdict>) f.get(ATTESTED)).containsKey(id)
                        || tests.stream().anyMatch(t -> t.fires(f.get(OBSERVED))))
                .then(f -> {
                    Map<String, CriterionStatus> status = f.get(STATUS);
                    Verdict v = ((Map<String, Verdict>) f.get(ATTESTED)).get(id);
                    if (v != null) {
                        status.put(id, v == Verdict.MET ? CriterionStatus.MET : CriterionStatus.NOT_MET);
                        return;
                    }
                    // strong Kleene over the rules that fire: one NOT_MET decides, all MET is MET, else UNKNOWN
                    boolean failed = false;
                    boolean open = false;
                    for (PlainJavaOracle.RuleTest t : tests) {
                        Map<String, Observation> observed = f.get(OBSERVED);
                        if (t.fires(observed)) {
                            CriterionStatus s = t.status().apply(observed);
                            failed |= s == CriterionStatus.NOT_MET;
                            open |= s == CriterionStatus.UNKNOWN;
                        }
                    }
                    status.put(id, failed ? CriterionStatus.NOT_MET : open ? CriterionStatus.UNKNOWN : CriterionStatus.MET);
                })
                .build();
    }

    PlainJavaOracle.Result evaluate(Facts facts) {
        Map<String, Verdict> attested = new HashMap<>();
        for (Attestation a : facts.attestations()) {
            attested.put(a.criterionId(), a.verdict());
        }
        Map<String, Observation> observed = new HashMap<>();
        for (Observation o : facts.observations()) {
            observed.putIfAbsent(o.name(), o);
        }
        Map<String, CriterionStatus> status = new HashMap<>();
        org.jeasy.rules.api.Facts f = new org.jeasy.rules.api.Facts();
        f.put(ATTESTED, attested);
        f.put(OBSERVED, observed);
        f.put(STATUS, status);
        engine.fire(rules, f);

        int[] levels = new int[itemIds.length];
        int[] potentials = new int[itemIds.length];
        Map<String, Integer> levelOf = new HashMap<>();
        Map<String, Integer> potentialOf = new HashMap<>();
        for (int i = 0; i < itemIds.length; i++) {
            int level = 0;
            int potential = 0;
            boolean confirmed = true;
            boolean possible = true;
            for (int l = 0; l < requirements[i].length; l++) {
                for (String c : requirements[i][l]) {
                    CriterionStatus s = status.getOrDefault(c, CriterionStatus.UNKNOWN);
                    confirmed &= s == CriterionStatus.MET;
                    possible &= s != CriterionStatus.NOT_MET;
                }
                level = confirmed ? l + 1 : level;
                potential = possible ? l + 1 : potential;
            }
            levels[i] = level;
            potentials[i] = potential;
            levelOf.put(itemIds[i], level);
            potentialOf.put(itemIds[i], potential);
        }
        int overall = itemsByDomain.isEmpty() ? 0 : Integer.MAX_VALUE;
        int overallPotential = overall;
        for (List<String> domain : itemsByDomain) {
            overall = Math.min(overall, domain.stream().mapToInt(levelOf::get).min().orElse(0));
            overallPotential = Math.min(overallPotential, domain.stream().mapToInt(potentialOf::get).min().orElse(0));
        }
        return new PlainJavaOracle.Result(levels, potentials, overall, overallPotential);
    }
}
