package org.opsmaturity.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;

/** The shipped schemas accept every sample and every result, reject what the reader rejects, and name the path. */
class SchemasTest {
    /** The samples' evidence is dated: assessed on a fixed day, so none of it goes stale as the years pass. */
    static final Assessor ON_THE_DAY = Assessor.builder().clock(Clock.fixed(
            LocalDate.of(2026, 12, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();

    static String sample(String name) throws IOException {
        return Files.readString(Path.of("../../samples/src/main/resources/samples/" + name + ".json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"startup", "midsize", "large"})
    void everySampleAndItsResultValidate(String name) throws IOException {
        String facts = sample(name);
        assertEquals(List.of(), Schemas.validate(Schemas.FACTS, facts));
        Facts f = Json.readFacts(facts);
        assertEquals(List.of(), Schemas.validate(Schemas.FACTS, Json.write(f)), "facts as written by Json.write");
        assertEquals(List.of(), Schemas.validate(Schemas.ASSESSMENT, Json.write(ON_THE_DAY.evaluate(f))));
    }

    @Test
    void theExampleOfTheFactsPageValidates() throws IOException {
        String page = Files.readString(Path.of("../../docs/facts.md"));
        int start = page.indexOf("```json\n") + 8;
        String example = page.substring(start, page.indexOf("```", start));
        assertEquals(List.of(), Schemas.validate(Schemas.FACTS, example));
        Json.readFacts(example);
    }

    @Test
    void docsHoldTheShippedSchemas() throws IOException {
        for (String name : Schemas.names()) {
            assertEquals(Schemas.text(name), Files.readString(Path.of("../../docs/schema/" + name)),
                    "docs/schema/" + name + " differs from maturity-api/src/main/resources" + Schemas.RESOURCE_DIR + name
                            + "; copy it over");
        }
    }

    static List<String> problems(String json) {
        return Schemas.validate(Schemas.FACTS, json).stream().map(org.opsmaturity.model.Problem::display).toList();
    }

    @Test
    void eachDocumentHasItsValidator() throws IOException {
        assertEquals(List.of(), Schemas.validateFacts(sample("startup")));
        assertEquals(List.of(), Schemas.validateProfile(Files.readString(
                Path.of("../../samples/src/main/resources/extensions/acme-profile.json"))));
        String result = Json.write(ON_THE_DAY.evaluate(Json.readFacts(sample("startup"))));
        assertEquals(List.of(), Schemas.validateAssessment(result));

        assertEquals(List.of("warnings[0].code: 'SLOW' is not valid; expected one of [\"CONFLICT\",\"DUPLICATE\","
                + "\"UNKNOWN_ID\",\"NOT_A_REQUIREMENT\",\"UNUSED_OBSERVATION\",\"WAIVER_EXPIRED\",\"STALE_EVIDENCE\"]"),
                Schemas.validateAssessment(result.replaceFirst("\"code\" : \"[A-Z_]+\"", "\"code\" : \"SLOW\""))
                        .stream().map(org.opsmaturity.model.Problem::display).toList());
        List<org.opsmaturity.model.Problem> profile = Schemas.validateProfile("{\"override\": []}");
        assertEquals("override", profile.get(0).path(), profile.toString());
        assertTrue(profile.get(0).expected().startsWith("one of the fields [$schema, "), profile.toString());
        assertEquals("Maybe you meant overrides?", profile.get(0).hint());
        assertEquals(List.of("$: 'Unexpected end-of-input: expected close marker for Object (line 1, column 2)' is not valid; "
                + "expected well-formed JSON"), Schemas.validateFacts("{").stream().map(org.opsmaturity.model.Problem::display).toList());
        assertEquals(List.of("$: missing is not valid; expected a JSON document"),
                Schemas.validateFacts("").stream().map(org.opsmaturity.model.Problem::display).toList());
        org.opsmaturity.model.MaturityException unknown = assertThrows(org.opsmaturity.model.MaturityException.class,
                () -> Schemas.validate("fact.schema.json", "{}"));
        assertEquals("schema: 'fact.schema.json' is not known; expected one of [facts.schema.json, assessment.schema.json, "
                + "profile.schema.json]", unknown.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void problemsNameTheJsonPath() {
        assertEquals(List.of("observations[0].unit: missing is not valid; expected a field \"unit\""),
                problems("{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 99.9}]}"));
        assertEquals(List.of("observations[0].unit: 's' is not valid; expected nothing here: no unit for a flag or a set"),
                problems("{\"observations\": [{\"name\": \"x.y\", \"value\": true, \"unit\": \"s\"}]}"));
        assertEquals(List.of("observations[1].value: '45 s' is not valid; expected a boolean or number or array"),
                problems("{\"observations\": [{\"name\": \"x.y\", \"value\": true}, {\"name\": \"x.z\", \"value\": \"45 s\"}]}"));
        assertEquals(List.of("attestations[0].verdict: 'passed' is not valid; expected met, not_met or partial (case and the "
                + "separator - _ or a space do not matter)."),
                problems("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"passed\"}]}"));
        assertEquals(List.of("subjekt: 'subjekt' is not valid; expected one of the fields [$schema, attestations, "
                + "observations, subject]"), problems("{\"subjekt\": \"a\"}"));
        assertEquals("Maybe you meant subject?", Schemas.validate(Schemas.FACTS, "{\"subjekt\": \"a\"}").get(0).hint());
        assertEquals(List.of("attestations[0].evidence.observedAt: '20.11.2026' is not valid; expected a date "
                + "YYYY-MM-DD (an empty string means no date)."),
                problems("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"met\", "
                        + "\"evidence\": {\"observedAt\": \"20.11.2026\"}}]}"));
        assertEquals(List.of("observations[0].unit: 'sec' is not valid; expected one of [\"%\",\"%/h\",\"B\",\"KB\","
                + "\"MB\",\"GB\",\"TB\",\"PB\",\"count\",\"d\",\"h\",\"level\",\"min\",\"min/yr\",\"ms\",\"s\"]"),
                problems("{\"observations\": [{\"name\": \"x.y\", \"value\": 3, \"unit\": \"sec\"}]}"));
        // a field with an empty name has a path all the same (a path cannot be empty)
        assertEquals(List.of("attestations[0].\"\": missing is not valid; expected one of the fields [coverage, "
                + "criterion, evidence, verdict]", "\"\": missing is not valid; expected one of the fields [$schema, "
                + "attestations, observations, subject]"), problems("{\"\": 1, \"attestations\": [{\"criterion\": \"1.1.1.L1.1\", "
                + "\"verdict\": \"met\", \"\": 2}]}"));
    }

    @Test
    void readingReportsEveryProblemThenTheReadersOwnChecks() {
        SchemaException e = assertThrows(SchemaException.class, () -> Schemas.readFacts(
                ("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\"}], \"observations\": "
                        + "[{\"name\": \"a.b\", \"value\": 1}]}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.schemaProblems().size(), e.getMessage());
        // one shape for a problem, whoever found it: the exception's own is the first the schema found
        assertEquals(new org.opsmaturity.model.Problem(e.path(), e.value(), e.expected(), e.hint()), e.problem());
        assertEquals(e.schemaProblems().get(0).path(), e.problem().path());
        assertEquals("attestations[0].verdict", e.problem().path());
        assertTrue(e.getMessage().startsWith("attestations[0].verdict: missing is not valid; expected a field \"verdict\""),
                e.getMessage());
        assertTrue(e.getMessage().contains("observations[0].unit: missing"), e.getMessage());
        // not well-formed: the facts reader's message, with line and column
        var broken = assertThrows(org.opsmaturity.model.InvalidFactsException.class,
                () -> Schemas.readFacts("{\"subject\": ".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.getMessage().startsWith("subject (line 1"), broken.getMessage());
    }
}
