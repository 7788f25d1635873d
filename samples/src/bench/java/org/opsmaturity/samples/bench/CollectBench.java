package org.opsmaturity.samples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.collect.CollectConfig;
import org.opsmaturity.collect.Collection;
import org.opsmaturity.collect.Collector;
import org.opsmaturity.collect.RealPrometheus;

/**
 * Collection time (docs/performance.md, "Collecting evidence"): N CDEvents (default 100,000) from a JSON lines
 * file, 10 queries (5 instant over 100 series, 5 range over 100 series x 61 steps) against a real Prometheus
 * server started for the run on a TSDB built by promtool, and both together, in one JVM: the first (cold)
 * round and the median of the following rounds. The server's start-up and the generation of the files are
 * outside the timing.
 *
 * <pre>samples/bench/bench.sh main org.opsmaturity.samples.bench.CollectBench [events] [rounds]</pre>
 */
public final class CollectBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final Instant AT = Instant.parse("2026-11-30T00:00:00Z");

    private CollectBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path dir = Files.createTempDirectory("collect-bench");
        writeEvents(dir.resolve("events.jsonl"), events);
        long t0 = System.nanoTime();
        try (RealPrometheus prometheus = new RealPrometheus(Files.createDirectory(dir.resolve("prom")), openMetrics())) {
            System.out.printf("prometheus: TSDB built and server ready in %.1f s (not timed below)%n",
                    (System.nanoTime() - t0) / 1e9);
            String events1 = "  - kind: cdevents\n    files: [events.jsonl]\n    incidentWindow: 2h\n";
            StringBuilder q = new StringBuilder("  - kind: prometheus\n    url: " + prometheus.url + "\n    at: " + AT
                    + "\n    queries:\n");
            String[] names = {"monitoring.processing.latency", "monitoring.pipeline.end-to-end-latency", "ha.db.rpo",
                "continuity.rpo.same-city", "continuity.rpo.offsite"};
            for (int i = 0; i < 10; i++) {
                q.append("      - {observation: ").append(names[i % 5]).append(", promql: 'bench_metric_").append(i)
                        .append("', unit: s, aggregate: max").append(i < 5 ? "" : ", range: {last: 1h, step: 1m}")
                        .append("}\n");
            }
            CollectConfig both = config(dir, "sources:\n" + events1 + q);
            CollectConfig onlyEvents = config(dir, "sources:\n" + events1);
            CollectConfig onlyQueries = config(dir, "sources:\n" + q);
            for (var c : List.of(List.of("events", onlyEvents), List.of("queries", onlyQueries),
                    List.of("both", both))) {
                List<Double> seconds = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                Collection last = null;
                for (int r = 0; r < rounds; r++) {
                    long s = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    last = Collector.collect((CollectConfig) c.get(1));
                    cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
                    seconds.add((System.nanoTime() - s) / 1e9);
                }
                System.out.printf("%-8s first %.2f s (CPU %.2f s), median of the next %d: %.2f s (CPU %.2f s); "
                        + "%d observations, %d skipped; load average %.1f%n", c.get(0), seconds.get(0), cpu.get(0),
                        rounds - 1, median(seconds), median(cpu), last.facts().observations().size(),
                        last.skipped().size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    /** The median of all but the first value. */
    private static double median(List<Double> values) {
        List<Double> warm = new ArrayList<>(values.subList(1, values.size()));
        warm.sort(null);
        return warm.get(warm.size() / 2);
    }

    private static CollectConfig config(Path dir, String yaml) {
        return CollectConfig.parse(yaml, "bench.yaml", dir);
    }

    /** 50 services; a rollback every 20th event, a failed run every 50th, an incident pair every 100th. */
    static void writeEvents(Path file, int n) throws IOException {
        long base = AT.getEpochSecond() - 300L * 86400;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String service = "svc-" + (i % 50);
                String time = Instant.ofEpochSecond(base + i * 60L).toString();
                String type;
                String subject;
                String content;
                if (i % 100 == 99) {
                    type = i % 200 == 199 ? "incident.resolved" : "incident.detected";
                    subject = "INC-" + (i / 200);
                    content = "{\"environment\":{\"id\":\"production\"},\"service\":{\"id\":\"" + service + "\"}}";
                } else if (i % 50 == 49) {
                    type = "pipelinerun.finished";
                    subject = "run-" + i;
                    content = "{\"pipelineName\":\"deploy\",\"outcome\":\"failure\"}";
                } else {
                    type = i % 20 == 19 ? "service.rolledback" : "service.deployed";
                    subject = service;
                    content = "{\"environment\":{\"id\":\"production\"},\"artifactId\":\"pkg:oci/" + service + "@v" + i
                            + "\"}";
                }
                w.write("{\"context\":{\"version\":\"0.4.1\",\"id\":\"e" + i + "\",\"source\":\"/bench\",\"type\":"
                        + "\"dev.cdevents." + type + ".0.2.0\",\"timestamp\":\"" + time + "\"},\"subject\":{\"id\":\""
                        + subject + "\",\"type\":\"x\",\"content\":" + content + "}}\n");
            }
        }
    }

    /** 10 metrics of 100 series each, one sample a minute for the hour before AT. */
    static String openMetrics() {
        long e = AT.getEpochSecond();
        StringBuilder s = new StringBuilder();
        for (int m = 0; m < 10; m++) {
            s.append("# TYPE bench_metric_").append(m).append(" gauge\n");
            for (int series = 0; series < 100; series++) {
                for (int t = 0; t <= 60; t++) {
                    s.append("bench_metric_").append(m).append("{instance=\"i").append(series).append("\"} ")
                            .append((series * 7 + t) % 97).append(' ').append(e - 3600 + 60L * t).append('\n');
                }
            }
        }
        return s.append("# EOF\n").toString();
    }
}
