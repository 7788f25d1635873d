package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.api.internal.FreshnessPass;
import org.opsmaturity.api.internal.LevelDeriver;
import org.opsmaturity.api.internal.Settings;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.internal.CompiledCatalog;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.RuleRunner;
import org.opsmaturity.rules.StandardRules;

/**
 * The phases of one {@code Assessor.evaluate}, timed one by one on the same fact sets: the fact check (with
 * the freshness pass), the rules step ({@link RuleRunner}) and the level derivation, each as CPU time and
 * exact allocation of the measuring thread, with the whole call beside them. Medians over rounds, after
 * five rounds of warm-up.
 *
 * <pre>samples/bench/bench.sh phases [attested|large] [ROUNDS]   # default attested 15</pre>
 */
public final class PhaseTimes {
    private PhaseTimes() {
    }

    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "attested";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Assessor assessor = Assessor.standard();
        List<Facts> sets = switch (workload) {
            case "attested" -> BenchFacts.attestationHeavy(assessor.catalog(), assessor.vocabulary(),
                    AttestedBenchmark.SETS, 13L);
            case "large" -> List.of(BenchFacts.sample("large"));
            default -> throw new IllegalArgumentException("workload '" + workload + "': expected attested or large");
        };
        Settings settings = BenchEngine.settings(assessor.catalog(), assessor.vocabulary());
        CompiledCatalog compiled = CompiledCatalog.of(assessor.catalog());
        RuleRunner runner = new RuleRunner(StandardRules.kieBase(),
                Checks.of(assessor.catalog(), java.util.Map.of()));
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int per = Math.max(1, 2000 / sets.size());
        String[] names = {"fact check", "rules", "derive", "evaluate (whole)"};
        double[][] cpu = new double[names.length][rounds];
        double[][] bytes = new double[names.length][rounds];
        long sink = 0;
        int warmup = 5; // rounds not recorded: the JIT compiles the paths first
        for (int r = -warmup; r < rounds; r++) {
            long[] t = new long[names.length];
            long[] a = new long[names.length];
            int n = 0;
            for (int p = 0; p < per; p++) {
                for (Facts f : sets) {
                    long a0 = mx.getThreadAllocatedBytes(tid);
                    long t0 = mx.getCurrentThreadCpuTime();
                    FreshnessPass fresh = new FreshnessPass(settings.freshness(), LocalDate.now(settings.clock()));
                    FactChecker.Checked c = fresh.observations(FactChecker.check(f, compiled, settings.vocabulary(),
                            true, fresh.today()));
                    long a1 = mx.getThreadAllocatedBytes(tid);
                    long t1 = mx.getCurrentThreadCpuTime();
                    List<Finding> found = runner.run(c.observations()); // as Assessor.evaluate calls it
                    long a2 = mx.getThreadAllocatedBytes(tid);
                    long t2 = mx.getCurrentThreadCpuTime();
                    sink += LevelDeriver.derive(f.subject(), settings, compiled, c, found, fresh).potential("overall");
                    long a3 = mx.getThreadAllocatedBytes(tid);
                    long t3 = mx.getCurrentThreadCpuTime();
                    sink += assessor.evaluate(f).potential("overall");
                    long a4 = mx.getThreadAllocatedBytes(tid);
                    long t4 = mx.getCurrentThreadCpuTime();
                    t[0] += t1 - t0;
                    t[1] += t2 - t1;
                    t[2] += t3 - t2;
                    t[3] += t4 - t3;
                    a[0] += a1 - a0;
                    a[1] += a2 - a1;
                    a[2] += a3 - a2;
                    a[3] += a4 - a3;
                    n++;
                }
            }
            for (int k = 0; k < names.length && r >= 0; k++) {
                cpu[k][r] = t[k] / 1e3 / n;
                bytes[k][r] = a[k] / 1024.0 / n;
            }
        }
        System.out.printf("# phases of evaluate, workload %s: %d sets, medians of %d rounds of %d evaluations after 5 rounds of warm-up;"
                + " CPU time and allocation of the measuring thread (sink %d)%n", workload, sets.size(), rounds,
                per * sets.size(), sink);
        System.out.println("| phase | CPU us | KB allocated |");
        System.out.println("|---|---:|---:|");
        for (int k = 0; k < names.length; k++) {
            System.out.printf("| %s | %.1f | %.1f |%n", names[k], median(cpu[k]), median(bytes[k]));
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
