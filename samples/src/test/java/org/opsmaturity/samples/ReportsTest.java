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
import org.opsmaturity.reports.Report;

/**
 * The reports of the three sample organisations, in both languages, written to target/reports/ (the
 * browser test loads them from there): structure, self-containment, escaping.
 */
class ReportsTest {
    static final Path OUT = Path.of("target/reports");
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    /**
     * The bundled samples' evidence is dated (observations 2026-11-28, 180 days valid by default): every
     * assessment of a sample in these tests is made on the day they were written, not on the real date.
     */
    static final Assessor ON_THE_DAY = Assessor.builder()
            .clock(java.time.Clock.fixed(DATE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC))
            .build();

    static Assessment assess(String sample) throws IOException {
        return ON_THE_DAY.evaluate(Json.readFacts(ReportsTest.class.getResourceAsStream("/samples/" + sample + ".json")));
    }

    /** Writes the reports of a sample and returns the HTML. */
    static Path write(String sample, String lang) throws IOException {
        Assessment a = assess(sample);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(sample + "." + lang + ".md"), Report.markdown(a, java.util.Locale.forLanguageTag(lang), DATE), StandardCharsets.UTF_8);
        Path html = OUT.resolve(sample + "." + lang + ".html");
        Files.writeString(html, Report.html(a, java.util.Locale.forLanguageTag(lang), DATE), StandardCharsets.UTF_8);
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
        for (String section : List.of("gaps", "conflicts", "waivers", "unknowns", "criteria")) {
            assertEquals(1, count(html, "<section id=\"" + section + "\">"), section);
        }
        // the warnings section only for warnings other than conflicts (those have their own section)
        boolean others = a.warnings().stream().anyMatch(w -> w.code() != org.opsmaturity.model.WarningCode.CONFLICT);
        assertEquals(others ? 1 : 0, count(html, "<section id=\"warnings\">"));
        assertEquals(1, count(html, "<section class=\"summary\" id=\"summary\">"));
    }

    @ParameterizedTest
    @CsvSource({"startup,en", "large,zh"})
    void htmlIsSelfContained(String sample, String lang) throws IOException {
        String html = Files.readString(write(sample, lang));
        for (String ref : List.of("http:", "https:", "//", "src=", "href=", "url(", "@import", "<script", "<link",
                "<iframe", "<object", "<embed", "@font-face")) {
            List<String> hits = new ArrayList<>();
            Matcher m = Pattern.compile(Pattern.quote(ref)).matcher(html);
            while (m.find()) {
                hits.add(html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 40)));
            }
            assertEquals(List.of(), hits, "no " + ref + " in the report");
        }
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""),
                "a policy that forbids loading anything");
    }

    @Test
    void potentialAndConfirmedLevelsAreBothDrawnWhenTheyDiffer() {
        // no facts at all: every domain is at its free levels, and could reach 5
        Assessment a = ON_THE_DAY.evaluate(Facts.empty());
        String html = Report.html(a, java.util.Locale.forLanguageTag("en"), DATE);
        String confirmed = attribute(html, "class=\"confirmed\" points=\"");
        String potential = attribute(html, "class=\"potential\" points=\"");
        assertFalse(confirmed.equals(potential), confirmed + " vs " + potential);
        assertEquals(7, potential.split(" ").length);
        assertTrue(potential.startsWith("320.0,85.0 "), "domain 1 at level 5 on the top axis: " + potential);
        assertTrue(html.contains("id=\"overall-level\">0<"), "nothing confirmed");
    }

    static String attribute(String html, String prefix) {
        int i = html.indexOf(prefix) + prefix.length();
        return html.substring(i, html.indexOf('"', i));
    }

    @Test
    void factsTextIsEscapedInHtmlAndMarkdown() {
        Facts f = Facts.builder().subject("<script>alert('x')</script> & | co")
                .attest("1.1.1.L1.1", Verdict.MET, "<img src=x onerror=alert(1)> | pipes").build();
        Assessment a = ON_THE_DAY.evaluate(f);
        String html = Report.html(a, java.util.Locale.forLanguageTag("en"), DATE);
        assertFalse(html.contains("<script>alert"), "subject escaped");
        assertFalse(html.contains("<img src=x"), "evidence escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; | co")
                || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; | co"), html.substring(0, 900));
        String md = Report.markdown(a, java.util.Locale.forLanguageTag("en"), DATE);
        assertFalse(md.contains("<img src=x"), "no HTML from facts in Markdown");
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt; \\| pipes"), "pipes escaped in tables");
    }

    @ParameterizedTest
    @CsvSource({"startup,en", "midsize,zh"})
    void markdownReportHasEverySection(String sample, String lang) throws IOException {
        write(sample, lang);
        String md = Files.readString(OUT.resolve(sample + "." + lang + ".md"));
        Assessment a = assess(sample);
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(lang.equals("en") ? List.of("## Domains", "## Criteria met by item and level", "## Next-level gaps",
                "## Conflicts", "## Waivers", "## Unknowns", "## Criteria and their evidence")
                : List.of("## 领域", "## 各能力项各级别的达标情况", "## 升级差距", "## 冲突", "## 豁免", "## 未知项", "## 标准及其证据"),
                headings.subList(0, 7));
        assertEquals(35, md.lines().filter(l -> l.matches("\\| \\d\\.\\d\\.\\d .*\\| \\d \\|( \\S+ [^|]+ \\|){5}")).count(),
                "one heatmap row per item with five cells");
        assertEquals(334, md.lines().filter(l -> l.matches("\\| `\\d\\.\\d\\.\\d\\.L\\d\\.\\d+` .*")).count(),
                "one criteria row per requirement");
        assertEquals(a.warnings(org.opsmaturity.model.WarningCode.CONFLICT).size(),
                md.lines().filter(l -> l.startsWith("- `") && l.contains(lang.equals("en") ? " is attested " : " 被认定为"))
                        .count(), "one line per conflict, in the report's language");
        assertTrue(md.contains((lang.equals("en") ? "**Overall level: " : "**总体成熟度: ") + a.overall().level() + "**"), md);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
