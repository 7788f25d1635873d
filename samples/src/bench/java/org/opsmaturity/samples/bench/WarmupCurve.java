package org.opsmaturity.samples.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Facts;
import org.opsmaturity.rules.Checks;

/**
 * Assessments of the distinct random fact sets in a loop for a number of seconds, printing the mean time
 * per assessment of each second (wall and this thread's CPU time, which a busy machine inflates less): how long a JVM takes to get warm, and a steady loop to attach a profiler
 * to (JFR: {@code -XX:StartFlightRecording=duration=60s,filename=x.jfr,settings=profile}).
 *
 * <pre>java -cp ... WarmupCurve [seconds] [engine|oracle-status|oracle-reasons] [random|attested]</pre>
 * where engine is {@code assessor} (default) or a prototype as in {@link AssessBenchmark#prototype}, over the
 * random fact sets (default) or the attestation-heavy ones of {@link AttestedBenchmark}.
 */
public final class WarmupCurve {
    private WarmupCurve() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String name = args.length > 1 ? args[1] : "assessor";
        Assessor assessor = Assessor.standard();
        List<Facts> random = args.length > 2 && args[2].equals("attested")
                ? BenchFacts.attestationHeavy(assessor.catalog(), assessor.vocabulary(), AttestedBenchmark.SETS, 13L)
                : BenchFacts.random(assessor.catalog(), assessor.vocabulary(), AssessBenchmark.RANDOM_SETS, 8L);
        java.util.function.Function<Facts, Object> f;
        if (name.startsWith("oracle-")) {
            PlainJavaOracle oracle = PlainJavaOracle.fromDrl(PlainJavaOracle.drlDir(), assessor.catalog(),
                    Checks.of(assessor.catalog(), Map.of()), name.equals("oracle-reasons"));
            f = oracle::evaluate;
        } else if (name.equals("assessor")) {
            f = assessor::evaluate;
        } else {
            BenchEngine.Engine e = AssessBenchmark.prototype(name);
            f = e::evaluate;
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int i = 0;
        long total = 0;
        int sink = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int s = 1; System.nanoTime() < end; s++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long stop = t0 + 1_000_000_000L;
            int n = 0;
            while (System.nanoTime() < stop) {
                sink += System.identityHashCode(f.apply(random.get(i))) & 1;
                i = (i + 1) % random.size();
                n++;
            }
            total += n;
            System.out.printf(Locale.ROOT, "second %d: %d assessments, %.1f us each, %.1f us CPU (%d in all)%n", s, n,
                    (System.nanoTime() - t0) / 1e3 / n, (threads.getCurrentThreadCpuTime() - c0) / 1e3 / n, total);
        }
        System.out.println("sink " + sink);
    }
}
