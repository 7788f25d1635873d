package org.opsmaturity.samples.bench;

import java.util.List;
import java.util.Map;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Facts;
import org.opsmaturity.rules.Checks;

/**
 * The plain-Java oracle ({@link PlainJavaOracle}) on the inputs of {@link AssessBenchmark}: the large
 * sample and the same distinct random fact sets. It is checked against the Assessor on every input first.
 */
public class OracleBenchmark extends BenchSettings {
    /** {@code status}: comparisons only; {@code reasons}: the Findings through Checks, reason text included. */
    @Param({"status", "reasons"})
    public String oracle;

    private PlainJavaOracle evaluator;
    private Facts large;
    private List<Facts> random;

    @Setup(Level.Trial)
    public void setUp() {
        Assessor assessor = Assessor.standard();
        large = BenchFacts.sample("large");
        random = BenchFacts.random(assessor.catalog(), assessor.vocabulary(), AssessBenchmark.RANDOM_SETS, 8L);
        evaluator = PlainJavaOracle.fromDrl(PlainJavaOracle.drlDir(), assessor.catalog(),
                Checks.of(assessor.catalog(), Map.of()), oracle.equals("reasons"));
        PlainJavaOracle.agrees(evaluator, assessor, AssessBenchmark.inputs(large, random));
    }

    @Benchmark
    public void large(Blackhole bh) {
        bh.consume(evaluator.evaluate(large));
    }

    @Benchmark
    public void random(AssessBenchmark.Cursor c, Blackhole bh) {
        bh.consume(evaluator.evaluate(c.next(random)));
    }
}
