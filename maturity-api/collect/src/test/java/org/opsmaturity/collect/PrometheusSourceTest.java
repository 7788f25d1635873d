package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Observation;

/** The Prometheus source against a real Prometheus server with a TSDB built from generated data. */
@Tag("prometheus")
class PrometheusSourceTest {
    static final Instant AT = Instant.parse("2026-11-30T00:00:00Z");
    static RealPrometheus prometheus;

    @TempDir
    static Path dir;

    /** Known data: two SLO error ratios, a backup timestamp, an hour of latencies, two SPOFs, NaN and +Inf. */
    static String openMetrics() {
        long e = AT.getEpochSecond();
        StringBuilder s = new StringBuilder();
        s.append("# TYPE slo:sli_error:ratio_rate30d gauge\n");
        s.append("slo:sli_error:ratio_rate30d{service=\"payments\"} 0.0003 ").append(e - 600).append('\n');
        s.append("slo:sli_error:ratio_rate30d{service=\"payments\"} 0.0003 ").append(e - 60).append('\n');
        s.append("slo:sli_error:ratio_rate30d{service=\"search\"} 0.001 ").append(e - 60).append('\n');
        s.append("# TYPE velero_backup_last_successful_timestamp gauge\n");
        s.append("velero_backup_last_successful_timestamp{schedule=\"db\"} ").append(e - 300).append(' ')
                .append(e - 60).append('\n');
        s.append("# TYPE processing_latency_seconds gauge\n");
        for (int i = 0; i <= 60; i++) {
            s.append("processing_latency_seconds{job=\"pipeline\"} ").append(40 + i % 11).append(' ')
                    .append(e - 3600 + 60L * i).append('\n');
        }
        s.append("# TYPE single_point_of_failure gauge\n");
        s.append("single_point_of_failure{component=\"db\"} 1 ").append(e - 60).append('\n');
        s.append("single_point_of_failure{component=\"lb\"} 1 ").append(e - 60).append('\n');
        s.append("# TYPE broken_ratio gauge\nbroken_ratio NaN ").append(e - 60).append('\n');
        s.append("# TYPE inf_latency_seconds gauge\ninf_latency_seconds +Inf ").append(e - 60).append('\n');
        s.append("# EOF\n");
        return s.toString();
    }

    @BeforeAll
    static void start() throws Exception {
        prometheus = new RealPrometheus(dir, openMetrics());
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    static String config(String queries) {
        return "subject: payments\nsources:\n  - kind: prometheus\n    name: test\n    url: " + prometheus.url
                + "\n    at: 2026-11-30T00:00:00Z\n    timeout: 20s\n    queries:\n" + queries;
    }

    static Collection collect(String queries) {
        return Collector.collect(CollectConfig.parse(config(queries), "collect.yaml", dir));
    }

    @Test
    void instantRangeVectorMatrixAndScalarGiveKnownValues() {
        Collection c = collect("""
                      - observation: continuity.availability
                        promql: 100 * (1 - slo:sli_error:ratio_rate30d)
                        unit: "%"
                        aggregate: min
                      - observation: ha.db.rpo
                        promql: time() - velero_backup_last_successful_timestamp{schedule="db"}
                        unit: s
                      - observation: monitoring.processing.latency
                        promql: processing_latency_seconds
                        unit: s
                        aggregate: max
                        range: {last: 1h, step: 1m}
                      - observation: monitoring.pipeline.end-to-end-latency
                        promql: scalar(max(processing_latency_seconds))
                        unit: s
                      - observation: ha.single-points
                        promql: single_point_of_failure == 1
                        unit: count
                        aggregate: count
                """);
        assertEquals(List.of(), c.skipped());
        Map<String, Observation> o = Found.byName(c.facts());
        assertEquals(5, o.size(), o.toString());
        assertEquals(99.9, o.get("continuity.availability").number(), 1e-9);
        assertEquals("%", o.get("continuity.availability").unit());
        assertEquals(300, o.get("ha.db.rpo").number(), 1e-9);
        assertEquals(50, o.get("monitoring.processing.latency").number(), 1e-9);
        assertEquals(45, o.get("monitoring.pipeline.end-to-end-latency").number(), 1e-9);
        assertEquals(2, o.get("ha.single-points").number(), 1e-9);
        Observation a = o.get("continuity.availability");
        assertEquals(LocalDate.of(2026, 11, 30), a.evidence().observedAt().orElseThrow());
        assertTrue(a.evidence().link().startsWith(prometheus.url + "/api/v1/query?query="), a.evidence().link());
        assertTrue(a.evidence().text().contains("min of 2 samples in 2 series"), a.evidence().text());
        assertTrue(o.get("monitoring.processing.latency").evidence().link().contains("/api/v1/query_range?"));
        assertTrue(o.get("monitoring.processing.latency").evidence().text().contains("61 samples"));
        assertEquals("payments", c.facts().subject());
        assertEquals(c.facts(), Json.readFacts(Json.write(c.facts())), "the facts survive the JSON round trip");
    }

    @Test
    void manySeriesNoSeriesNanAndInfAreReportedSkipsNotObservations() {
        Collection c = collect("""
                      - observation: continuity.availability
                        promql: 100 * (1 - slo:sli_error:ratio_rate30d)
                        unit: "%"
                      - observation: ha.db.rpo
                        promql: broken_ratio
                        unit: s
                      - observation: monitoring.processing.latency
                        promql: inf_latency_seconds
                        unit: s
                      - observation: continuity.rpo.offsite
                        promql: no_such_metric
                        unit: min
                """);
        assertEquals(List.of(), c.facts().observations());
        List<String> why = c.skipped().stream().map(Skip::display).toList();
        assertEquals(4, why.size(), why.toString());
        assertTrue(why.get(0).contains("2 series") && why.get(0).contains("aggregate"), why.get(0));
        assertTrue(why.get(1).contains("NaN") && why.get(1).contains("broken_ratio"), why.get(1));
        assertTrue(why.get(2).contains("+Inf"), why.get(2));
        assertTrue(why.get(3).contains("no series") && why.get(3).contains("no_such_metric"), why.get(3));
    }

    @Test
    void invalidPromqlIsAnErrorNamingTheQuery() {
        CollectException e = assertThrows(CollectException.class, () -> collect("""
                      - observation: ha.db.rpo
                        promql: time( -
                        unit: s
                """));
        assertTrue(e.getMessage().contains("HTTP 400") && e.getMessage().contains("time( -"), e.getMessage());
    }
}
