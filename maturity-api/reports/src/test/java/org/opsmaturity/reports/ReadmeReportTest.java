package org.opsmaturity.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/**
 * README's "Use it from Java" renders a report: its report lines are this test's, as printed, and give a report.
 * (samples/consumer runs the whole snippet against the installed artifacts in CI.)
 */
class ReadmeReportTest {
    static final Path SOURCE = Path.of("src/test/java/org/opsmaturity/reports/ReadmeReportTest.java");

    @Test
    void theReadmeReportLinesAreTheseAndRenderReports() throws Exception {
        String md = Files.readString(Path.of("../../README.md"));
        int section = md.indexOf("## Use it from Java");
        int start = md.indexOf("```java\n", section);
        String snippet = md.substring(start, md.indexOf("```\n", start + 8));
        List<String> lines = snippet.lines().filter(l -> l.contains("Report.")).map(String::strip).toList();
        assertEquals(2, lines.size(), snippet);
        assertTrue(snippet.contains("import org.opsmaturity.reports.Report;"), snippet);
        String source = Files.readString(SOURCE);
        for (String line : lines) {
            assertTrue(source.contains("        " + line + "\n"), "README's line is this test's: " + line);
        }
        Assessment a = Assessor.standard().evaluate(Facts.builder().subject("payments platform").build());
        String html = Report.html(a, Locale.ENGLISH);      // maturity-reports: the HTML report (Locale.CHINESE: in Chinese)
        String md2 = render(a);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("payments platform"), html.substring(0, 200));
        assertTrue(md2.startsWith("# 技术运营成熟度评估: payments platform"), md2.substring(0, 80));
    }

    private static String render(Assessment a) {
        String md = Report.markdown(a, Locale.CHINESE);    // the Markdown report, for a wiki or a pull request
        return md;
    }
}
