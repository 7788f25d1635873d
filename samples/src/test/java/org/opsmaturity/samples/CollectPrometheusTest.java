package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.collect.RealPrometheus;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;

/**
 * The two-step flow of the README on the shipped collect.yaml: collect from a real Prometheus server and
 * the example events and costs, then assess, and find the evidence links in the HTML report.
 */
@Tag("prometheus")
class CollectPrometheusTest {
    static final Instant AT = Instant.parse("2026-11-30T00:00:00Z");

    @TempDir
    Path dir;

    /** Known data for the example's queries: availability 99.96 % at worst, a 10 min old backup, p95 up to 44 s. */
    static String openMetrics() {
        long e = AT.getEpochSecond();
        StringBuilder s = new StringBuilder("# TYPE slo:sli_error:ratio_rate30d gauge\n");
        s.append("slo:sli_error:ratio_rate30d{service=\"payments\"} 0.0004 ").append(e - 60).append('\n');
        s.append("slo:sli_error:ratio_rate30d{service=\"search\"} 0.0002 ").append(e - 60).append('\n');
        s.append("# TYPE velero_backup_last_successful_timestamp gauge\n");
        s.append("velero_backup_last_successful_timestamp{schedule=\"db\"} ").append(e - 600).append(' ').append(e - 60)
                .append('\n');
        s.append("# TYPE pipeline:processing_seconds:p95 gauge\n");
        for (int i = 0; i <= 288; i++) {
            s.append("pipeline:processing_seconds:p95 ").append(30 + i % 15).append(' ').append(e - 86400 + 300L * i)
                    .append('\n');
        }
        s.append("# TYPE single_point_of_failure gauge\nsingle_point_of_failure{component=\"lb\"} 1 ").append(e - 60)
                .append("\n# EOF\n");
        return s.toString();
    }

    @Test
    void collectThenAssessGivesLevelsWithEvidenceLinksInTheReport() throws Exception {
        Path examples = new CollectCliTest().copyInto(dir);
        try (RealPrometheus prometheus = new RealPrometheus(Files.createDirectory(dir.resolve("prom")), openMetrics())) {
            Path config = examples.resolve("collect.yaml");
            Files.writeString(config, Files.readString(config).replace("url: http://localhost:9090",
                    "url: " + prometheus.url + "\n    at: " + AT));
            Path facts = dir.resolve("facts.json");
            CliTest.Run r = CliTest.run("collect", "--config", config.toString(), "-o", facts.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("collected 9 observations, 0 skipped"), r.err());
            Facts f = Json.readFacts(facts);
            Map<String, Observation> o = CollectCliTest.byName(f);
            assertEquals(99.96, o.get("continuity.availability").number(), 1e-9);
            assertEquals(600, o.get("ha.db.rpo").number(), 1e-9);
            assertEquals(44, o.get("monitoring.processing.latency").number(), 1e-9);
            assertEquals(1, o.get("ha.single-points").number(), 1e-9);

            Assessment a = Assessor.standard().evaluate(f);
            assertEquals(CriterionStatus.MET, a.status("6.1.1.L3.2"), "availability 99.96 % is at least 99.95 %");
            assertTrue(a.item("6.1.1").level() >= 0);

            Path html = dir.resolve("report.html");
            r = CliTest.run("assess", facts.toString(), "--format", "html", "-o", html.toString(), "--today", "2026-11-30");
            assertEquals(0, r.code(), r.err());
            String report = Files.readString(html);
            assertTrue(report.contains(prometheus.url + "/api/v1/query?query&#61;"), "the query link is in the report");
            assertTrue(report.contains("events.jsonl") && report.contains("focus.csv"), "file links are in the report");
        }
    }
}
