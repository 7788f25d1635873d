package org.opsmaturity.samples.bench;

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.api.internal.RuleRunner;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/**
 * Where the time of one assessment of the large sample goes: the three steps of {@code Assessor.evaluate}
 * timed one by one, each on the output of the one before (computed once in the setup).
 */
public class PartsBenchmark extends BenchSettings {
    private Catalog catalog;
    private Vocabulary vocabulary;
    private RuleRunner runner;
    private Facts large;
    private FactChecker.Checked checked;
    private List<Finding> findings;

    @Setup(Level.Trial)
    public void setUp() {
        Assessor assessor = Assessor.standard();
        catalog = assessor.catalog();
        vocabulary = assessor.vocabulary();
        runner = new RuleRunner(StandardRules.kieBase(), Checks.of(catalog, java.util.Map.of()));
        large = BenchFacts.sample("large");
        checked = FactChecker.check(large, catalog, vocabulary, true);
        findings = runner.run(checked.observations().values());
    }

    @Benchmark
    public FactChecker.Checked factCheck() {
        return FactChecker.check(large, catalog, vocabulary, true);
    }

    @Benchmark
    public List<Finding> rules() {
        return runner.run(checked.observations().values());
    }

    @Benchmark
    public Assessment derive() {
        return LevelDeriver.derive(large.subject(), catalog, vocabulary, checked, findings);
    }
}
