package org.opsmaturity.samples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks in one go and prints the figures docs/performance.md reports, with the ratios
 * to the plain-Java oracle measured in the same run:
 * <ol>
 * <li>single-threaded average time and allocation ({@code -prof gc}) of {@link AssessBenchmark} for each
 * engine, {@link OracleBenchmark} and {@link PartsBenchmark};</li>
 * <li>throughput on {@code --threads} threads (default 2) of the same assessments and the oracle.</li>
 * </ol>
 * Options: {@code --engines assessor,model+stateless,...} (default: assessor), {@code --quick} (4 x 3 s
 * warm-up and 3 x 2 s measurement instead of 6 x 5 s and 5 x 2 s: not fully warm), {@code --threads N}, {@code --json DIR} (JMH's JSON results).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> engines = List.of("assessor");
        boolean quick = false;
        int threads = 2;
        String json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--engines" -> engines = List.of(args[++i].split(","));
                case "--quick" -> quick = true;
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--json" -> json = args[++i];
                default -> throw new IllegalArgumentException("option '" + args[i] + "' is not known; expected"
                        + " --engines, --quick, --threads or --json");
            }
        }
        String bench = BenchMain.class.getPackageName() + ".";

        ChainedOptionsBuilder single = base(quick, json, "single")
                .include(bench + "AssessBenchmark\\.").include(bench + "OracleBenchmark\\.")
                .include(bench + "PartsBenchmark\\.")
                .param("engine", engines.toArray(String[]::new))
                .mode(Mode.AverageTime).threads(1).addProfiler(GCProfiler.class);
        Collection<RunResult> one = new Runner(single.build()).run();

        ChainedOptionsBuilder multi = base(quick, json, "threads")
                .include(bench + "AssessBenchmark\\.").include(bench + "OracleBenchmark\\.")
                .param("engine", engines.toArray(String[]::new))
                .mode(Mode.Throughput).timeUnit(java.util.concurrent.TimeUnit.SECONDS).threads(threads);
        Collection<RunResult> many = new Runner(multi.build()).run();

        System.out.println();
        System.out.println("## single thread: average time per assessment, allocation, ratio to the oracle");
        System.out.println();
        System.out.println("| benchmark | engine | us/op | +- | KB/op | x oracle (status) | x oracle (reasons) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        Map<String, Double> oracle = new LinkedHashMap<>();
        for (RunResult r : one) {
            if (name(r).startsWith("OracleBenchmark.")) {
                oracle.put(engine(r) + ":" + method(r), r.getPrimaryResult().getScore());
            }
        }
        for (RunResult r : sorted(one)) {
            Result<?> p = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            boolean assess = name(r).startsWith("AssessBenchmark.");
            System.out.println("| " + name(r) + " | " + engine(r) + " | " + f(p.getScore()) + " | "
                    + f(p.getScoreError()) + " | " + (alloc == null ? "" : f(alloc.getScore() / 1024)) + " | "
                    + (assess ? ratio(p.getScore(), oracle.get("status:" + method(r))) : "") + " | "
                    + (assess ? ratio(p.getScore(), oracle.get("reasons:" + method(r))) : "") + " |");
        }
        System.out.println();
        System.out.println("## " + threads + " threads: throughput");
        System.out.println();
        System.out.println("| benchmark | engine | assessments/s | +- |");
        System.out.println("|---|---|---:|---:|");
        for (RunResult r : sorted(many)) {
            Result<?> p = r.getPrimaryResult();
            System.out.println("| " + name(r) + " | " + engine(r) + " | " + f(p.getScore()) + " | "
                    + f(p.getScoreError()) + " |");
        }
    }

    private static ChainedOptionsBuilder base(boolean quick, String json, String label) {
        ChainedOptionsBuilder b = new OptionsBuilder().shouldFailOnError(true);
        if (quick) {
            b.warmupIterations(4).warmupTime(TimeValue.seconds(3)).measurementIterations(3)
                    .measurementTime(TimeValue.seconds(2));
        }
        if (json != null) {
            b.result(json + "/jmh-" + label + ".json").resultFormat(ResultFormatType.JSON);
        }
        return b;
    }

    private static List<RunResult> sorted(Collection<RunResult> results) {
        List<RunResult> l = new ArrayList<>(results);
        l.sort(java.util.Comparator.comparing(BenchMain::name).thenComparing(BenchMain::engine));
        return l;
    }

    private static String name(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(BenchMain.class.getPackageName().length() + 1);
    }

    private static String method(RunResult r) {
        String n = name(r);
        return n.substring(n.indexOf('.') + 1);
    }

    /** The engine, or the oracle's flavour. */
    private static String engine(RunResult r) {
        String e = r.getParams().getParam("engine");
        String o = r.getParams().getParam("oracle");
        return e != null ? e : o != null ? o : "";
    }

    private static String ratio(double score, Double base) {
        return base == null ? "" : f(score / base);
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
