package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;

/** {@code opsmaturity collect} on the shipped example event and cost files, whose answers are known. */
class CollectCliTest {
    static final Path EXAMPLES = Path.of("src/main/resources/collect");

    @TempDir
    Path dir;

    /** The example configs, events and costs, copied into the temporary folder. */
    Path copyExamples() throws IOException {
        return copyInto(dir);
    }

    Path copyInto(Path folder) throws IOException {
        for (String f : List.of("collect.yaml", "prometheus.yaml", "cdevents.yaml", "focus.yaml", "events.jsonl",
                "focus.csv")) {
            Files.copy(EXAMPLES.resolve(f), folder.resolve(f));
        }
        return folder;
    }

    static Map<String, Observation> byName(Facts f) {
        return f.observations().stream().collect(Collectors.toMap(Observation::name, o -> o));
    }

    @Test
    void theExampleEventsAndCostsGiveKnownFacts() throws IOException {
        copyExamples();
        Path out = dir.resolve("facts.json");
        CliTest.Run r = CliTest.run("collect", "--config", dir.resolve("cdevents.yaml").toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("collected 3 observations, 0 skipped"), r.err());
        assertTrue(r.err().contains("median 55 min"), r.err());
        Map<String, Observation> o = byName(Json.readFacts(out));
        assertEquals(100.0 * 37 / 39, o.get("change.deployment.success-rate").number(), 1e-9);
        assertEquals(100.0 * 10 / 11, o.get("change.deployment.lowest-success-rate").number(), 1e-9);
        assertEquals(1, o.get("change.release.major-incidents").number());
        assertTrue(o.get("change.release.major-incidents").evidence().text().contains("INC-101 (event evt-"));

        r = CliTest.run("collect", "--config", dir.resolve("focus.yaml").toString(), "-o", out.toString(), "--merge");
        assertEquals(0, r.code(), r.err());
        o = byName(Json.readFacts(out));
        assertEquals(5, o.size(), o.keySet().toString());
        assertEquals(Set.of("development", "production", "staging"), o.get("cost.accounting.environments").values());
        assertTrue(o.get("cost.data.multi-dimensional").flag(), "team covers 98 % of the cost");
    }

    @Test
    void mergingKeepsAttestationsAndTheReportShowsTheEvidence() throws IOException {
        copyExamples();
        Path out = dir.resolve("facts.json");
        Files.writeString(out, "{\"subject\": \"Harbor\", \"attestations\": [{\"criterion\": \"6.2.1.L3.1\", "
                + "\"verdict\": \"met\"}], \"observations\": [{\"name\": \"change.deployment.success-rate\", "
                + "\"value\": 50, \"unit\": \"%\"}, {\"name\": \"ha.db.rpo\", \"value\": 5, \"unit\": \"min\"}]}");
        CliTest.Run r = CliTest.run("collect", "--config", dir.resolve("cdevents.yaml").toString(), "-o", out.toString(),
                "--merge");
        assertEquals(0, r.code(), r.err());
        Facts f = Json.readFacts(out);
        assertEquals(1, f.attestations().size());
        assertEquals(5, byName(f).get("ha.db.rpo").number());
        assertTrue(byName(f).get("change.deployment.success-rate").number() > 90, "the collected value replaced 50 %");

        Path html = dir.resolve("report.html");
        r = CliTest.run("assess", out.toString(), "--format", "html", "-o", html.toString());
        assertEquals(0, r.code(), r.err());
        String report = Files.readString(html);
        assertTrue(report.contains("37 of 39 deployments succeeded"), "the evidence text is in the report");
        assertTrue(report.contains("events.jsonl"), "the evidence link is in the report");
    }

    @Test
    void aFailedCollectionLeavesTheOutputAsItWas() throws IOException {
        copyExamples();
        Path out = dir.resolve("facts.json");
        Files.writeString(out, "{\"observations\": []}");
        Files.delete(dir.resolve("events.jsonl"));
        CliTest.Run r = CliTest.run("collect", "--config", dir.resolve("cdevents.yaml").toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'events.jsonl' does not exist"), r.err());
        assertEquals("{\"observations\": []}", Files.readString(out));
        Files.writeString(dir.resolve("bad.yaml"), "sources:\n  - kind: cdevent\n    files: [x]\n");
        r = CliTest.run("collect", "--config", dir.resolve("bad.yaml").toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("sources[0].kind: 'cdevent' is not valid") && r.err().contains("Maybe you meant cdevents?"),
                r.err());
        r = CliTest.run("collect", "--config", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        Files.writeString(out, "{\"observations\": [{\"name\": \"ha.db.rpo\"}]}");
        r = CliTest.run("collect", "--config", dir.resolve("focus.yaml").toString(), "-o", out.toString(), "--merge");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("observations[0]"), r.err());
        assertEquals("{\"observations\": [{\"name\": \"ha.db.rpo\"}]}", Files.readString(out), "the file to merge into is unchanged");
        r = CliTest.run("collect", "--config", dir.resolve("cdevents.yaml").toString(), "--merge");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--merge: needs -o FILE"), r.err());
        // -o naming the config is refused, and the config survives
        byte[] config = Files.readAllBytes(dir.resolve("focus.yaml"));
        r = CliTest.run("collect", "--config", dir.resolve("focus.yaml").toString(), "-o", dir.resolve("focus.yaml").toString());
        assertEquals(2, r.code(), r.err());
        assertArrayEquals(config, Files.readAllBytes(dir.resolve("focus.yaml")));
    }

    @Test
    void theExamplesFollowTheShippedSchemaAndDocsHoldItsCopy() throws IOException {
        String shipped = new String(CollectCliTest.class.getResourceAsStream("/org/opsmaturity/collect/collect.schema.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(shipped, Files.readString(Path.of("../docs/schema/collect.schema.json")));
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(shipped,
                InputFormat.JSON);
        ObjectMapper yaml = new YAMLMapper();
        for (String f : List.of("collect.yaml", "prometheus.yaml", "cdevents.yaml", "focus.yaml")) {
            List<Error> errors = schema.validate(yaml.readTree(EXAMPLES.resolve(f).toFile()));
            assertEquals(List.of(), errors, f);
        }
        List<Error> errors = schema.validate(yaml.readTree("sources: [{kind: focus, file: x, coverge: 5}]"));
        assertTrue(!errors.isEmpty(), "an unknown field breaks the schema too");
    }
}
