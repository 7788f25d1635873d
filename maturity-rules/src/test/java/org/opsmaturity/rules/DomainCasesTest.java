package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opsmaturity.model.CatalogTsv;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;

/**
 * Runs every row of {@code cases/<key>.tsv} (the domain's key, e.g. {@code 6-business-continuity}) through the standard rules: the criterion under test
 * must come out MET, NOT_MET or UNKNOWN as the row says. Also checks that every requirement of the
 * domain has a rule and at least one MET and one NOT_MET case, and that with no facts every criterion
 * is UNKNOWN. {@code -Dmaturity.domain=<d>} limits it to one domain.
 */
class DomainCasesTest {
    private static final RuleHarness H = RuleHarness.INSTANCE;

    record Case(int line, String criterion, CriterionStatus expected, String facts) {
    }

    static List<String> domainsUnderTest() {
        String only = System.getProperty("maturity.domain", "");
        List<String> domains = H.domains().stream().filter(d -> only.isEmpty() || only.equals(d)).toList();
        if (domains.isEmpty()) {
            fail("-Dmaturity.domain=" + only + " names no domain; expected one of " + H.domains());
        }
        return domains;
    }

    static List<Case> cases(String domain) {
        String f = "cases/" + CatalogTsv.domainKey(domain) + ".tsv";
        List<Case> out = new ArrayList<>();
        List<String> lines = CatalogTsv.lines(f);
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] p = l.split("\t", -1);
            if (p.length < 2 || p.length > 3) {
                fail(f + ":" + (n + 1) + ": expected 'criterion<TAB>expected<TAB>facts', got " + l);
            }
            out.add(new Case(n + 1, p[0].trim(), CriterionStatus.valueOf(p[1].trim()), p.length > 2 ? p[2].trim() : ""));
        }
        return out;
    }

    static CriterionStatus statusOf(String criterion, List<Finding> findings) {
        Set<CriterionStatus> s = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.criterionId().equals(criterion)) {
                s.add(f.status());
            }
        }
        if (s.size() > 1) {
            fail(criterion + ": findings disagree: " + findings);
        }
        return s.isEmpty() ? CriterionStatus.UNKNOWN : s.iterator().next();
    }

    @TestFactory
    Stream<DynamicNode> everyCaseComesOutAsExpected() {
        return domainsUnderTest().stream().map(d -> DynamicContainer.dynamicContainer("domain " + d,
                cases(d).stream().map(c -> DynamicTest.dynamicTest(
                        c.criterion() + " " + c.expected() + " <- " + c.facts() + " (line " + c.line() + ")", () -> {
                            assertTrue(H.catalog.findCriterion(c.criterion()).isPresent(),
                                    "line " + c.line() + ": criterion " + c.criterion() + " is not in the catalogue");
                            List<Observation> obs = H.parse(c.facts());
                            List<Finding> findings = H.run(obs);
                            assertEquals(c.expected(), statusOf(c.criterion(), findings),
                                    "line " + c.line() + " findings: " + findings);
                        }))));
    }

    @TestFactory
    Stream<DynamicTest> everyRequirementHasARuleAndBothOutcomes() {
        return domainsUnderTest().stream().map(d -> DynamicTest.dynamicTest("domain " + d, () -> {
            Set<String> rules = H.ruleNames();
            Map<String, Set<CriterionStatus>> covered = new LinkedHashMap<>();
            for (Case c : cases(d)) {
                covered.computeIfAbsent(c.criterion(), k -> new LinkedHashSet<>()).add(c.expected());
            }
            List<String> problems = new ArrayList<>();
            for (Criterion c : H.catalog.domain(d).items().stream().flatMap(i -> i.criteria().stream()).toList()) {
                boolean hasRule = rules.contains(c.id());
                if (c.isRequirement() && !hasRule) {
                    problems.add(c.id() + ": requirement without a rule");
                }
                if (!c.isRequirement() && hasRule) {
                    problems.add(c.id() + ": shortfall with a rule");
                }
                Set<CriterionStatus> s = covered.getOrDefault(c.id(), Set.of());
                if (c.isRequirement() && !(s.contains(CriterionStatus.MET) && s.contains(CriterionStatus.NOT_MET))) {
                    problems.add(c.id() + ": needs at least one MET and one NOT_MET case, has " + s);
                }
            }
            for (String r : rules) {
                if (r.startsWith(d + ".") && H.catalog.findCriterion(r).isEmpty()) {
                    problems.add(r + ": rule without a criterion");
                }
            }
            if (!problems.isEmpty()) {
                fail(problems.size() + " problems:\n" + String.join("\n", problems));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> vocabularyEntriesNameRealCriteria() {
        return domainsUnderTest().stream().map(d -> DynamicTest.dynamicTest("domain " + d, () -> {
            List<String> problems = new ArrayList<>();
            for (ObservationSpec s : H.vocabulary.specs()) {
                for (String c : s.criteria()) {
                    if (c.startsWith(d + ".") && H.catalog.findCriterion(c).isEmpty()) {
                        problems.add(s.name() + ": names unknown criterion " + c);
                    }
                }
                if (s.criteria().stream().anyMatch(c -> c.startsWith(d + "."))) {
                    try {
                        H.parseOne(s.name(), s.example());
                    } catch (RuntimeException e) {
                        problems.add(s.name() + ": example '" + s.example() + "' does not parse: " + e.getMessage());
                    }
                }
            }
            if (!problems.isEmpty()) {
                fail(String.join("\n", problems));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> withNoFactsEveryCriterionIsUnknown() {
        return Stream.of(DynamicTest.dynamicTest("no facts", () -> assertEquals(List.of(), H.run(List.of()))));
    }
}
