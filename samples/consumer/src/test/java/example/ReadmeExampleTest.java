package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;

/** README's Java snippet is ReadmeExample's, line for line, and returns what README's comments say. */
class ReadmeExampleTest {
    static final Path README = Path.of(System.getProperty("readme", "../../README.md"));
    static final Path EXAMPLE = Path.of("src/main/java/example/ReadmeExample.java");

    /** The statements of README's first java block under "## Use it from Java" (imports left out). */
    static List<String> readmeSnippet() throws Exception {
        String md = Files.readString(README);
        int section = md.indexOf("## Use it from Java");
        assertTrue(section >= 0, "README has a section 'Use it from Java'");
        int start = md.indexOf("```java\n", section) + "```java\n".length();
        int end = md.indexOf("```", start);
        List<String> lines = new ArrayList<>();
        for (String l : md.substring(start, end).split("\n")) {
            if (!l.isBlank() && !l.startsWith("import ")) {
                lines.add(l.strip());
            }
        }
        return lines;
    }

    @Test
    void theReadmeSnippetIsTheExampleLineForLine() throws Exception {
        List<String> readme = readmeSnippet();
        String source = Files.readString(EXAMPLE);
        String body = source.substring(source.indexOf("// README, \"Use it from Java\", from here"),
                source.indexOf("// ... to here"));
        List<String> example = body.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(readme, example);
        for (String imp : Files.readString(README).lines().filter(l -> l.startsWith("import org.opsmaturity")).toList()) {
            assertTrue(source.contains(imp), "README's " + imp + " is the example's");
        }
    }

    @Test
    void theSnippetReturnsWhatReadmeSays() throws Exception {
        Assessment a = ReadmeExample.run();
        Matcher m = Pattern.compile("a\\.item\\(\"6\\.1\\.1\"\\)\\.summary\\(\\);\\s*// \"([^\"]*)\"")
                .matcher(String.join("\n", readmeSnippet()));
        assertTrue(m.find(), "README shows what summary() returns");
        assertEquals(m.group(1), a.item("6.1.1").summary());
        assertTrue(a.overall().level() >= 0 && a.overall().level() <= 5);
        assertFalse(a.criterion("6.1.1.L3.2").justifications().isEmpty(), "6.1.1.L3.2 is explained");
        // the report lines of the snippet, from maturity-reports on the installed artifacts
        assertTrue(org.opsmaturity.reports.Report.html(a, java.util.Locale.ENGLISH).startsWith("<!DOCTYPE html>"));
        assertTrue(org.opsmaturity.reports.Report.markdown(a, java.util.Locale.CHINESE)
                .startsWith("# 技术运营成熟度评估: payments platform"));
    }
}
