package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Item;
import org.opsmaturity.rules.Checks;

/**
 * The implementations of {@link AttestedBenchmark} interleaved in one JVM, for a shared, loaded machine:
 * after a warm-up (round-robin slices of 1 s), each of {@code --rounds} rounds (default 7) runs every
 * implementation in turn for {@code --seconds} (default 1) on this thread, measuring wall time, this
 * thread's CPU time (which time spent waiting for a core does not inflate) and the bytes it allocated
 * (exact, {@code ThreadMXBean}), then on {@code --threads} threads (default 2) for the same time, counting
 * assessments. Prints the medians over the rounds and the ratios between the implementations. The
 * workload is the attestation-heavy one by default; {@code --workload random} takes the 1,024 random fact
 * sets of {@link AssessBenchmark}, {@code --workload large} the bundled large sample (observation-heavy).
 *
 * <pre>java -cp ... AttestedMain [--rounds 7] [--seconds 1] [--warmup 60] [--threads 2]
 *     [--impls plain,easyrules,levels,json] [--workload attested|random|large]</pre>
 */
public final class AttestedMain {
    private AttestedMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = 7;
        int seconds = 1;
        int warmup = 60;
        int threads = 2;
        List<String> impls = List.of("plain", "easyrules", "levels", "json");
        String workload = "attested";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--impls" -> impls = List.of(args[++i].split(","));
                case "--workload" -> workload = args[++i];
                default -> throw new IllegalArgumentException("option '" + args[i] + "' is not known; expected"
                        + " --rounds, --seconds, --warmup, --threads, --impls or --workload");
            }
        }
        Assessor assessor = Assessor.standard();
        List<Facts> facts = switch (workload) {
            case "attested" -> BenchFacts.attestationHeavy(assessor.catalog(), assessor.vocabulary(),
                    AttestedBenchmark.SETS, 13L);
            case "random" -> BenchFacts.random(assessor.catalog(), assessor.vocabulary(), AssessBenchmark.RANDOM_SETS, 8L);
            case "large" -> List.of(BenchFacts.sample("large"));
            default -> throw new IllegalArgumentException("workload '" + workload + "': expected attested, random or large");
        };
        PlainJavaOracle plain = PlainJavaOracle.fromDrl(PlainJavaOracle.drlDir(), assessor.catalog(),
                Checks.of(assessor.catalog(), Map.of()), false);
        EasyRulesPeer easyRules = new EasyRulesPeer(assessor.catalog(), plain.ruleTests());
        AttestedBenchmark.agree(assessor, plain, easyRules, facts);
        String[] itemIds = assessor.catalog().items().stream().map(Item::id).toArray(String[]::new);
        Map<String, Function<Facts, Object>> all = new LinkedHashMap<>();
        all.put("plain", plain::evaluate);
        all.put("easyrules", easyRules::evaluate);
        all.put("levels", f -> {
            Assessment a = assessor.evaluate(f);
            int sum = a.level("overall") + a.potential("overall");
            for (String id : itemIds) {
                sum += a.level(id) + a.potential(id);
            }
            return sum;
        });
        all.put("json", f -> Json.write(assessor.evaluate(f)));
        System.out.printf(Locale.ROOT, "%d fact sets, %.0f attestations and %.0f observations each on average%n",
                facts.size(), facts.stream().mapToInt(f -> f.attestations().size()).average().orElse(0),
                facts.stream().mapToInt(f -> f.observations().size()).average().orElse(0));

        for (int s = 0; s < warmup; s++) {
            String impl = impls.get(s % impls.size());
            run(all.get(impl), facts, 1);
        }
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        impls.forEach(i -> runs.put(i, new ArrayList<>()));
        for (int r = 1; r <= rounds; r++) {
            for (String impl : impls) {
                double[] one = run(all.get(impl), facts, seconds);
                double many = parallel(all.get(impl), facts, seconds, threads);
                runs.get(impl).add(new double[] {one[0], one[1], one[2], one[3], many});
                System.out.printf(Locale.ROOT, "round %d %-9s %8.1f us wall %8.1f us CPU %8.1f KB %9.0f/s, %9.0f/s on %d"
                        + " threads, load %s%n", r, impl, one[0], one[1], one[2], one[3], many, threads, load());
            }
        }
        System.out.println();
        System.out.println("## " + workload + ": medians of " + rounds + " interleaved rounds of " + seconds + " s, "
                + "load " + load() + " at the end");
        System.out.println();
        System.out.println("| implementation | wall us/op | CPU us/op | KB/op | 1 thread /s | " + threads
                + " threads /s | x 1 thread | x plain (CPU) | easyrules / it (CPU) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        double plainCpu = runs.containsKey("plain") ? median(runs.get("plain"), 1) : Double.NaN;
        double easyCpu = runs.containsKey("easyrules") ? median(runs.get("easyrules"), 1) : Double.NaN;
        for (String impl : impls) {
            List<double[]> v = runs.get(impl);
            double cpu = median(v, 1);
            System.out.println("| " + impl + " | " + f(median(v, 0)) + " | " + f(cpu) + " | " + f(median(v, 2)) + " | "
                    + f(median(v, 3)) + " | " + f(median(v, 4)) + " | " + f(median(v, 4) / median(v, 3)) + " | "
                    + f(cpu / plainCpu) + " | " + f(easyCpu / cpu) + " |");
        }
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** On this thread for {@code seconds}: wall us/op, CPU us/op, KB allocated/op, ops/s. */
    private static double[] run(Function<Facts, Object> impl, List<Facts> facts, int seconds) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long sink = 0;
        int i = 0;
        long n = 0;
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long a0 = mx.getThreadAllocatedBytes(id);
        long stop = t0 + seconds * 1_000_000_000L;
        long t;
        do {
            sink += System.identityHashCode(impl.apply(facts.get(i))) & 1;
            i = (i + 1) % facts.size();
            n++;
            t = System.nanoTime();
        } while (t < stop);
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        long alloc = mx.getThreadAllocatedBytes(id) - a0;
        if (sink < 0) {
            System.out.println(sink);
        }
        return new double[] {(t - t0) / 1e3 / n, cpu / 1e3 / n, alloc / 1024.0 / n, n / ((t - t0) / 1e9)};
    }

    /** Assessments per second of {@code threads} threads together, each on its own cursor, for {@code seconds}. */
    private static double parallel(Function<Facts, Object> impl, List<Facts> facts, int seconds, int threads)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        long[] window = new long[2];
        for (int k = 0; k < threads; k++) {
            int offset = k * facts.size() / threads;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long stop = window[0] + seconds * 1_000_000_000L;
                int i = offset;
                long n = 0;
                long sink = 0;
                while (System.nanoTime() < stop) {
                    sink += System.identityHashCode(impl.apply(facts.get(i))) & 1;
                    i = (i + 1) % facts.size();
                    n++;
                }
                done.addAndGet(n + (sink < 0 ? 1 : 0));
            });
            ts.add(th);
            th.start();
        }
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        window[1] = System.nanoTime();
        return done.get() / ((window[1] - window[0]) / 1e9);
    }

    private static double median(List<double[]> values, int column) {
        double[] v = values.stream().mapToDouble(a -> a[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
