package org.opsmaturity.samples.bench;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/**
 * Warm full assessments ({@code Assessor.evaluate}: fact check, rules, level derivation) of the large
 * sample and of distinct random fact sets over the whole catalogue (cycled, nothing cached between calls),
 * by today's engine ({@code engine=assessor}) and by prototypes with another rule base or session strategy
 * ({@code <rule base>+<runner>}, see {@link BenchEngine} and {@link Runners}). Every prototype must give
 * assessments equal to the Assessor's on all inputs before anything is timed. The plain-Java oracle on the
 * same inputs is {@link OracleBenchmark}; {@link BenchMain} runs both and prints the ratios.
 */
public class AssessBenchmark extends BenchSettings {
    /** Distinct random fact sets cycled through by each thread. */
    static final int RANDOM_SETS = 1024;

    @Param({"assessor"})
    public String engine;

    private Assessor assessor;
    private BenchEngine.Engine prototype;
    private Facts large;
    private List<Facts> random;

    /** A per-thread position in the random fact sets. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Facts next(List<Facts> facts) {
            Facts f = facts.get(next);
            next = (next + 1) % facts.size();
            return f;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        assessor = Assessor.standard();
        large = BenchFacts.sample("large");
        random = BenchFacts.random(assessor.catalog(), assessor.vocabulary(), RANDOM_SETS, 8L);
        if (!engine.equals("assessor")) {
            prototype = prototype(engine);
            for (Facts f : inputs(large, random)) {
                Assessment expected = assessor.evaluate(f);
                Assessment got = prototype.evaluate(f);
                if (!expected.equals(got)) {
                    throw new IllegalStateException("prototype " + engine + " differs from the Assessor on "
                            + f.subject() + ": " + got + " vs " + expected);
                }
            }
        }
    }

    static List<Facts> inputs(Facts large, List<Facts> random) {
        List<Facts> all = new java.util.ArrayList<>(random);
        all.add(0, large);
        return all;
    }

    /** {@code <rule base>+<runner>}: rule base classpath, model or sequential; runner as in {@link Runners#named}. */
    static BenchEngine.Engine prototype(String name) {
        String[] parts = name.split("\\+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("engine '" + name + "': expected assessor or <rule base>+<runner>,"
                    + " e.g. model+stateless");
        }
        KieBase kieBase = switch (parts[0]) {
            case "standard" -> BenchEngine.standard();
            case "model" -> BenchEngine.fromModel();
            case "sequential" -> BenchEngine.fromModel(SequentialOption.YES);
            default -> throw new IllegalArgumentException("rule base '" + parts[0] + "': expected standard, model"
                    + " or sequential");
        };
        return BenchEngine.Engine.of(kieBase, Runners.named(parts[1]));
    }

    private Assessment evaluate(Facts f) {
        return prototype == null ? assessor.evaluate(f) : prototype.evaluate(f);
    }

    @Benchmark
    public Assessment large() {
        return evaluate(large);
    }

    @Benchmark
    public Assessment random(Cursor c) {
        return evaluate(c.next(random));
    }
}
