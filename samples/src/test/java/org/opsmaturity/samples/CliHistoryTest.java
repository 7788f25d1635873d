package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assess --record / --history, and history, history trend, history changes. */
class CliHistoryTest {
    static final String HARBOR = "Harbor Logistics (mid-size, 400 engineers)";
    static final String PROFILE = "src/main/resources/extensions/acme-profile.json";

    @TempDir
    Path dir;

    private String recorded() {
        String store = dir.resolve("history.db").toString();
        CliTest.Run first = CliTest.run("assess", "--sample", "midsize", "--today", "2026-12-01", "--record", store);
        assertEquals(0, first.code(), first.err());
        assertEquals(0, CliTest.run("assess", "--sample", "large", "--today", "2026-12-01", "--record", store).code());
        CliTest.Run third = CliTest.run("assess", "--sample", "midsize", "--today", "2027-03-01", "--profile", PROFILE, "--allow-rules",
                "--record", store);
        assertEquals(0, third.code(), third.err());
        assertTrue(third.err().contains("recorded run 3 of " + HARBOR), third.err());
        return store;
    }

    @Test
    void recordsListsAndShowsATrendAsATableAndAsJson() throws Exception {
        String store = recorded();
        CliTest.Run list = CliTest.run("history", "--store", store);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(HARBOR) && l.contains(" 2  2026-12-01 ")), list.out());
        CliTest.Run runs = CliTest.run("history", "--store", store, "--subject", HARBOR);
        assertEquals(3, runs.out().lines().count(), runs.out());

        CliTest.Run table = CliTest.run("history", "trend", "--store", store, "--subject", HARBOR, "--target", "6.1.1");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("* profile "), table.out());
        CliTest.Run json = CliTest.run("history", "trend", "--store", store, "--subject", HARBOR, "--target", "6", "-f", "json");
        JsonNode t = new ObjectMapper().readTree(json.out());
        assertEquals("6", t.get("target").asText());
        assertEquals(2, t.get("points").size());
        assertFalse(t.get("comparable").asBoolean());
        assertTrue(t.get("points").get(1).get("rulesChange").asText().startsWith("profile "));
        assertEquals("2026-12-01T00:00:00Z", t.get("points").get(0).get("run").get("assessedAt").asText());
    }

    @Test
    void changesSinceADateSeparateRulesFromEvidence() throws Exception {
        String store = recorded();
        CliTest.Run text = CliTest.run("history", "changes", "--store", store, "--since", "2027-02-01");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith(HARBOR + ": run 1 (2026-12-01) -> run 3 (2027-03-01), the rules changed, the facts did not"),
                text.out());
        assertTrue(text.out().contains("RULES    5.2.2.L5.1   NOT_MET -> NOT_APPLICABLE"), text.out());
        JsonNode j = new ObjectMapper().readTree(CliTest.run("history", "changes", "--store", store, "--since", "2027-02-01",
                "--format", "json").out());
        assertEquals("RULES", j.get("changes").get(0).get("cause").asText());
        assertEquals("no changes since 2027-04-01", CliTest.run("history", "changes", "--store", store, "--since",
                "2027-04-01").out().trim());
    }

    @Test
    void theHtmlReportGetsATrendChartPerDomain() {
        String store = recorded();
        Path html = dir.resolve("report.html");
        CliTest.Run r = CliTest.run("assess", "--sample", "midsize", "--today", "2027-05-01", "--profile", PROFILE, "--allow-rules",
                "--record", store, "--format", "html", "--history", store, "-o", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String page = read(html);
        assertEquals(8, page.split("<svg class=\"trend\"").length - 1, "7 domains and the profile's own"); // acme.8
        assertTrue(page.contains("id=\"trend-6\""));
        assertEquals(7, page.split("class=\"rules-changed\"").length - 1, "the profile changed at run 3: one mark per standard domain");
        assertTrue(page.contains("2027-03-01: judged by other rules than the run before (profile "), page);
        assertFalse(CliTest.run("assess", "--sample", "midsize", "--format", "html").out().contains("class=\"trend\""));
        // a domain that no recorded run has gets no chart; a subject without runs is an error
        String plain = dir.resolve("plain.db").toString();
        assertEquals(0, CliTest.run("assess", "--sample", "midsize", "--record", plain).code());
        CliTest.Run profiled = CliTest.run("assess", "--sample", "midsize", "--profile", PROFILE, "--allow-rules", "--format", "html",
                "--history", plain);
        assertEquals(0, profiled.code(), profiled.err());
        assertEquals(7, profiled.out().split("<svg class=\"trend\"").length - 1);
        CliTest.Run other = CliTest.run("assess", "--sample", "large", "--format", "html", "--history", plain);
        assertEquals(2, other.code());
        assertTrue(other.err().contains("'Starlight Internet (large, 6000 engineers)' has no runs"), other.err());
    }

    @Test
    void badInputIsAClearErrorAndNoFileIsHarmed() throws Exception {
        String store = recorded();
        CliTest.Run missing = CliTest.run("history", "--store", dir.resolve("none.db").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.db' does not exist"), missing.err());
        assertFalse(Files.exists(dir.resolve("none.db")));
        CliTest.Run subject = CliTest.run("history", "trend", "--store", store, "--subject", "Harbor Logistic");
        assertEquals(2, subject.code());
        assertTrue(subject.err().contains("'Harbor Logistic' has no runs") && subject.err().contains("Maybe one of: " + HARBOR),
                subject.err());
        CliTest.Run target = CliTest.run("history", "trend", "--store", store, "--subject", HARBOR, "--target", "6.9");
        assertEquals(2, target.code());
        assertTrue(target.err().contains("target: '6.9' is not in the runs of"), target.err());
        CliTest.Run notHtml = CliTest.run("assess", "--sample", "midsize", "--history", store);
        assertEquals(2, notHtml.code());
        assertTrue(notHtml.err().contains("--history: adds trend charts to --format html; the format is table"), notHtml.err());
        CliTest.Run since = CliTest.run("history", "changes", "--store", store, "--since", "October");
        assertEquals(2, since.code());
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a history\n");
        byte[] before = Files.readAllBytes(notes);
        CliTest.Run foreign = CliTest.run("assess", "--sample", "midsize", "--record", notes.toString());
        assertEquals(2, foreign.code());
        assertTrue(foreign.err().contains("is not an SQLite database"), foreign.err());
        assertArrayEquals(before, Files.readAllBytes(notes));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
