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

    static Run run(String... args) {
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
