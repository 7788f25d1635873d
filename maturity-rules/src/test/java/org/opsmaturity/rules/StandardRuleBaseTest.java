package org.opsmaturity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.ObservationSpec;

/**
 * The whole standard rule base against the whole catalogue: one rule per requirement, named by its id,
 * in its domain's DRL file; no rule without a criterion; no two rules with one name; the DRL compiles
 * from source with no errors and no warnings.
 */
class StandardRuleBaseTest {
    /** DRL file of each domain, by the domain map of the main code. */
    static final Map<String, String> FILES = org.opsmaturity.model.CatalogTsv.domainIds().stream().collect(
            java.util.stream.Collectors.toMap(d -> d, d -> org.opsmaturity.model.CatalogTsv.domainKey(d) + ".drl"));
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");

    /** Where the build writes each domain's single-flag rules ({@code <key>-flags.drl}) from the template. */
    static final java.nio.file.Path GENERATED = java.nio.file.Path.of("target/generated-resources/flag-rules/org/opsmaturity/rules");

    /** A domain's DRL: its hand-written file and, for {@code <key>.drl}, the rules generated from the template. */
    static String drl(String file) {
        return file.equals("queries.drl") ? read(file) : read(file) + read(file.replace(".drl", "-flags.drl"));
    }

    /** A DRL file as the build has it: hand-written in the sources, or generated ({@code <key>-flags.drl}). */
    static String read(String file) {
        // the kjar build keeps no DRL in the jar (the executable model replaces it): read the sources
        try {
            return java.nio.file.Files.readString(file.endsWith("-flags.drl") ? GENERATED.resolve(file)
                    : java.nio.file.Path.of("src/main/resources/org/opsmaturity/rules", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRequirementHasExactlyOneRuleInItsDomainFileAndEveryRuleACriterion() {
        Catalog catalog = Catalog.standard();
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(FILES).entrySet()) {
            Matcher m = RULE.matcher(drl(e.getValue()));
            while (m.find()) {
                String name = m.group(1);
                String before = fileOfRule.put(name, e.getValue());
                if (before != null) {
                    problems.add("rule " + name + " is defined twice (" + before + ", " + e.getValue() + ")");
                }
                if (!name.startsWith(e.getKey() + ".")) {
                    problems.add("rule " + name + " is in " + e.getValue() + ", not in its domain's file");
                }
            }
        }
        Set<String> requirements = new TreeSet<>();
        for (Criterion c : catalog.requirements()) {
            requirements.add(c.id());
            if (!fileOfRule.containsKey(c.id())) {
                problems.add("requirement " + c.id() + " has no rule");
            }
        }
        for (String r : fileOfRule.keySet()) {
            if (!requirements.contains(r)) {
                problems.add("rule " + r + " has no requirement criterion");
            }
        }
        assertEquals(List.of(), problems);
        // and the compiled rule base holds exactly these rules
        assertEquals(requirements, RuleHarness.INSTANCE.ruleNames());
    }

    @Test
    void perDomainCountsOfCriteriaAndRules() {
        Catalog catalog = Catalog.standard();
        Map<String, Integer> requirements = new LinkedHashMap<>();
        for (Criterion c : catalog.requirements()) {
            requirements.merge(catalog.area(catalog.item(c.itemId()).areaId()).domainId(), 1, Integer::sum);
        }
        Map<String, Integer> rules = new LinkedHashMap<>();
        for (String r : RuleHarness.INSTANCE.ruleNames()) {
            rules.merge(r.substring(0, 1), 1, Integer::sum);
        }
        assertEquals(requirements, new LinkedHashMap<>(new java.util.TreeMap<>(rules)));
        assertEquals(351, catalog.criteria().size());
        assertEquals(catalog.criteria().size(), catalog.requirements().size()
                + catalog.criteria().stream().filter(c -> !c.isRequirement()).count());
    }

    @Test
    void theDrlCompilesFromSourceWithoutErrorsOrWarnings() {
        KieServices ks = KieServices.get();
        KieFileSystem fs = ks.newKieFileSystem();
        List<String> files = new ArrayList<>(FILES.values());
        files.add("queries.drl");
        FILES.values().forEach(f -> files.add(f.replace(".drl", "-flags.drl")));
        for (String f : files) {
            fs.write("src/main/resources/org/opsmaturity/rules/" + f, read(f));
        }
        KieBuilder builder = ks.newKieBuilder(fs).buildAll();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING);
        assertEquals(List.of(), messages.stream().map(Message::toString).toList());
    }

    @Test
    void everyObservationOfTheVocabularyIsReadByARule() {
        Set<String> rules = RuleHarness.INSTANCE.ruleNames();
        StringBuilder allDrl = new StringBuilder();
        FILES.values().forEach(f -> allDrl.append(drl(f)));
        List<String> problems = new ArrayList<>();
        for (ObservationSpec s : StandardRules.vocabulary().specs()) {
            if (!allDrl.toString().contains("\"" + s.name() + "\"")) {
                problems.add(s.name() + " is in the vocabulary but no rule matches it");
            }
            for (String c : s.criteria()) {
                if (!rules.contains(c)) {
                    problems.add(s.name() + " names criterion " + c + " which has no rule");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(StandardRules.vocabulary().size() > 300);
    }
}
