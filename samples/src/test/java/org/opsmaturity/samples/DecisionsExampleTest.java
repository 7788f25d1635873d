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
}
