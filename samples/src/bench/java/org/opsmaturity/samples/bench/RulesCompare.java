package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.model.Facts;
import org.opsmaturity.rules.Checks;

/**
 * The rules step of several rule bases and session strategies in one JVM, interleaved: after a common
 * warm-up, rounds of one second per variant in turn, each timed by this thread's CPU time, so that load
 * from elsewhere on the machine falls on all variants alike (JMH runs them one after the other). Prints
 * the median and the lowest CPU time per call over the rounds. The inputs are the fact-checked
 * observations of the large sample and of 256 random fact sets, cycled.
 *
 * <pre>java -cp ... RulesCompare [rounds] [variant,...]</pre>
 * with variants as {@link PartsBenchmark#rules} (default: engine, model+pooledObjects, model+stateless,
 * sequential+stateless, exec-asis, exec-collect, exec-empty).
 */
public final class RulesCompare {
    private RulesCompare() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> names = args.length > 1 ? List.of(args[1].split(","))
                : List.of("engine", "model+pooledObjects", "model+stateless", "sequential+stateless", "exec-asis",
                        "exec-collect", "exec-empty");
        Assessor assessor = Assessor.standard();
        Checks checks = Checks.of(assessor.catalog(), Map.of());
        List<Facts> facts = new ArrayList<>(BenchFacts.random(assessor.catalog(), assessor.vocabulary(), 256, 11L));
        facts.add(0, BenchFacts.sample("large"));
        List<List<org.opsmaturity.model.Observation>> inputs = facts.stream()
                .map(f -> List.copyOf(FactChecker.check(f, assessor.catalog(), assessor.vocabulary(), true)
                        .observations().values()))
                .toList();
        List<BenchEngine.Runner> runners = names.stream().map(n -> PartsBenchmark.runner(n, checks)).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] perRound = new double[names.size()][rounds];
        int sink = 0;
        for (int r = -5; r < rounds; r++) {
            for (int v = 0; v < runners.size(); v++) {
                long stop = System.nanoTime() + (r < 0 ? 3_000_000_000L : 1_000_000_000L);
                long c0 = threads.getCurrentThreadCpuTime();
                int n = 0;
                while (System.nanoTime() < stop) {
                    sink += runners.get(v).run(inputs.get(n % inputs.size())).size();
                    n++;
                }
                if (r >= 0) {
                    perRound[v][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / n;
                }
            }
        }
        System.out.printf(Locale.ROOT, "rules step, CPU us per call over %d interleaved rounds of 1 s (after 5 x 3 s"
                + " warm-up each); load average now %.2f%n", rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| variant | median | min |");
        System.out.println("|---|---:|---:|");
        for (int v = 0; v < names.size(); v++) {
            double[] d = perRound[v].clone();
            Arrays.sort(d);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f |%n", names.get(v), d[d.length / 2], d[0]);
        }
        System.out.println("(sink " + (sink & 1) + ")");
    }
}
