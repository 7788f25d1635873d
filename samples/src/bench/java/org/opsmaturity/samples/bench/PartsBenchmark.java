package org.opsmaturity.samples.bench;

import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.StandardRules;

/**
 * Where the time of one assessment of the large sample goes: the three steps of {@code Assessor.evaluate}
 * timed one by one, each on the output of the one before (computed once in the setup), and the rules step
 * by other rule bases and session strategies.
 */
public class PartsBenchmark extends BenchSettings {
    /**
     * The rule base and session strategy of {@link #rules()}: {@code engine} today's (class path container,
     * {@code RuleRunner}); {@code model+<runner>} the generated model loaded directly with a runner of
     * {@link Runners}; {@code sequential+stateless}; {@code exec-asis}, {@code exec-collect} and
     * {@code exec-empty} the DRL compiled to the executable model at run time as it is, with findings
     * collected in a global list instead of inserted, and with empty consequences (the floor: matching and
     * firing alone). {@link #factCheck()} and {@link #derive()} do not depend on it.
     */
    @Param({"engine"})
    public String rules;

    private Catalog catalog;
    private org.opsmaturity.model.internal.CompiledCatalog compiled;
    private Vocabulary vocabulary;
    private BenchEngine.Runner runner;
    private Facts large;
    private FactChecker.Checked checked;
    private List<Finding> findings;

    @Setup(Level.Trial)
    public void setUp() {
        Assessor assessor = Assessor.standard();
        catalog = assessor.catalog();
        vocabulary = assessor.vocabulary();
        compiled = org.opsmaturity.model.internal.CompiledCatalog.of(catalog);
        Checks checks = Checks.of(catalog, java.util.Map.of());
        runner = runner(rules, checks);
        large = BenchFacts.sample("large");
        checked = FactChecker.check(large, catalog, vocabulary, true);
        List<Finding> got = runner.run(checked.observations().values());
        findings = Runners.engine(StandardRules.kieBase(), checks).run(checked.observations().values());
        if (!rules.equals("exec-empty") && !sorted(got).equals(sorted(findings))) {
            throw new IllegalStateException("rules " + rules + " give other findings than the engine: "
                    + got.size() + " vs " + findings.size());
        }
        if (rules.equals("exec-empty") && !got.isEmpty()) {
            throw new IllegalStateException("rules exec-empty gave findings");
        }
    }

    private static List<String> sorted(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.met() + " " + f.reason()).sorted().toList();
    }

    static BenchEngine.Runner runner(String name, Checks checks) {
        java.nio.file.Path drl = PlainJavaOracle.drlDir();
        return switch (name) {
            case "engine" -> Runners.engine(StandardRules.kieBase(), checks);
            case "exec-asis" -> Runners.engine(BenchEngine.fromDrlSources(drl, s -> s, true), checks);
            case "exec-collect" -> Runners.collect(BenchEngine.fromDrlSources(drl, BenchEngine.COLLECT, true), checks);
            case "exec-empty" -> Runners.engine(BenchEngine.fromDrlSources(drl, BenchEngine.EMPTY, true), checks);
            default -> AssessBenchmark.prototype(name).runner();
        };
    }

    @Benchmark
    public FactChecker.Checked factCheck() {
        return FactChecker.check(large, compiled, vocabulary, true, null);
    }

    @Benchmark
    public List<Finding> rules() {
        return runner.run(checked.observations().values());
    }

    @Benchmark
    public Assessment derive() {
        return LevelDeriver.derive(large.subject(), BenchEngine.settings(catalog, vocabulary), checked, findings);
    }
}
