package org.opsmaturity.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;

/**
 * Test support: the catalogue of the domain files present, the standard KieBase, and a way to run the
 * rules over a handful of observations and read the findings back through the query.
 */
final class RuleHarness {
    static final RuleHarness INSTANCE = new RuleHarness();

    final Catalog catalog;
    final KieBase kieBase;
    final Vocabulary vocabulary;
    final Checks checks;
    private final RuleRunner runner;

    private RuleHarness() {
        catalog = Catalog.standard();
        kieBase = StandardRules.kieBase();
        vocabulary = StandardRules.vocabulary();
        checks = Checks.of(catalog, Map.of());
        runner = new RuleRunner(kieBase, checks);
    }

    List<String> domains() {
        return catalog.domains().stream().map(d -> d.id()).toList();
    }

    Set<String> ruleNames() {
        Set<String> names = new java.util.TreeSet<>();
        var pkg = kieBase.getKiePackage(StandardRules.PACKAGE);
        Set<String> queries = new java.util.HashSet<>();
        pkg.getQueries().forEach(q -> queries.add(q.getName()));
        for (Rule r : pkg.getRules()) {
            if (!queries.contains(r.getName())) {
                names.add(r.getName());
            }
        }
        return names;
    }

    List<Finding> run(List<Observation> observations) {
        return runner.run(observations);
    }

    /** Parses {@code name=value;name=value} as in the cases files, typed by the vocabulary. */
    List<Observation> parse(String facts) {
        List<Observation> out = new ArrayList<>();
        if (facts == null || facts.isBlank()) {
            return out;
        }
        for (String part : facts.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new InvalidFactsException("case", p, "name=value", "");
            }
            out.add(parseOne(p.substring(0, eq).trim(), p.substring(eq + 1).trim()));
        }
        return out;
    }

    Observation parseOne(String name, String value) {
        ObservationSpec spec = vocabulary.spec(name).orElseThrow(() -> new InvalidFactsException("case " + name,
                name, "an observation name of the vocabulary", org.opsmaturity.model.Strings.maybe(name,
                        vocabulary.names())));
        switch (spec.type()) {
            case FLAG -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidFactsException(name, value, "true or false", "");
                }
                return Observation.flag(name, Boolean.parseBoolean(value));
            }
            case NUMBER -> {
                String[] nu = value.split(" ", 2);
                if (nu.length != 2 || !Units.fits(spec.unitFamily(), nu[1].trim())) {
                    throw new InvalidFactsException(name, value, spec.expected() + " written '<number> <unit>'", "");
                }
                return Observation.number(name, Double.parseDouble(nu[0]), nu[1].trim());
            }
            default -> {
                if (value.equals("{}")) {
                    return Observation.set(name, Set.of());
                }
                Set<String> words = Set.of(value.split("\\|"));
                for (String w : words) {
                    if (!spec.words().contains(w)) {
                        throw new InvalidFactsException(name, w, spec.expected(), "");
                    }
                }
                return Observation.set(name, words);
            }
        }
    }
}
