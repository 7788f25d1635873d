package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.Observation;

/** The CDEvents source on generated event files with known answers. */
class CdEventsSourceTest {
    @TempDir
    Path dir;

    private Collection collect(String events, String extra) throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), events);
        return Collector.collect(CollectConfig.parse("sources:\n  - kind: cdevents\n    files: [events.jsonl]\n"
                + "    pipelineServices: {deploy-search: search}\n" + extra, "collect.yaml", dir));
    }

    @Test
    void knownEventsGiveKnownRatesAndIncidents() throws IOException {
        Collection c = collect(Events.known().jsonLines(), "");
        Map<String, Observation> o = Found.byName(c.facts());
        assertEquals(81.25, o.get("change.deployment.success-rate").number(), 1e-9);
        assertEquals(80, o.get("change.deployment.lowest-success-rate").number(), 1e-9);
        assertEquals(1, o.get("change.release.major-incidents").number(), 1e-9);
        Observation rate = o.get("change.deployment.success-rate");
        assertEquals(LocalDate.parse("2026-06-05"), rate.evidence().observedAt().orElseThrow());
        assertEquals("events.jsonl", rate.evidence().link());
        assertTrue(rate.evidence().text().contains("13 of 16 deployments succeeded"), rate.evidence().text());
        assertTrue(o.get("change.deployment.lowest-success-rate").evidence().text().contains("search"));
        Observation inc = o.get("change.release.major-incidents");
        assertTrue(inc.evidence().text().contains("ev-"), inc.evidence().text());
        assertTrue(inc.evidence().link().startsWith("events.jsonl:"), inc.evidence().link());
        assertEquals(List.of(), c.skipped());
        String notes = String.join("\n", c.notes());
        assertTrue(notes.contains("out of order"), notes);
        assertTrue(notes.contains("1 rollbacks in 14 deployments"), notes);
        assertTrue(notes.contains("median 45 min"), notes);
        assertTrue(notes.contains("1 failed pipeline runs name no service"), notes);
    }

    @Test
    void aJsonArrayAndStandardInputGiveTheSameFacts() throws IOException {
        Collection lines = collect(Events.known().jsonLines(), "");
        Collection array = collect(Events.known().jsonArray(), "");
        assertEquals(values(lines), values(array));
        Collection stdin = Collector.standard()
                .withStdin(() -> new ByteArrayInputStream(Events.known().jsonLines().getBytes(StandardCharsets.UTF_8)))
                .run(CollectConfig.parse("sources:\n  - kind: cdevents\n    stdin: true\n"
                        + "    pipelineServices: {deploy-search: search}\n", "collect.yaml", dir));
        assertEquals(values(lines), values(stdin));
    }

    private static List<String> values(Collection c) {
        return c.facts().observations().stream().map(Observation::display).toList();
    }

    @Test
    void theMajorFieldFiltersIncidents() throws IOException {
        Collection c = collect(Events.known().jsonLines(), "    major: {field: customData.severity, values: [sev1]}\n");
        assertEquals(0, Found.byName(c.facts()).get("change.release.major-incidents").number());
    }

    @Test
    void badEventsAreReportedSkipsWithFileAndLine() throws IOException {
        Events e = Events.known();
        e.raw("{not json");
        e.raw(Events.event("ev-1", "service.deployed", 10, "payments", "service",
                "{\"environment\":{\"id\":\"production\"},\"artifactId\":\"x\"}", ""));
        e.raw(Events.event("ev-900", "build.finished", 10, "b", "build", "{}", ""));
        e.raw(Events.event("ev-901", "service.deployed", 10, "payments", "service", "{\"artifactId\":\"x\"}", ""));
        e.raw(Events.event("ev-902", "service.deployed", 10, "payments", "service",
                "{\"environment\":{\"id\":\"production\"},\"artifactId\":\"x\"}", "").replace("0.4.1", "0.3.0"));
        e.raw(Events.event("ev-903", "service.deployed", 10, "payments", "service",
                "{\"environment\":{\"id\":\"production\"},\"artifactId\":\"x\"}", "").replace(Events.at(10), "yesterday"));
        Collection c = collect(e.jsonLines(), "");
        int n = Events.known().lines().size();
        List<String> skips = c.skipped().stream().map(Skip::display).toList();
        assertEquals(6, skips.size(), skips.toString());
        assertTrue(skips.get(0).contains("events.jsonl:" + (n + 1)) && skips.get(0).contains("not JSON"), skips.get(0));
        assertTrue(skips.get(1).contains("duplicate event id 'ev-1'") && skips.get(1).contains("events.jsonl:1"),
                skips.get(1));
        assertTrue(skips.get(2).contains("build.finished"), skips.get(2));
        assertTrue(skips.get(3).contains("subject.content.environment: missing"), skips.get(3));
        assertTrue(skips.get(4).contains("0.3.0") && skips.get(4).contains("0.4.1"), skips.get(4));
        assertTrue(skips.get(5).contains("context.timestamp: 'yesterday'"), skips.get(5));
        // the skipped events changed nothing: the same figures as the clean file
        assertEquals(values(collect(Events.known().jsonLines(), "")), values(c));
    }

    @Test
    void noIncidentEventsMeansNoIncidentObservation() throws IOException {
        Events e = new Events().deployed("a", 0).deployed("a", 10);
        Collection c = collect(e.jsonLines(), "");
        assertEquals(100, Found.byName(c.facts()).get("change.deployment.success-rate").number());
        assertFalse(Found.byName(c.facts()).containsKey("change.release.major-incidents"));
        assertTrue(String.join("\n", c.notes()).contains("no incident events"));
    }

    @Test
    void eventsOutsideThePeriodAreLeftOutAndSaid() throws IOException {
        Events e = new Events().deployed("a", 0).rolledBack("a", 5).deployed("a", 400 * 1440L);
        Collection c = collect(e.jsonLines(), "    period: 30d\n");
        assertEquals(100, Found.byName(c.facts()).get("change.deployment.success-rate").number());
        assertTrue(String.join("\n", c.notes()).contains("2 before it"), c.notes().toString());
    }

    @Test
    void aServiceWhoseDeploymentsAllFailedIsTheLowest() throws IOException {
        Events e = new Events().deployed("a", 0).pipelineFinished("deploy-search", "failure", 10);
        Observation lowest = Found.byName(collect(e.jsonLines(), "").facts()).get("change.deployment.lowest-success-rate");
        assertEquals(0, lowest.number());
        assertTrue(lowest.evidence().text().contains("search, 0 of 1"), lowest.evidence().text());
        assertEquals("events.jsonl:2", lowest.evidence().link());
    }

    @Test
    void aMissingFileIsAnError() {
        CollectException x = assertThrows(CollectException.class, () -> Collector.collect(CollectConfig.parse(
                "sources:\n  - kind: cdevents\n    files: [nope.jsonl]\n", "collect.yaml", dir)));
        assertTrue(x.getMessage().contains("'nope.jsonl' does not exist"), x.getMessage());
    }
}
