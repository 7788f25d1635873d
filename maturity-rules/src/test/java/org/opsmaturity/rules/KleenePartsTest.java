package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Units;

/**
 * Strong Kleene logic for every rule that reads several observations, generated from the DRL sources
 * and the case tables (no hand list): for each such rule and each observation it reads, every candidate
 * value of that observation (both flag values; the empty set, each word, all words, all but one word;
 * numbers around each threshold of the criterion) is put into a complete case row whose other parts
 * cannot decide (a MET row for a rule that needs all parts, a NOT_MET row for one that needs any). Where that changes
 * the row's outcome, the part decides: the observation alone, with nothing else given, must give the
 * same outcome (e.g. NOT_MET for a failing part of an all-of rule). Where it does not, the observation
 * alone must leave the criterion UNKNOWN. Every part must be able to decide alone.
 */
class KleenePartsTest {
    private static final RuleHarness H = RuleHarness.INSTANCE;
    private static final Path DRL = Path.of("src/main/resources/org/opsmaturity/rules");
    private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"\\s+when(.*?)\\bthen\\b(.*?)\\nend\\b",
            Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("Observation\\(name == \"([^\"]+)\"\\)");
    /** The condition of a rule over several observations: {@code Given(anyOf("a", "b"))}. */
    private static final Pattern ANY_OF = Pattern.compile("Given\\(anyOf\\(([^)]*)\\)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** The rules whose consequence combines its parts with check.any (one part suffices), from the DRL sources. */
    static final Set<String> ANY = new TreeSet<>();

    /** The observation names each rule's conditions read, from the DRL sources. */
    static Map<String, Set<String>> namesByRule() {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(DRL), Files.list(StandardRuleBaseTest.GENERATED))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = RULE.matcher(Files.readString(f));
                while (m.find()) {
                    Set<String> names = new LinkedHashSet<>();
                    Matcher n = NAME.matcher(m.group(2));
                    while (n.find()) {
                        names.add(n.group(1));
                    }
                    Matcher a = ANY_OF.matcher(m.group(2));
                    while (a.find()) {
                        Matcher q = QUOTED.matcher(a.group(1));
                        while (q.find()) {
                            names.add(q.group(1));
                        }
                    }
                    out.put(m.group(1), names);
                    if (m.group(3).contains("check.any(")) {
                        ANY.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, Set<String>> multi() {
        Map<String, Set<String>> out = new TreeMap<>();
        namesByRule().forEach((rule, names) -> {
            if (names.size() > 1) {
                out.put(rule, names);
            }
        });
        return out;
    }

    @Test
    void theRulesReadWhatTheVocabularySaysTheyRead() {
        Map<String, Set<String>> fromVocabulary = new TreeMap<>();
        for (ObservationSpec s : H.vocabulary.specs()) {
            s.criteria().forEach(c -> fromVocabulary.computeIfAbsent(c, k -> new TreeSet<>()).add(s.name()));
        }
        Map<String, Set<String>> fromRules = new TreeMap<>();
        namesByRule().forEach((r, n) -> {
            if (!n.isEmpty()) {
                fromRules.put(r, new TreeSet<>(n));
            }
        });
        assertEquals(fromVocabulary, fromRules, "criteria column of the vocabulary (rules/<key>.tsv) against the DRL conditions");
        assertTrue(multi().size() >= 70, "rules reading several observations: " + multi().size());
    }

    @Test
    void aRuleReadingSeveralObservationsFiresOnceWhenAllAreGiven() {
        List<String> problems = new ArrayList<>();
        multi().forEach((rule, names) -> {
            List<Observation> row = completeRow(rule, names, CriterionStatus.MET);
            long n = H.run(row).stream().filter(f -> f.criterionId().equals(rule)).count();
            if (n != 1) {
                problems.add(rule + " fired " + n + " times");
            }
        });
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> eachPartAloneDecidesWhereItDecidesTheWholeRow() {
        return multi().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " " + e.getValue(), () -> {
            String rule = e.getKey();
            // from a row whose other parts cannot decide: all met for "all of", all failed for "any of"
            List<Observation> base = completeRow(rule, e.getValue(),
                    ANY.contains(rule) ? CriterionStatus.NOT_MET : CriterionStatus.MET);
            CriterionStatus baseStatus = status(rule, H.run(base));
            for (String name : e.getValue()) {
                boolean decides = false;
                for (Observation v : candidates(rule, name)) {
                    List<Observation> row = new ArrayList<>(base.stream().filter(o -> !o.name().equals(name)).toList());
                    row.add(v);
                    CriterionStatus whole = status(rule, H.run(row));
                    List<Finding> alone = H.run(List.of(v));
                    CriterionStatus expected = whole != baseStatus ? whole : CriterionStatus.UNKNOWN;
                    decides |= whole != baseStatus;
                    assertEquals(expected, status(rule, alone), rule + ": " + v.display() + " alone (in the complete row "
                            + whole + ", row without it " + baseStatus + "); findings " + alone);
                    if (expected != CriterionStatus.UNKNOWN) {
                        Finding f = alone.stream().filter(x -> x.criterionId().equals(rule)).findFirst().orElseThrow();
                        assertTrue(f.reason().startsWith("decided by ") && f.reason().contains(name), rule
                                + ": the reason names the deciding part: " + f.reason());
                    }
                    if (!alone.isEmpty()) {
                        assertTrue(alone.stream().filter(x -> x.criterionId().equals(rule))
                                .allMatch(x -> x.observations().equals(List.of(v))), rule + ": the part read is recorded as used");
                    }
                }
                if (!decides) {
                    fail(rule + ": no candidate value of " + name + " changes the complete row " + base);
                }
            }
        }));
    }

    static CriterionStatus status(String rule, List<Finding> findings) {
        return DomainCasesTest.statusOf(rule, findings);
    }

    /** A case row of the rule with that outcome that gives every observation it reads. */
    static List<Observation> completeRow(String rule, Set<String> names, CriterionStatus outcome) {
        String domain = rule.substring(0, rule.indexOf('.'));
        for (DomainCasesTest.Case c : DomainCasesTest.cases(domain)) {
            if (c.criterion().equals(rule) && c.expected() == outcome) {
                List<Observation> obs = H.parse(c.facts());
                if (obs.stream().map(Observation::name).collect(java.util.stream.Collectors.toSet()).equals(names)) {
                    return obs;
                }
            }
        }
        throw new AssertionError(rule + ": the case table has no " + outcome + " row giving all of " + names);
    }

    /** Values of one observation to try: both flags; sets empty, single, full, full minus one; numbers around thresholds. */
    static List<Observation> candidates(String rule, String name) {
        ObservationSpec spec = H.vocabulary.spec(name).orElseThrow();
        List<Observation> out = new ArrayList<>();
        switch (spec.type()) {
            case FLAG -> {
                out.add(Observation.flag(name, true));
                out.add(Observation.flag(name, false));
            }
            case SET -> {
                List<String> words = List.copyOf(new TreeSet<>(spec.words()));
                out.add(Observation.set(name, Set.of()));
                out.add(Observation.set(name, Set.copyOf(words)));
                for (String w : words) {
                    out.add(Observation.set(name, Set.of(w)));
                    Set<String> rest = new TreeSet<>(words);
                    rest.remove(w);
                    out.add(Observation.set(name, rest));
                }
            }
            case NUMBER -> {
                Map<String, Observation> byText = new LinkedHashMap<>();
                for (Parameter p : H.catalog.criterion(rule).parameters()) {
                    if (!Units.fits(spec.unitFamily(), p.unit())) {
                        continue;
                    }
                    for (double v : new double[] {0, p.value() * 0.5, p.value(), p.value() * 2, p.value() + 1}) {
                        Observation o = Observation.number(name, v, p.unit());
                        byText.putIfAbsent(o.display(), o);
                    }
                }
                out.addAll(byText.values());
            }
        }
        return out;
    }
}
