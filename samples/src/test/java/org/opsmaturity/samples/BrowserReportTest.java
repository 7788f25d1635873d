package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.Assessment;

/**
 * Loads the HTML reports of the three samples, in both languages, in headless Chromium: the charts and
 * tables are there and drawn, the page logs no error and asks for nothing beyond its own file, and a
 * screenshot of each goes to target/screenshots/. Tagged {@code browser}: it runs in the samples
 * profile {@code browser} (on by itself when a Chromium is found; .ci/run names it), where it fails, never
 * skips, when Chromium cannot run.
 */
@Tag("browser")
class BrowserReportTest {
    static final Path SHOTS = Path.of("target/screenshots");
    static Chromium browser;

    @BeforeAll
    static void start(@TempDir Path profile) throws Exception {
        Files.createDirectories(SHOTS);
        browser = new Chromium(profile.resolve("profile"), SHOTS.resolve("chromium.log"), 1280, 1500);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static final String FACTS = "(() => { const q = s => document.querySelectorAll(s); const box = e => e ? "
            + "e.getBoundingClientRect() : {width: 0, height: 0}; return {"
            + "radar: q('svg#radar').length, radarWidth: box(document.querySelector('svg#radar')).width, "
            + "confirmed: (document.querySelector('svg#radar polygon.confirmed') || {}).getAttribute "
            + "? document.querySelector('svg#radar polygon.confirmed').getAttribute('points').split(' ').length : 0, "
            + "dots: q('svg#radar circle').length, heatmap: q('svg#heatmap').length, "
            + "heatmapHeight: box(document.querySelector('svg#heatmap')).height, cells: q('svg#heatmap rect.cell').length, "
            + "drawnCells: [...q('svg#heatmap rect.cell')].filter(r => r.getBoundingClientRect().width > 10).length, "
            + "domainRows: q('table#domains tbody tr').length, tables: q('table').length, "
            + "criteriaRows: q('#criteria tbody tr').length, overall: document.getElementById('overall-level').textContent, "
            + "sections: [...q('section[id]')].map(s => s.id), lang: document.documentElement.lang, "
            + "title: document.title, externals: q('[src], link[href], script, iframe, object, embed').length }; })()";

    @Test
    void everySampleReportRendersWithChartsTablesAndNoErrors() throws Exception {
        for (String sample : List.of("startup", "midsize", "large")) {
            Assessment a = ReportsTest.assess(sample);
            for (String lang : List.of("en", "zh")) {
                Path html = ReportsTest.write(sample, lang);
                String url = html.toAbsolutePath().toUri().toString();
                browser.open(url);
                String where = sample + "." + lang + ": ";
                JsonNode f = browser.evaluate(FACTS);
                assertEquals(1, f.path("radar").asInt(), where + f);
                assertTrue(f.path("radarWidth").asDouble() > 300, where + "radar drawn wide enough: " + f);
                assertEquals(7, f.path("confirmed").asInt(), where + "one radar vertex per domain");
                assertEquals(7, f.path("dots").asInt(), where + f);
                assertEquals(1, f.path("heatmap").asInt(), where + f);
                assertTrue(f.path("heatmapHeight").asDouble() > 500, where + "heatmap drawn: " + f);
                assertEquals(35 * 5, f.path("cells").asInt(), where + f);
                assertEquals(35 * 5, f.path("drawnCells").asInt(), where + "every heatmap cell has a size");
                assertEquals(7, f.path("domainRows").asInt(), where + f);
                assertEquals(334, f.path("criteriaRows").asInt(), where + "one row per requirement");
                assertEquals(Integer.toString(a.overall().level()), f.path("overall").asText(), where + f);
                assertEquals(List.of("summary", "gaps", "conflicts", "waivers", "unknowns", "criteria"),
                        JsonList.strings(f.path("sections")).subList(0, 6), where + f);
                assertEquals(lang.equals("zh") ? "zh-CN" : "en", f.path("lang").asText());
                assertEquals(0, f.path("externals").asInt(), where + "no element loads anything");
                assertEquals(List.of(), browser.problems(), where + "console errors or warnings");
                assertEquals(List.of(), browser.requestsBeyond(url), where + "requests beyond the file itself");
                browser.screenshot(SHOTS.resolve("report-" + sample + "." + lang + ".png"));
                assertTrue(Files.size(SHOTS.resolve("report-" + sample + "." + lang + ".png")) > 50_000,
                        where + "a screenshot with content");
            }
        }
    }

    /** The checks above can fail: a page with a console error and an outside request is caught. */
    @Test
    void aPageThatLogsAnErrorOrReachesOutIsCaught(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><p>x</p><img src=\"http://127.0.0.1:9/x.png\">"
                + "<script>console.error('boom')</script></body></html>", StandardCharsets.UTF_8);
        String url = bad.toUri().toString();
        browser.open(url);
        assertTrue(browser.problems().stream().anyMatch(p -> p.contains("boom")), browser.problems().toString());
        assertEquals(List.of("http://127.0.0.1:9/x.png"), browser.requestsBeyond(url));
    }

    /** The report's Content-Security-Policy blocks anything that would load, and the block is logged. */
    @Test
    void theReportsPolicyBlocksAnyLoadAndSaysSo(@TempDir Path dir) throws Exception {
        String html = Files.readString(ReportsTest.write("startup", "en"));
        Path tampered = dir.resolve("tampered.html");
        Files.writeString(tampered, html.replace("<footer>", "<img src=\"http://127.0.0.1:9/pixel.png\"><footer>"),
                StandardCharsets.UTF_8);
        String url = tampered.toUri().toString();
        browser.open(url);
        assertFalse(browser.problems().isEmpty(), "a blocked load is reported");
        assertTrue(browser.problems().stream().anyMatch(p -> p.contains("Content Security Policy")),
                browser.problems().toString());
    }

    static final class JsonList {
        static List<String> strings(JsonNode array) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }
    }
}
