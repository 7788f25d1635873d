package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** roadmap, diff and --profile/--today on the command line. */
class CliDecisionsTest {
    static final String PROFILE = "src/main/resources/extensions/acme-profile.json";
    static final String SAMPLES = "src/main/resources/samples/";

    @Test
    void roadmapPrintsTheCriteriaToMeetByItemAndLevel() {
        CliTest.Run r = CliTest.run("roadmap", "--sample", "large", "--target", "2", "--level", "3", "--today", "2026-12-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("roadmap: 2 from level 2 to 3: "), r.out());
        assertTrue(r.out().contains("2.1.1 level 3:"), r.out());
        CliTest.Run json = CliTest.run("roadmap", "--sample", "large", "--target", "overall", "--format", "json");
        assertTrue(json.out().contains("\"steps\""), json.out());
        assertEquals(2, CliTest.run("roadmap", "--sample", "large", "--target", "9.9").code());
    }

    @Test
    void diffComparesTwoFactsDocuments() {
        CliTest.Run r = CliTest.run("diff", SAMPLES + "startup.json", SAMPLES + "midsize.json", "--today", "2026-12-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("up    domain 3 Configuration management: 1 -> 3"), r.out());
        assertTrue(r.out().contains("gained "), r.out());
        CliTest.Run same = CliTest.run("diff", SAMPLES + "large.json", SAMPLES + "large.json");
        assertEquals("no change", same.out().trim());
        CliTest.Run json = CliTest.run("diff", SAMPLES + "startup.json", SAMPLES + "large.json", "-f", "json");
        assertTrue(json.out().contains("\"levels\""), json.out());
    }

    @Test
    void aProfileAddsTheCompanyCriteriaAndItsErrorsAreListed() {
        CliTest.Run r = CliTest.run("assess", "--sample", "midsize", "--profile", PROFILE, "--allow-rules", "--today", "2026-12-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("acme.8.1.1 Secrets rotation"), r.out());
        assertTrue(r.out().contains("acme.1.1.1.L3.1"), r.out());
        CliTest.Run html = CliTest.run("assess", "--sample", "midsize", "--profile", PROFILE, "--allow-rules", "--today", "2026-12-01",
                "--format", "markdown");
        assertTrue(html.out().contains("5.2.2.L5.1") && html.out().contains("not applicable"), html.out());
        CliTest.Run bad = CliTest.run("assess", "--profile", "src/test/resources/no-such-profile.json");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: 1 problem in the assessor's extensions"), bad.err());
    }
}
