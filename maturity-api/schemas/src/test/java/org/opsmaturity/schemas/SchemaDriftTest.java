package org.opsmaturity.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.WarningCode;

/**
 * The shipped schemas cannot drift from the types: every value of every enum the documents carry is in the
 * schema and every value the schema allows is one of the enum's (both ways), and every field the result
 * writes is in the schema and every field the schema describes is written by a result that uses all of
 * them (both ways). An assessment with stale evidence and an expired waiver validates.
 */
class SchemaDriftTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static JsonNode schema(String name) throws IOException {
        return MAPPER.readTree(Schemas.text(name));
    }

    static <E extends Enum<E>> Set<String> values(Class<E> type, Function<E, String> written) {
        Set<String> s = new TreeSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> s.add(written.apply(e)));
        return s;
    }

    static Set<String> enumAt(JsonNode schema, String pointer) {
        JsonNode e = schema.at(pointer);
        assertTrue(e.isArray(), pointer + " is no enum");
        Set<String> s = new TreeSet<>();
        e.forEach(v -> s.add(v.asText()));
        return s;
    }

    @Test
    void everyEnumOfTheResultIsTheSchemasBothWays() throws IOException {
        JsonNode a = schema(Schemas.ASSESSMENT);
        assertEquals(values(WarningCode.class, Enum::name), enumAt(a, "/$defs/warning/properties/code/enum"), "warning code");
        assertEquals(values(CriterionStatus.class, Enum::name), enumAt(a, "/$defs/status/enum"), "criterion status");
        assertEquals(values(Source.class, Enum::name), enumAt(a, "/$defs/criterion/properties/source/enum"), "source");
        assertEquals(values(Waiver.Kind.class, k -> k.name().toLowerCase(Locale.ROOT)),
                enumAt(a, "/$defs/waiver/properties/kind/enum"), "waiver kind");
        // a gap is a criterion of the next level that is not met: NOT_MET or UNKNOWN, never MET or NOT_APPLICABLE
        assertEquals(Set.of(CriterionStatus.NOT_MET.name(), CriterionStatus.UNKNOWN.name()),
                enumAt(a, "/$defs/item/properties/gaps/items/properties/status/enum"), "gap status");
    }

    @Test
    void everyEnumOfTheFactsIsTheSchemasBothWays() throws IOException {
        JsonNode f = schema(Schemas.FACTS);
        assertEquals(new TreeSet<>(Units.all()), enumAt(f, "/$defs/observation/properties/unit/enum"), "unit");
        for (Class<? extends Enum<?>> type : List.of(Verdict.class, Coverage.class)) {
            String field = type.getSimpleName().toLowerCase(Locale.ROOT);
            JsonNode p = f.at("/$defs/attestation/properties/" + field);
            Set<String> written = new TreeSet<>();
            for (Enum<?> v : type.getEnumConstants()) {
                written.add(v.name().toLowerCase(Locale.ROOT));
            }
            for (String w : written) {
                assertTrue(w.matches(p.path("pattern").asText()), field + " " + w + " does not match the schema's pattern");
            }
            Set<String> examples = new TreeSet<>();
            p.path("examples").forEach(x -> examples.add(x.asText()));
            assertTrue(written.containsAll(examples), field + " examples " + examples + " are not all of " + written);
        }
    }

    /** The large sample, every fact dated, one stale, one waiver applied and one expired: every field in use. */
    static String everyField() throws IOException {
        ObjectNode facts = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("../../samples/src/main/resources/samples/large.json")));
        List<JsonNode> all = new ArrayList<>();
        facts.path("attestations").forEach(all::add);
        facts.path("observations").forEach(all::add);
        for (JsonNode n : all) {
            ((ObjectNode) n).putObject("evidence").put("text", "seen").put("link", "https://example.org/e").put("by", "auditor")
                    .put("observedAt", "2026-11-20");
        }
        ArrayNode atts = (ArrayNode) facts.path("attestations");
        atts.addObject().put("criterion", "1.1.1.L5.1").put("verdict", "partial").put("coverage", "most")
                .putObject("evidence").put("text", "too old").put("observedAt", "2020-01-01");
        atts.addObject().put("criterion", "1.1.1.L4.1").put("verdict", "partial").put("coverage", "most")
                .putObject("evidence").put("text", "two of three sites").put("observedAt", "2026-11-20");
        Clock today = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Assessor assessor = Assessor.builder().clock(today)
                .waive(Waiver.notApplicable("1.1.2.L2.1", "agentless by policy", "cto", TODAY.plusDays(30)))
                .waive(Waiver.notApplicable("1.1.2.L2.2", "until the migration", "cto", TODAY.minusDays(10)))
                .waive(Waiver.disabled("2.1.1.L5.1", "not for us")).build();
        Assessment result = assessor.evaluate(Json.readFacts(MAPPER.writeValueAsString(facts)));
        assertTrue(result.warnings().stream().anyMatch(w -> w.code() == WarningCode.STALE_EVIDENCE), "no stale evidence");
        assertTrue(result.warnings().stream().anyMatch(w -> w.code() == WarningCode.WAIVER_EXPIRED), "no expired waiver");
        return Json.write(result);
    }

    @Test
    void aResultWithStaleEvidenceAndAnExpiredWaiverValidates() throws IOException {
        assertEquals(List.of(), Schemas.validateAssessment(everyField()));
    }

    @Test
    void theResultNamesTheSchemaItFollows() throws IOException {
        assertEquals(Schemas.id(Schemas.ASSESSMENT), Json.ASSESSMENT_SCHEMA_ID);
        JsonNode metadata = MAPPER.readTree(everyField()).path("metadata");
        assertEquals(Json.ASSESSMENT_SCHEMA_ID, metadata.path("schema").asText());
        assertEquals(TODAY.toString(), metadata.path("assessedOn").asText());
        assertTrue(metadata.path("library").asText().matches("\\d+\\.\\d+\\.\\d+.*"), metadata.toString());
    }

    @Test
    void everyFieldTheSchemaDescribesIsWrittenAndEveryFieldWrittenIsDescribed() throws IOException {
        fieldsBothWays(Schemas.ASSESSMENT, MAPPER.readTree(everyField()), Set.of());
    }

    @Test
    void everyFieldOfTheFactsSchemaIsWrittenAndEveryFieldWrittenIsDescribed() throws IOException {
        ObjectNode facts = (ObjectNode) MAPPER.readTree(Files.readString(Path.of("../../samples/src/main/resources/samples/large.json")));
        ArrayNode atts = (ArrayNode) facts.path("attestations");
        atts.addObject().put("criterion", "1.1.1.L4.1").put("verdict", "partial").put("coverage", "most")
                .putObject("evidence").put("text", "two of three sites").put("link", "https://example.org/e").put("by", "a")
                .put("observedAt", "2026-11-20");
        for (JsonNode o : facts.path("observations")) {
            if (o.has("unit")) {
                ((ObjectNode) o).putObject("evidence").put("text", "probe").put("link", "https://example.org/p")
                        .put("by", "b").put("observedAt", "2026-11-20");
                break;
            }
        }
        JsonNode written = MAPPER.readTree(Json.write(Json.readFacts(MAPPER.writeValueAsString(facts))));
        assertEquals(List.of(), Schemas.validateFacts(written.toString()));
        // $schema is for editors: a document may name its schema, the library never writes it
        fieldsBothWays(Schemas.FACTS, written, Set.of("facts.schema.json#.$schema"));
    }

    /** Every field written is described by the schema, and every field described is written but the input-only ones. */
    static void fieldsBothWays(String name, JsonNode written, Set<String> inputOnly) throws IOException {
        Set<String> described = new TreeSet<>();
        describedFields(name, schema(name), "", described, new HashSet<>());
        Set<String> seen = new TreeSet<>();
        writtenFields(name, schema(name), "", written, seen);
        Set<String> notWritten = new TreeSet<>(described);
        notWritten.removeAll(seen);
        Set<String> notDescribed = new TreeSet<>(seen);
        notDescribed.removeAll(described);
        assertEquals(Set.of(), notDescribed, "fields written that " + name + " does not describe");
        assertEquals(inputOnly, notWritten, "fields " + name + " describes that are never written");
    }

    /** {@code assessment.schema.json#/$defs/item.gaps}: each property of each object schema reachable from the root. */
    static void describedFields(String doc, JsonNode s, String pointer, Set<String> out, Set<String> seen) throws IOException {
        if (!seen.add(doc + "#" + pointer)) {
            return;
        }
        if (s.has("$ref")) {
            String[] ref = resolve(doc, s.path("$ref").asText());
            describedFields(ref[0], schema(ref[0]).at(ref[1]), ref[1], out, seen);
            return;
        }
        JsonNode props = s.path("properties");
        for (var it = props.fields(); it.hasNext();) {
            var e = it.next();
            out.add(doc + "#" + pointer + "." + e.getKey());
            describedFields(doc, e.getValue(), pointer + "/properties/" + e.getKey(), out, seen);
        }
        if (s.path("items").isObject()) {
            describedFields(doc, s.path("items"), pointer + "/items", out, seen);
        }
    }

    static void writtenFields(String doc, JsonNode s, String pointer, JsonNode value, Set<String> out) throws IOException {
        if (s.has("$ref")) {
            String[] ref = resolve(doc, s.path("$ref").asText());
            writtenFields(ref[0], schema(ref[0]).at(ref[1]), ref[1], value, out);
            return;
        }
        if (value.isObject()) {
            for (var it = value.fields(); it.hasNext();) {
                var e = it.next();
                out.add(doc + "#" + pointer + "." + e.getKey());
                writtenFields(doc, s.path("properties").path(e.getKey()), pointer + "/properties/" + e.getKey(), e.getValue(), out);
            }
        } else if (value.isArray() && s.path("items").isObject()) {
            for (JsonNode v : value) {
                writtenFields(doc, s.path("items"), pointer + "/items", v, out);
            }
        }
    }

    /** {document, JSON pointer} of a {@code $ref}: {@code #/$defs/x} in the same document or {@code facts.schema.json#/$defs/x}. */
    static String[] resolve(String doc, String ref) {
        int hash = ref.indexOf('#');
        String target = hash <= 0 ? doc : ref.substring(0, hash);
        assertTrue(Schemas.names().contains(target), "$ref " + ref + " is not relative to a schema beside it");
        return new String[] {target, ref.substring(hash + 1)};
    }
}
