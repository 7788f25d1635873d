package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;

/**
 * Every Java and DRL snippet of the README's extension section and of docs/extending.md, read from the files
 * as printed, compiles and runs: the DRL through {@code addRules}, the Java in a JVM of its own whose working
 * folder holds the files the snippets name ({@code acme-rules.drl}: the document's first DRL snippet,
 * {@code acme-profile.json}: its first JSON snippet).
 */
class DocSnippetsTest {
    record Snippet(String doc, int line, String lang, String code) {
        String where() {
            return doc + ":" + line;
        }
    }

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    static List<Snippet> snippets(String doc, String text) {
        List<Snippet> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            out.add(new Snippet(doc, line, m.group(1), m.group(2)));
        }
        return out;
    }

    static List<Snippet> readme() throws IOException {
        String text = Files.readString(Path.of("../README.md"));
        int start = text.indexOf("\n## Extend it\n");
        assertTrue(start >= 0, "README.md has no section '## Extend it'");
        int end = text.indexOf("\n## ", start + 1);
        return snippets("README.md", text.substring(0, end < 0 ? text.length() : end)).stream()
                .filter(s -> s.line() > text.substring(0, start).chars().filter(c -> c == '\n').count()).toList();
    }

    static List<Snippet> extending() throws IOException {
        return snippets("docs/extending.md", Files.readString(Path.of("../docs/extending.md")));
    }

    static List<Snippet> of(List<Snippet> all, String lang) {
        return all.stream().filter(s -> s.lang().equals(lang)).toList();
    }

    @Test
    void theDocumentsHaveTheSnippetsThisTestRuns() throws IOException {
        assertEquals(1, of(readme(), "drl").size(), readme().toString());
        assertEquals(1, of(readme(), "java").size(), readme().toString());
        assertEquals(2, of(extending(), "drl").size());
        assertEquals(4, of(extending(), "java").size());
    }

    @Test
    void everyDrlSnippetCompilesAndItsCriteriaAreAssessed() throws IOException {
        List<Snippet> drl = new ArrayList<>(of(readme(), "drl"));
        drl.addAll(of(extending(), "drl"));
        for (Snippet s : drl) {
            Assessor a = Assessor.builder().addRules(s.where(), s.code()).build();
            Assessment r = a.evaluate(Facts.builder().build());
            Matcher m = RULE_NAME.matcher(s.code());
            int rules = 0;
            while (m.find()) {
                rules++;
                // no facts given: each of the snippet's criteria is in the assessment, undecided
                assertEquals(CriterionStatus.UNKNOWN, r.criterion(m.group(1)).status(), s.where() + " " + m.group(1));
            }
            assertTrue(rules > 0, s.where() + " has no rule");
        }
    }

    @Test
    void everyJavaSnippetOfTheReadmeCompilesAndRuns(@TempDir Path dir) throws Exception {
        runJava(readme(), dir);
    }

    @Test
    void everyJavaSnippetOfExtendingMdCompilesAndRuns(@TempDir Path dir) throws Exception {
        runJava(extending(), dir);
    }

    /**
     * Compiles the document's Java snippets as the bodies of methods of one class (a snippet that starts
     * with {@code .} continues {@code Assessor.builder()} and ends with {@code .build()}) and runs it in a
     * JVM whose working folder holds the files the snippets read.
     */
    static void runJava(List<Snippet> doc, Path dir) throws Exception {
        List<Snippet> java = of(doc, "java");
        assertFalse(java.isEmpty());
        of(doc, "drl").stream().findFirst().ifPresent(s -> write(dir.resolve("acme-rules.drl"), s.code()));
        of(doc, "json").stream().findFirst().ifPresent(s -> write(dir.resolve("acme-profile.json"), s.code()));
        StringBuilder src = new StringBuilder("""
                import java.nio.file.Path;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.Set;
                import org.opsmaturity.api.*;
                import org.opsmaturity.model.*;

                public class Snippets {
                """);
        StringBuilder main = new StringBuilder("    public static void main(String[] args) throws Exception {\n");
        for (int i = 0; i < java.size(); i++) {
            String code = java.get(i).code().strip();
            if (code.startsWith(".")) {
                code = "Assessor.builder()\n" + code + "\n.build();";
            }
            src.append("    // ").append(java.get(i).where()).append("\n    static void snippet").append(i)
                    .append("() throws Exception {\n").append(code).append("\n    }\n");
            main.append("        snippet").append(i).append("();\n        System.out.println(\"ran ")
                    .append(java.get(i).where()).append("\");\n");
        }
        src.append(main).append("    }\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path file = dir.resolve("Snippets.java");
        write(file, src.toString());
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, err, err, "-classpath", cp, "-d", classes.toString(), file.toString());
        assertEquals(0, rc, "the snippets do not compile:\n" + err.toString(StandardCharsets.UTF_8) + "\n" + src);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + File.pathSeparator + cp, "Snippets")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), "the snippets fail when run:\n" + out);
        for (Snippet s : java) {
            assertTrue(out.contains("ran " + s.where()), out);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
