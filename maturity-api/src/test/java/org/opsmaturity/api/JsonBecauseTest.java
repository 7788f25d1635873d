package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Warning;

/** The JSON result keeps each justification's reason and each warning's detail as data beside their English text. */
class JsonBecauseTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String kind(Object typed) {
        String n = typed.getClass().getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    @Test
    void everyJustificationAndWarningCarriesItsTypedDataOfTheSameKind() throws IOException {
        Assessor assessor = Assessor.builder().clock(DecisionsTest.DAY)
                .override("1.2.1.L3.1", "maxGranularity", 30, "s").build();
        Assessment a = assessor.evaluate(DecisionsTest.level1Of111()
                .observe("monitoring.intake.reporting-granularity", 1, "min")
                .observe("monitoring.collection.agent", false)
                .attest("1.1.1.L2.1", Verdict.MET, "").attest("1.1.1.L2.1", Verdict.MET, "").build());
        JsonNode json = MAPPER.readTree(Json.write(a));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < a.criteria().size(); i++) {
            CriterionResult c = a.criteria().get(i);
            for (int k = 0; k < c.justifications().size(); k++) {
                Justification j = c.justifications().get(k);
                JsonNode written = json.path("criteria").get(i).path("justifications").get(k);
                assertEquals(j.reason(), written.path("reason").asText());
                assertEquals(kind(j.why()), written.path("because").path("kind").asText(), c.criterionId());
                seen.add(kind(j.why()));
            }
        }
        assertTrue(seen.containsAll(List.of("attested", "comparison")), "kinds seen: " + seen);
        List<Warning> warnings = a.warnings();
        assertFalse(warnings.isEmpty(), "a duplicate attestation warns");
        for (int i = 0; i < warnings.size(); i++) {
            JsonNode written = json.path("warnings").get(i);
            assertEquals(warnings.get(i).message(), written.path("message").asText());
            assertEquals(kind(warnings.get(i).detail()), written.path("detail").path("kind").asText());
        }
        assertEquals("duplicateAttestation", json.path("warnings").get(0).path("detail").path("kind").asText());
    }

    @Test
    void aComparisonKeepsTheObservationTheOperatorAndTheOverriddenParameterInTheCataloguesUnit() throws IOException {
        Assessor assessor = Assessor.builder().clock(DecisionsTest.DAY)
                .override("1.2.1.L3.1", "maxGranularity", 30, "s").build();
        Assessment a = assessor.evaluate(DecisionsTest.level1Of111()
                .observe("monitoring.intake.reporting-granularity", 1, "min").build());
        JsonNode criterion = null;
        for (JsonNode c : MAPPER.readTree(Json.write(a)).path("criteria")) {
            if (c.path("id").asText().equals("1.2.1.L3.1")) {
                criterion = c;
            }
        }
        JsonNode because = criterion.path("justifications").get(0).path("because");
        assertEquals("{\"kind\":\"comparison\",\"observation\":\"monitoring.intake.reporting-granularity\",\"value\":1.0,"
                + "\"unit\":\"min\",\"operator\":\"AT_MOST\",\"parameter\":\"maxGranularity\",\"threshold\":0.5,"
                + "\"thresholdUnit\":\"min\",\"overridden\":true,\"met\":false}", because.toString());
        assertEquals("monitoring.intake.reporting-granularity = 1 min not <= 0.5 min (maxGranularity)",
                criterion.path("justifications").get(0).path("reason").asText());
    }
}
