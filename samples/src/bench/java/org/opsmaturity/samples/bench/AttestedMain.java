package org.opsmaturity.samples.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AttestedBenchmark} with its implementations interleaved: in each of {@code --rounds} rounds
 * (default 3), every implementation in turn in a JVM of its own, first single-threaded (average time and
 * allocation, {@code -prof gc}), then on {@code --threads} threads (default 2, throughput). Prints the
 * medians over the rounds and the ratios to the peers. Options: {@code --impls plain,easyrules,levels,json},
 * {@code --warmup N} seconds (4 iterations, default 3 s), {@code --measure N} seconds (3 iterations, default 2 s).
 */
public final class AttestedMain {
    private AttestedMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = 3;
        int threads = 2;
        int warmup = 3;
        int measure = 2;
        List<String> impls = List.of("plain", "easyrules", "levels", "json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--measure" -> measure = Integer.parseInt(args[++i]);
                case "--impls" -> impls = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("option '" + args[i] + "' is not known; expected"
                        + " --rounds, --threads, --warmup, --measure or --impls");
            }
        }
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        impls.forEach(i -> runs.put(i, new ArrayList<>()));
        String bench = AttestedBenchmark.class.getName() + ".run";
        for (int r = 1; r <= rounds; r++) {
            for (String impl : impls) {
                RunResult one = only(new Runner(options(bench, impl, warmup, measure).mode(Mode.AverageTime)
                        .timeUnit(TimeUnit.MICROSECONDS).threads(1).addProfiler(GCProfiler.class).build()).run());
                RunResult many = only(new Runner(options(bench, impl, warmup, measure).mode(Mode.Throughput)
                        .timeUnit(TimeUnit.SECONDS).threads(threads).build()).run());
                Result<?> alloc = one.getSecondaryResults().get("gc.alloc.rate.norm");
                runs.get(impl).add(new double[] {one.getPrimaryResult().getScore(),
                        alloc == null ? Double.NaN : alloc.getScore() / 1024, many.getPrimaryResult().getScore()});
                System.out.printf(Locale.ROOT, "round %d %s: %.1f us, %.1f KB, %.0f/s on %d threads%n", r, impl,
                        runs.get(impl).get(r - 1)[0], runs.get(impl).get(r - 1)[1], runs.get(impl).get(r - 1)[2], threads);
            }
        }
        System.out.println();
        System.out.println("## attestation-heavy: medians of " + rounds + " interleaved rounds, load "
                + String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + " at the end");
        System.out.println();
        System.out.println("| implementation | us/op | 1 thread /s | " + threads + " threads /s | x 1 thread | KB/op"
                + " | x plain | easyrules / it |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        double plain = runs.containsKey("plain") ? median(runs.get("plain"), 0) : Double.NaN;
        double easy = runs.containsKey("easyrules") ? median(runs.get("easyrules"), 0) : Double.NaN;
        for (String impl : impls) {
            double us = median(runs.get(impl), 0);
            double kb = median(runs.get(impl), 1);
            double tp = median(runs.get(impl), 2);
            System.out.println("| " + impl + " | " + f(us) + " | " + f(1e6 / us) + " | " + f(tp) + " | "
                    + f(tp / (1e6 / us)) + " | " + f(kb) + " | " + f(us / plain) + " | " + f(easy / us) + " |");
        }
    }

    private static ChainedOptionsBuilder options(String bench, String impl, int warmup, int measure) {
        return new OptionsBuilder().include(bench).param("impl", impl).forks(1).shouldFailOnError(true)
                .warmupIterations(4).warmupTime(TimeValue.seconds(warmup)).measurementIterations(3)
                .measurementTime(TimeValue.seconds(measure));
    }

    private static RunResult only(java.util.Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one result, got " + results.size());
        }
        return results.iterator().next();
    }

    private static double median(List<double[]> values, int column) {
        double[] v = values.stream().mapToDouble(a -> a[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
