package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.samples.cli.Main;

class CliTest {
    record Run(int code, String out, String err) {
    }

    /** The commands that evaluate facts, and so depend on the day (the samples' evidence is dated). */
    static final java.util.Set<String> EVALUATING = java.util.Set.of("assess", "validate", "roadmap", "diff");

    /**
     * Runs the command line. An evaluating command without {@code --today} runs on 2026-12-01, the day the
     * bundled samples were written, so that the tests do not change verdicts as their evidence ages.
     */
    static Run run(String... args) {
        if (args.length > 0 && EVALUATING.contains(args[0]) && !java.util.Arrays.asList(args).contains("--today")) {
            args = java.util.Arrays.copyOf(args, args.length + 2);
            args[args.length - 2] = "--today";
            args[args.length - 1] = "2026-12-01";
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void assessesTheBundledSampleAsATable() {
        Run r = run("assess");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Harbor Logistics"), r.out());
        assertTrue(r.out().contains("1.1.1 Collection service"), r.out());
        assertTrue(r.out().contains("overall: level"), r.out());
        assertTrue(r.out().contains("CONFLICT"), r.out());
    }

    @Test
    void everySampleAssessesInBothLanguagesAndAsJson() {
        for (String s : new String[] {"startup", "midsize", "large"}) {
            assertEquals(0, run("assess", "--sample", s, "--lang", "zh").code());
            Run json = run("assess", "--sample", s, "--format", "json");
            assertEquals(0, json.code());
            assertTrue(json.out().trim().startsWith("{") && json.out().contains("\"overall\""));
        }
    }

    @Test
    void invalidFactsExitTwoWithOneClearLineAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 150, \"unit\": \"%\"}]}");
        Run r = run("assess", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: observations[0].value: '150 %' is not valid"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Run verbose = run("assess", f.toString(), "--verbose");
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }

    @Test
    void missingFileAndBadOptionsExitTwo(@TempDir Path dir) {
        assertEquals(2, run("assess", dir.resolve("none.json").toString()).code());
        Run r = run("assess", "--format", "pdf");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format"), r.err());
        assertEquals(2, run("assess", "--sample", "huge").code());
    }

    @Test
    void reportsGoToAFileInEitherLanguage(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("out/large.html");
        Run r = run("assess", "--sample", "large", "--format", "html", "--lang", "zh", "-o", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + html + " (html, zh): Starlight Internet"), r.out());
        String page = Files.readString(html);
        assertTrue(page.contains("<html lang=\"zh-CN\">") && page.contains("技术运营成熟度评估"), page.substring(0, 300));
        Run md = run("assess", "--sample", "startup", "--format", "markdown", "--lang", "en");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Technical-operations maturity assessment: Pinecone Apps"), md.out());
        assertEquals(2, run("assess", "--lang", "fr").code());
    }

    @Test
    void theLanguageDefaultsToTheSystemLocaleElseEnglish() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            assertTrue(run("assess", "--format", "markdown").out().startsWith("# 技术运营成熟度评估"));
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertTrue(run("assess", "--format", "markdown").out().startsWith("# Technical-operations maturity assessment"));
            assertTrue(run("assess", "--format", "markdown", "--lang", "zh").out().startsWith("# 技术运营成熟度评估"));
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void failBelowGatesOnTheOverallLevelOrADomain() {
        // midsize: overall 1 (domain 2 at 1), domain 3 at 3
        Run pass = run("assess", "--fail-below", "1", "--fail-below", "3=3");
        assertEquals(0, pass.code(), pass.err());
        Run overall = run("assess", "--fail-below", "2");
        assertEquals(1, overall.code());
        assertTrue(overall.err().contains("below: the overall level is at level 1, below 2"), overall.err());
        assertTrue(overall.out().contains("overall: level 1"), "the table is still printed");
        Run domain = run("assess", "--fail-below", "3=4", "--format", "json");
        assertEquals(1, domain.code());
        assertTrue(domain.err().contains("domain 3 Configuration management is at level 3, below 4"), domain.err());
        Run bad = run("assess", "--fail-below", "8=2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'8=2' names no domain"), bad.err());
    }

    @Test
    void schemaProblemsAreListedWithTheirPaths(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"subjct\": \"x\", \"observations\": [{\"name\": \"continuity.availability\", \"value\": 99}]}");
        Run r = run("validate", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: observations[0].unit: missing is not valid; expected a field \"unit\""
                + System.lineSeparator() + "subjct: 'subjct' is not valid"), r.err());
        assertTrue(r.err().contains("Maybe compare with docs/facts.md"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void questionnaireRoundTripFromTheCommandLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bcm.csv");
        Run export = run("questionnaire", "export", "--domain", "6", "--lang", "en", "-o", csv.toString());
        assertEquals(0, export.code(), export.err());
        // 44 requirements, 6 of them the same question as one of a lower level: asked once
        assertTrue(export.out().contains("38 questions to ask about"), export.out());
        String filled = Files.readString(csv).lines().map(l -> l.startsWith("\"6.1.1.L2.1\"") && l.endsWith(",,,,,,,")
                ? l.substring(0, l.length() - 7) + ",,\"met\",\"RTO standard v2\",\"li\",\"2026-11-20\",," : l)
                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"));
        assertTrue(filled.contains("\"met\",\"RTO standard v2\""), filled.substring(0, 400));
        Files.writeString(csv, filled);
        Path facts = dir.resolve("facts.json");
        Run in = run("questionnaire", "import", csv.toString(), "--subject", "Harbor", "-o", facts.toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().startsWith("read " + csv + ": 1 verdict, 37 rows not known; wrote " + facts), in.out());
        Run v = run("validate", facts.toString());
        assertEquals(0, v.code(), v.err());
        Run bad = run("questionnaire", "import", csv.toString().replace("bcm", "none"));
        assertEquals(2, bad.code());
        Files.writeString(csv, filled.replace("\"met\",\"RTO", "\"sure\",\"RTO"));
        Run row = run("questionnaire", "import", csv.toString());
        assertEquals(2, row.code());
        assertTrue(row.err().contains("row 2, column verdict: 'sure' is not valid"), row.err());
        Run md = run("questionnaire", "export", "--format", "markdown", "--lang", "zh", "--domain", "7");
        assertTrue(md.out().startsWith("# 成熟度访谈问卷"), md.out());
    }

    @Test
    void everyCommandHasHelpWithExitCodes() {
        for (String[] cmd : new String[][] {{"--help"}, {"assess", "--help"}, {"validate", "--help"},
                {"catalog", "--help"}, {"questionnaire", "--help"}, {"questionnaire", "export", "--help"},
                {"questionnaire", "import", "--help"}}) {
            Run r = run(cmd);
            assertEquals(0, r.code(), String.join(" ", cmd));
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("2   invalid input"), r.out());
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltButTheTopLevelListsThemAll() {
        Run top = run("--help");
        for (String name : new String[] {"assess", "validate", "catalog", "questionnaire", "roadmap", "diff"}) {
            assertTrue(top.out().contains("  " + name + " "), name + " in " + top.out());
        }
        // a typo of a command gets a suggestion, which needs every command
        Run typo = run("asess", "--sample", "large");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("'asess'") && typo.err().contains("Maybe you meant: assess"), typo.err());
        Run qualified = run("roadmap", "--help");
        assertTrue(qualified.out().contains("Usage: opsmaturity roadmap"), qualified.out());
    }

    @Test
    void validateAndCatalog() {
        Run v = run("validate", "--sample", "large");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("valid: bundled sample 'large'"), v.out());
        Run c = run("catalog", "6.1.1.L3");
        assertTrue(c.out().contains("6.1.1.L3.2") && c.out().contains("minAvailability=99.95 %"), c.out());
        Run zh = run("catalog", "告警", "--lang", "zh");
        assertTrue(zh.out().contains("1.3.1"), zh.out());
        Run o = run("catalog", "--observations", "availability");
        assertTrue(o.out().contains("continuity.availability"), o.out());
        assertEquals(0, run("--help").code());
        assertEquals(0, run("assess", "--help").code());
    }
}
