package org.opsmaturity.api.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.WarningCode;

/**
 * Fact sets that once falsified a property, kept as JSON under src/test/resources/proof/regressions
 * (paste the "Shrunk Sample" of a failing property there). Each goes through every check of the
 * properties: the oracle, the accounting of facts, and the order of facts reversed.
 */
class RegressionFactsTest {
    static final Path DIR = Path.of("src/test/resources/proof/regressions");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRegressionPassesEveryCheck() throws IOException {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no regression files in " + DIR);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Facts facts = Json.readFacts(f);
            Assessment a = FactSets.ASSESSOR.evaluate(facts);
            EnginePropertiesTest.checkStatuses(facts, a);
            EnginePropertiesTest.assertLevelsAsOracle(a);
            EnginePropertiesTest.checkAccounting(facts, FactSets.LENIENT.evaluate(facts));
            EnginePropertiesTest.assertSameAssessment(a, FactSets.ASSESSOR.evaluate(reversed(facts)), true);
        }));
    }

    static Facts reversed(Facts f) {
        List<Attestation> atts = new ArrayList<>(f.attestations());
        List<Observation> obs = new ArrayList<>(f.observations());
        Collections.reverse(atts);
        Collections.reverse(obs);
        Facts.Builder b = Facts.builder().subject(f.subject());
        atts.forEach(b::attest);
        obs.forEach(b::observe);
        return b.build();
    }

    /** Of a stale copy and a newer one, the newer is used: the criterion is decided, not UNKNOWN. */
    @Test
    void theNewestCopyOfAFactIsUsed() {
        Assessment a = FactSets.ASSESSOR.evaluate(Json.readFacts(DIR.resolve("stale-and-undated-copies.json")));
        assertEquals(CriterionStatus.MET, a.status("1.1.1.L1.1"), "the undated copy never goes stale");
        assertEquals(CriterionStatus.UNKNOWN, a.status("1.1.1.L1.2"), "its only copy is stale");
        assertEquals(CriterionStatus.MET, a.status("6.1.1.L3.2"), "the copy of 2026-11-20 is fresh");
        assertEquals(List.of("1.1.1.L1.2"), a.warnings(WarningCode.STALE_EVIDENCE).stream().map(w -> w.subject()).toList());
    }
}
