package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opsmaturity.samples.examples.DecisionsExample;

class DecisionsExampleTest {
    @Test
    void theExampleRunsEverySectionOnTheBundledSamples() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DecisionsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), LocalDate.of(2026, 12, 1));
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String section : new String[] {"== Why", "held down by", "== Roadmap to overall level", "== What if",
            "== Diff as JSON", "== Roll-up of 3 organisations"}) {
            assertTrue(out.contains(section), section + " missing in:\n" + out);
        }
        assertTrue(out.matches("(?s).*What if the roadmap is done: overall (\\d) -> (?!\\1)\\d.*"), out);
    }

    @Test
    void theBatchExampleStreamsSubjectsIntoARollup() {
        java.io.PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            org.opsmaturity.samples.examples.BatchExample.main(new String[] {"30"});
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("30 subjects in "), out);
        assertTrue(out.contains("overall levels 0..5: ["), out);
    }
}
