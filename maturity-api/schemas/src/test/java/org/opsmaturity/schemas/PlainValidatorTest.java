package org.opsmaturity.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain validator, given nothing but a directory holding the two files of docs/schema/ (no text of ours in
 * memory), loads assessment.schema.json by its {@code $id} and finds facts.schema.json beside it through the
 * relative {@code $ref}s: the schemas are usable without this library.
 */
class PlainValidatorTest {
    @TempDir
    Path dir;

    @Test
    void theAssessmentSchemaLoadsWithTheFactsSchemaBesideIt() throws IOException {
        String assessmentId = Schemas.id(Schemas.ASSESSMENT);
        String base = assessmentId.substring(0, assessmentId.lastIndexOf('/') + 1);
        assertEquals(base + Schemas.FACTS, Schemas.id(Schemas.FACTS), "the schemas' ids name one directory");
        for (String name : List.of(Schemas.ASSESSMENT, Schemas.FACTS)) {
            Files.copy(Path.of("../../docs/schema/" + name), dir.resolve(name));
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode result = mapper.readTree(SchemaDriftTest.everyField());
        assertEquals(List.of(), plain(base).validate(result));

        // a unit the facts schema does not allow, in an observation of a justification: caught through the $ref
        ((ObjectNode) firstObservation(result)).put("unit", "furlongs");
        List<Error> errors = plain(base).validate(result);
        assertTrue(errors.stream().anyMatch(e -> e.getSchemaLocation().toString().startsWith(base + Schemas.FACTS)),
                errors.toString());

        // the facts schema read is the file beside it (not a copy from elsewhere): allow the unit there and it passes
        Path facts = dir.resolve(Schemas.FACTS);
        Files.writeString(facts, Files.readString(facts).replace("\"enum\": [\"%\",", "\"enum\": [\"furlongs\", \"%\","));
        assertEquals(List.of(), plain(base).validate(result));
    }

    /** networknt with only a mapping of the ids' directory to the local one. */
    private Schema plain(String base) {
        String local = dir.toUri().toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaLoader(l -> l.schemaIdResolvers(r -> r.mapPrefix(base, local)).fetchRemoteResources()));
        return registry.getSchema(SchemaLocation.of(base + Schemas.ASSESSMENT));
    }

    private static JsonNode firstObservation(JsonNode result) {
        for (JsonNode c : result.path("criteria")) {
            for (JsonNode j : c.path("justifications")) {
                for (JsonNode o : j.path("observations")) {
                    if (o.has("unit")) {
                        return o;
                    }
                }
            }
        }
        throw new AssertionError("no observation with a unit in any justification");
    }
}
