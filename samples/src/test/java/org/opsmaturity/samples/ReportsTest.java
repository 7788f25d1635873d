package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.samples.report.Reports;

/**
 * The reports of the three sample organisations, in both languages, written to target/reports/ (the
 * browser test loads them from there): structure, self-containment, escaping.
 */
class ReportsTest {
    static final Path OUT = Path.of("target/reports");
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    static Assessment assess(String sample) throws IOException {
        return Assessor.standard().evaluate(Json.readFacts(SchemasTest.sample(sample)));
    }

    /** Writes the reports of a sample and returns the HTML. */
    static Path write(String sample, String lang) throws IOException {
        Assessment a = assess(sample);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(sample + "." + lang + ".md"), Reports.markdown(a, lang, DATE), StandardCharsets.UTF_8);
        Path html = OUT.resolve(sample + "." + lang + ".html");
        Files.writeString(html, Reports.html(a, lang, DATE), StandardCharsets.UTF_8);
        return html;
    }

    @ParameterizedTest
    @CsvSource({"startup,en", "startup,zh", "midsize,en", "midsize,zh", "large,en", "large,zh"})
    void htmlReportHasChartsTablesAndEverySection(String sample, String lang) throws IOException {
        String html = Files.readString(write(sample, lang));
        Assessment a = assess(sample);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertEquals(1, count(html, "<svg id=\"radar\""));
        assertEquals(1, count(html, "<svg id=\"heatmap\""));
        assertEquals(35 * 5, count(html, "<rect class=\"cell\""), "one heatmap cell per item and level");
        assertEquals(a.domains().size(), count(html, "<circle "), "one radar point per domain");
        assertTrue(html.contains("id=\"overall-level\">" + a.overall().level() + "<"), "overall level shown");
        for (String section : List.of("summary", "gaps", "conflicts", "unknowns", "criteria")) {
            assertTrue(html.contains("<section class=\"summary\" id=\"summary\">") || html.contains("id=\"" + section + "\""),
                    section);
        }
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
