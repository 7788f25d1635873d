package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.OutputFiles;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.samples.cli.Main;

/**
 * Issue 15 on the command line: outputs written atomically and never over an input, failed writes to
 * standard output are errors, every input read within a bound, terminal text escaped, strict profiles,
 * expired waivers, questionnaire import and clearer messages.
 */
class CliReliabilityTest {
    @TempDir
    Path dir;

    static final String SAMPLE = "src/main/resources/samples/startup.json";
    static final String PROFILE = "src/main/resources/extensions/acme-profile.json";

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<Path> strayFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    // ---------------------------------------------------------------- 1. atomic outputs

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path report = write("report.json", "{\"old\": true}");
        MaturityException e = assertThrows(MaturityException.class, () -> OutputFiles.writeAtomically(report, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device"); // what a full disk says, half way through
        }));
        assertTrue(e.getMessage().contains("could not be written (No space left on device); the file there is unchanged"),
                e.getMessage());
        assertEquals("{\"old\": true}", Files.readString(report));
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void aProcessKilledWhileWritingLeavesTheOldFile() throws Exception {
        Path report = write("report.html", "<p>the old report</p>");
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                SlowAtomicWrite.class.getName(), report.toString()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (strayFiles().isEmpty() || Files.size(strayFiles().get(0)) < 100_000) {
                assertTrue(p.isAlive(), "the writer ended early");
                assertTrue(System.nanoTime() < deadline, "no temporary file appeared");
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs in the child
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals("<p>the old report</p>", Files.readString(report));
    }

    @Test
    void twoWritersOfOneFileLeaveOneWholeDocument() throws Exception {
        Path report = dir.resolve("same.txt");
        byte[] a = "a".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 5; round++) {
            Thread t = new Thread(() -> OutputFiles.writeAtomically(report, a));
            t.start();
            OutputFiles.writeAtomically(report, b);
            t.join();
            byte[] got = Files.readAllBytes(report);
            assertTrue(java.util.Arrays.equals(got, a) || java.util.Arrays.equals(got, b), got.length + " bytes");
        }
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void anOutputThatIsAnInputIsRefused() throws IOException {
        Path facts = Files.copy(Path.of(SAMPLE), dir.resolve("facts.json"));
        byte[] before = Files.readAllBytes(facts);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), facts);
        for (Path out : List.of(facts, link, dir.resolve("./facts.json"))) {
            CliTest.Run r = run("assess", facts.toString(), "--format", "json", "-o", out.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("expected a file other than the input"), r.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(facts)));
        Path csv = dir.resolve("interview.csv");
        assertEquals(0, run("questionnaire", "export", "--domain", "6", "-o", csv.toString()).code());
        byte[] interview = Files.readAllBytes(csv);
        CliTest.Run r = run("questionnaire", "import", csv.toString(), "-o", csv.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(java.util.Arrays.equals(interview, Files.readAllBytes(csv)));
    }

    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"assess", "--sample", "startup", "--today", "2026-12-01"},
                new PrintWriter(broken), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("error: standard output could not be written"), err.toString());
    }

    @Test
    void standardOutputToAFullDiskIsAnErrorAndSoIsOutputToIt() throws Exception {
        File full = new File("/dev/full");
        if (!full.exists()) {
            return; // Linux only; the fake stream above covers the rest
        }
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "catalog", "RPO").redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        CliTest.Run r = run("questionnaire", "export", "-o", "/dev/full");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("could not be written"), r.err());
    }

    @Test
    void anErrorThatIsNotAnExceptionIsExitThreeNotOne() {
        Writer exploding = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                throw new OutOfMemoryError("Java heap space (simulated)");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"catalog", "RPO"}, new PrintWriter(exploding), new PrintWriter(err));
        assertEquals(3, code, err.toString());
        assertTrue(err.toString().startsWith("internal error: java.lang.OutOfMemoryError"), err.toString());
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ---------------------------------------------------------------- 2. bounded reads

    @Test
    void endlessInputsAreReadWithinTheLimit() throws IOException {
        CliTest.Run facts = run("assess", "/dev/zero");
        assertEquals(2, facts.code(), facts.err());
        assertTrue(facts.err().contains("more than 8388608 bytes"), facts.err());
        CliTest.Run csv = run("questionnaire", "import", "/dev/zero");
        assertEquals(2, csv.code(), csv.err());
        assertTrue(csv.err().contains("could not be read (more than 8388608 bytes)"), csv.err());
        CliTest.Run profile = run("assess", "--sample", "startup", "--profile", "/dev/zero");
        assertEquals(2, profile.code(), profile.err());
        assertTrue(profile.err().contains("cannot be read (more than 8388608 bytes)"), profile.err());
        Path p = write("p.json", "{\"rules\": [\"/dev/zero\"]}");
        CliTest.Run rules = run("validate", SAMPLE, "--profile", p.toString(), "--allow-rules");
        assertEquals(2, rules.code(), rules.err());
        assertTrue(rules.err().contains("rules[0]: '\"/dev/zero\"' is not valid"), rules.err());
    }

    // ---------------------------------------------------------------- 3. terminal escapes

    @Test
    void controlCharactersInTheInputCannotActOnTheTerminal() throws IOException {
        String evil = "\\u001b[2J\\u001b[1;1HAll good: level 5\\u001b[8m\\nvalid: forged\\u202e";
        Path f = write("evil.json", "{\"subject\": \"" + evil + "\", \"observations\": [{\"name\": \"x." + evil
                + "\", \"value\": true}]}");
        Path out = dir.resolve("r.md");
        for (CliTest.Run r : List.of(run("assess", f.toString(), "--lenient"), run("assess", f.toString()),
                run("assess", f.toString(), "--lenient", "-f", "markdown", "-o", out.toString()),
                run("validate", f.toString(), "--lenient"))) {
            String all = r.out() + r.err();
            assertFalse(all.chars().anyMatch(c -> c == 0x1b || c == 0x202e), all);
            assertFalse(all.lines().anyMatch(l -> l.startsWith("valid: forged")), all);
            assertTrue(all.contains("\\u001b[2J"), all);
        }
        CliTest.Run json = run("assess", f.toString(), "--lenient", "-f", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\\u202e") && !json.out().contains("\u202e"), "escaped, and still JSON");
        org.opsmaturity.api.Json.readDocument(write("round.json", json.out())); // readable bytes
    }

    // ---------------------------------------------------------------- 4-7. profiles and waivers

    @Test
    void aProfileIsDataUnlessRulesAreAllowed() throws IOException {
        CliTest.Run r = run("assess", "--sample", "midsize", "--profile", PROFILE);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--allow-rules"), r.err());
        assertEquals(0, run("assess", "--sample", "midsize", "--profile", PROFILE, "--allow-rules").code());
        assertTrue(run("assess", "--help").out().contains("--allow-rules"));
        Path inf = write("inf.json", "{\"criteria\": [{\"id\": \"acme.6.1.1.L4.9\", \"item\": \"6.1.1\", \"level\": 4, "
                + "\"condition\": {\"observation\": \"continuity.availability\", \"atLeast\": 1e400, \"unit\": \"%\"}}]}");
        CliTest.Run i = run("assess", "--sample", "midsize", "--profile", inf.toString());
        assertEquals(2, i.code(), i.err());
        assertTrue(i.err().contains("criteria[0].condition.atLeast: 'Infinity' is not valid"), i.err());
    }

    @Test
    void anExpiredWaiverWarnsInAssessAndFailsValidate() {
        CliTest.Run r = run("assess", "--sample", "midsize", "--profile", PROFILE, "--allow-rules", "--today", "2028-01-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("WAIVER_EXPIRED"), r.out());
        CliTest.Run v = run("validate", SAMPLE, "--profile", PROFILE, "--allow-rules", "--today", "2028-01-01");
        assertEquals(2, v.code(), v.err());
        assertTrue(v.err().contains("the waiver of 5.2.2.L5.1 expired on 2027-12-31"), v.err());
    }

    // ---------------------------------------------------------------- 9, 13. encodings and messages

    @Test
    void messagesNameWhatIsWrong() throws IOException {
        Path surrogate = write("s.json", "{\"subject\": \"a\\ud800b\"}");
        CliTest.Run s = run("assess", surrogate.toString(), "-o", dir.resolve("out.json").toString());
        assertEquals(2, s.code(), s.err());
        assertTrue(s.err().startsWith("error: subject: 'a\\ud800b' is not valid; expected Unicode text"), s.err());
        Path utf16 = Files.write(dir.resolve("u.json"), "{\"subject\": \"x\"}".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(run("validate", utf16.toString()).err().contains("'byte 00' is not valid; expected UTF-8 text"));
        Path dup = write("dup.json", "{\"subject\": \"a\", \"subject\": 7}");
        CliTest.Run d = run("validate", dup.toString());
        assertTrue(d.err().contains("Duplicate field 'subject'"), d.err());
        Path bom = Files.write(dir.resolve("bom.json"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        assertTrue(run("validate", bom.toString()).err().contains("a byte order mark and nothing else"));
        Path longId = write("long.json", "{\"attestations\": [{\"criterion\": \"" + "1".repeat(201)
                + "\", \"verdict\": \"met\"}]}");
        CliTest.Run l = run("validate", longId.toString());
        assertTrue(l.err().contains("at most 200 characters (it has 201)"), l.err());
        CliTest.Run empty = run("validate", "");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("an empty path names no file"), empty.err());
        CliTest.Run today = run("assess", "--sample", "startup", "--today", "2026-13-01");
        assertEquals(2, today.code());
        assertTrue(today.err().contains("'2026-13-01' is not valid; expected a date YYYY-MM-DD"), today.err());
        assertFalse(today.err().contains("java."), today.err());
        Path nbsp = write("nbsp.json", "{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\u00a0\", \"verdict\": \"met\"}]}");
        assertTrue(run("validate", nbsp.toString()).err().contains("'1.1.1.L1.1\\u00a0'"));
    }

    // ---------------------------------------------------------------- 10. questionnaire import

    @Test
    void questionnaireImportSaysWhatItCannotImport() throws IOException {
        CliTest.Run twoVerdicts = run("questionnaire", "import", write("a.csv", "id,verdict,verdict\n1.1.1.L1.1,,met\n")
                .toString());
        assertEquals(2, twoVerdicts.code(), twoVerdicts.err());
        assertTrue(twoVerdicts.err().contains("columns 2 and 3 are both verdict"), twoVerdicts.err());
        CliTest.Run partial = run("questionnaire", "import", write("b.csv", "id,verdict\n1.1.1.L1.1,partial\n").toString());
        assertEquals(2, partial.code(), partial.err());
        assertTrue(partial.err().contains("a partial verdict says how much: partial some or partial most"), partial.err());
        CliTest.Run big = run("questionnaire", "import", write("c.csv", "id,verdict,evidence\n1.1.1.L1.1,met,"
                + "x".repeat(70_000) + "\n").toString(), "-o", dir.resolve("c.json").toString());
        assertEquals(2, big.code(), big.err());
        assertTrue(big.err().contains("at most 65536 characters (it has 70000)"), big.err());
        assertFalse(Files.exists(dir.resolve("c.json")));
        CliTest.Run semicolons = run("questionnaire", "import", write("d.csv", "id;verdict\n1.1.1.L1.1;met\n").toString());
        assertEquals(2, semicolons.code(), semicolons.err());
        assertTrue(semicolons.err().contains("separated by ';'"), semicolons.err());
        Path out = dir.resolve("e.json");
        CliTest.Run unknown = run("questionnaire", "import", write("e.csv", "id,verdict,evidence\n1.1.1.L1.1,?,the runbook\n")
                .toString(), "-o", out.toString());
        assertEquals(0, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("warning: row 2: 1.1.1.L1.1 has evidence but no verdict"), unknown.err());
        CliTest.Run subject = run("questionnaire", "import", write("f.csv", "id,verdict\n1.1.1.L1.1,met\n").toString(),
                "--subject", "s".repeat(70_000), "-o", dir.resolve("f.json").toString());
        assertEquals(2, subject.code(), subject.err()); // import writes nothing that assess would reject
        assertFalse(Files.exists(dir.resolve("f.json")));
    }
}
