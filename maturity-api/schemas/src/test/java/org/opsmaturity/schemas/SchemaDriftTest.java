package org.opsmaturity.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
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
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.CellKind;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Hint;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Origin;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;
import org.opsmaturity.model.WarningDetail;

/**
 * The shipped schemas cannot drift from the types: every value of every enum the documents carry is in the
 * schema and every value the schema allows is one of the enum's (both ways), and every field the result
 * writes is in the schema and every field the schema describes is written by a result that uses all of
 * them (both ways). An assessment with stale evidence and an expired waiver validates. The typed justification
 * ({@code because}) and warning detail ({@code detail}): every kind of {@link Reason} and {@link WarningDetail},
 * with every component, is in the schema, and the reverse.
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
        assertEquals(values(Reason.Operator.class, Enum::name), enumAt(a, "/$defs/operator/enum"), "operator");
        assertEquals(values(Verdict.class, v -> v.name().toLowerCase(Locale.ROOT)), enumAt(a, "/$defs/verdict/enum"),
                "verdict");
        assertEquals(values(Coverage.class, v -> v.name().toLowerCase(Locale.ROOT)), enumAt(a, "/$defs/coverage/enum"),
                "coverage");
        Set<String> tests = new TreeSet<>();
        for (Class<?> c : OBSERVATION_TESTS) {
            tests.add(kind(c));
        }
        assertEquals(tests, enumAt(a, "/$defs/condition/properties/kind/enum"), "condition kind");
        assertEquals(values(CellKind.class, k -> k.name().toLowerCase(Locale.ROOT)),
                enumAt(a, "/$defs/suggestion.emptyCell/properties/cellKind/enum"), "cell kind");
    }

    /** The tests of a declared condition on an observation: the kinds of {@link Condition} with an observation. */
    static final List<Class<?>> OBSERVATION_TESTS = Arrays.stream(Condition.class.getPermittedSubclasses())
            .filter(c -> Arrays.stream(c.getRecordComponents()).anyMatch(r -> r.getName().equals("observation"))).toList();

    /** A kind's name in the result: the record's simple name, its first letter in lower case ({@code setCheck}). */
    static String kind(Class<?> type) {
        String n = type.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /**
     * The fields a record of the model is written with in the result: its components under the result's words
     * ({@code criterionId} is {@code criterion}, a part's {@code reason} its {@code because}), a {@link Parameter}
     * as its name ({@code parameter}) with {@code threshold} and {@code thresholdUnit}, an {@link Observation} as
     * its name with its {@code value}, and its {@code unit} where the observation is a number or may be one.
     */
    static Set<String> written(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == Hint.class) { // the suggestion as data and in English
                out.addAll(List.of("suggestion", "hint"));
            } else if (c.getType() == Parameter.class) {
                out.addAll(List.of("threshold", "thresholdUnit"));
            } else if (c.getType() == Observation.class) {
                out.addAll(List.of("observation", "value"));
                if (type == Reason.Comparison.class || type == Reason.Test.class) {
                    out.add("unit");
                }
            } else {
                out.add(switch (c.getName()) {
                    case "criterionId" -> "criterion";
                    case "parameterName" -> "parameter";
                    case "reason" -> type == Reason.Part.class ? "because" : "reason";
                    default -> c.getName();
                });
            }
        }
        return out;
    }

    static Set<String> described(JsonNode schema, String def) {
        JsonNode props = schema.path("$defs").path(def).path("properties");
        assertTrue(props.isObject(), "the schema has no $defs/" + def);
        Set<String> out = new TreeSet<>();
        props.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * Every kind of {@link Reason}, {@link WarningDetail} and {@link Hint} (each permitted record; {@link Hint.None}
     * is written as no suggestion) is a kind of the schema's {@code because} (resp. {@code detail},
     * {@code suggestion}), and the reverse, and each kind's fields are its components, both ways;
     * so are the fields of a part, a waiver as given and a test of a declared condition.
     */
    @Test
    void everyKindAndComponentOfTheTypedJustificationIsTheSchemasBothWays() throws IOException {
        JsonNode a = schema(Schemas.ASSESSMENT);
        for (Class<?> family : List.of(Reason.class, WarningDetail.class, Hint.class)) {
            String def = family == Reason.class ? "because" : family == Hint.class ? "suggestion" : "detail";
            Set<String> kinds = new TreeSet<>();
            for (Class<?> type : family.getPermittedSubclasses()) {
                if (type == Hint.None.class) {
                    continue;
                }
                String kind = kind(type);
                kinds.add(kind);
                Set<String> fields = written(type);
                fields.add("kind");
                assertEquals(fields, described(a, def + "." + kind), def + "." + kind + " against " + type.getName());
                assertEquals(kind, a.at("/$defs/" + def + "." + kind + "/properties/kind/const").asText(), def + "." + kind);
            }
            Set<String> listed = new TreeSet<>();
            a.at("/$defs/" + def + "/oneOf").forEach(r -> listed.add(r.path("$ref").asText().replace("#/$defs/" + def + ".", "")));
            assertEquals(kinds, listed, "the kinds of " + def);
        }
        assertEquals(written(Reason.Part.class), described(a, "part"), "part");
        assertEquals(written(Waiver.class), described(a, "waiverGiven"), "waiverGiven");
        Set<String> condition = new TreeSet<>(Set.of("kind"));
        OBSERVATION_TESTS.forEach(c -> condition.addAll(written(c)));
        condition.remove("observation");
        assertEquals(condition, described(a, "condition"), "condition");
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
        return Json.write(withEveryKind(result));
    }

    /**
     * The result with one justification of every kind of {@link Reason} added to its first criterion and one
     * warning of every kind of {@link WarningDetail}, so every field of {@code because} and {@code detail} is written.
     */
    static Assessment withEveryKind(Assessment r) {
        Observation lines = Observation.number("incident.support.lines", 3, "count");
        Observation tools = Observation.set("monitoring.tools", "prometheus");
        Observation offsite = Observation.flag("continuity.backup.offsite", false);
        Parameter minLines = new Parameter("minSupportLines", 4, "count", Origin.TEXT);
        Reason notGiven = new Reason.NotGiven("continuity.rpo.same-city");
        Reason comparison = new Reason.Comparison(lines, Reason.Operator.AT_LEAST, "minSupportLines", minLines, true, false);
        List<Reason> reasons = List.of(new Reason.Flag(offsite), comparison,
                new Reason.SetCheck(tools, true, List.of("zabbix")),
                new Reason.SizeCheck(tools, "minTools", new Parameter("minTools", 2, "count", Origin.TEXT), false, false),
                new Reason.Combined(true, CriterionStatus.NOT_MET, List.of(new Reason.Part(CriterionStatus.UNKNOWN, notGiven),
                        new Reason.Part(CriterionStatus.NOT_MET, comparison)), 1),
                new Reason.Attested(Attestation.partial("1.1.1.L4.1", Coverage.MOST, "two of three sites"), Coverage.ALL),
                new Reason.Waived(Waiver.notApplicable("1.1.2.L2.1", "agentless by policy", "cto", TODAY.plusDays(30))),
                new Reason.Declared(new Reason.Conjunction(true, List.of(
                        new Reason.Test(lines, new Condition.AtLeast("incident.support.lines", 4, "count"), false),
                        new Reason.Test(tools, new Condition.Contains("monitoring.tools", "zabbix"), false),
                        new Reason.Negation(new Reason.StatusOf("1.1.1.L2.1", CriterionStatus.MET)),
                        new Reason.NotObserved("x.y")))),
                notGiven, new Reason.Prose("a company rule's own words"));
        List<CriterionResult> criteria = new ArrayList<>(r.criteria());
        CriterionResult first = criteria.get(0);
        List<Justification> justifications = new ArrayList<>(first.justifications());
        reasons.forEach(why -> justifications.add(new Justification(first.criterionId(), CriterionStatus.NOT_MET, why,
                List.of(), List.of())));
        criteria.set(0, new CriterionResult(first.criterionId(), first.itemId(), first.level(), first.status(),
                first.source(), justifications, first.validUntil()));
        List<Warning> warnings = new ArrayList<>(r.warnings());
        for (Hint h : everyHint()) {
            warnings.add(new Warning(WarningCode.UNKNOWN_ID, "9.9", new WarningDetail.UnknownCriterion("attestations[9]", "9.9", h)));
        }
        for (WarningDetail d : List.of(new WarningDetail.UnknownCriterion("attestations[9]", "9.9", new Hint.None()),
                new WarningDetail.UnknownObservation("observations[9]", "x.y", new Hint.Closest(List.of("x.z"))),
                new WarningDetail.NotARequirement("attestations[1]", "1.1.1.L1.2", 1, Verdict.MET),
                new WarningDetail.DuplicateAttestation("attestations[2]", "1.1.1.L2.1", Verdict.PARTIAL),
                new WarningDetail.DuplicateObservation("observations[3]", "monitoring.tools"),
                new WarningDetail.StaleAttestation("1.1.1.L5.1", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)),
                new WarningDetail.StaleObservations("1.1.1.L2.1", 30, LocalDate.of(2026, 11, 1)),
                new WarningDetail.WaiverExpired("1.1.2.L2.2", TODAY.minusDays(10)),
                new WarningDetail.Conflict("1.1.1.L2.1", CriterionStatus.MET, CriterionStatus.NOT_MET, comparison),
                new WarningDetail.UnusedObservation("monitoring.tools"), new WarningDetail.Prose("a company rule's warning"))) {
            warnings.add(new Warning(WarningCode.CONFLICT, "1.1.1.L2.1", d));
        }
        return new Assessment(r.subject(), r.catalog(), criteria, r.items(), r.areas(), r.domains(), r.overall(), warnings,
                r.waivers()).withMetadata(r.metadata().orElseThrow());
    }

    /** One hint of every kind but {@link Hint.None}, so every field of {@code suggestion} is written. */
    static List<Hint> everyHint() {
        List<Hint> hints = List.of(new Hint.Closest(List.of("1.1.1.L1.1", "1.1.1.L1.2")), new Hint.StripSpaces("1.1.1.L1.1"),
                new Hint.EmptyCell("1.1.2.L1", CellKind.NONE), new Hint.AttestPointsOneByOne("1.1.1.L2", "1.1.1.L2.1", "1.1.1.L2.5"),
                new Hint.AttestItemCriteria("1.1.1"), new Hint.IdForm(), new Hint.NameForm(), new Hint.LookUpCriterion(),
                new Hint.LookUpName());
        Set<Class<?>> kinds = new HashSet<>(hints.stream().map(Object::getClass).toList());
        kinds.add(Hint.None.class);
        assertEquals(Set.of(Hint.class.getPermittedSubclasses()), kinds, "a kind of hint is not written");
        return hints;
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
        for (int i = 0; i < s.path("oneOf").size(); i++) {
            describedFields(doc, s.path("oneOf").get(i), pointer + "/oneOf/" + i, out, seen);
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
        if (s.has("oneOf")) { // the branch of the value's kind
            for (JsonNode branch : s.path("oneOf")) {
                String[] ref = resolve(doc, branch.path("$ref").asText());
                if (schema(ref[0]).at(ref[1] + "/properties/kind/const").asText().equals(value.path("kind").asText())) {
                    writtenFields(ref[0], schema(ref[0]).at(ref[1]), ref[1], value, out);
                    return;
                }
            }
            throw new AssertionError("kind " + value.path("kind") + " at " + doc + "#" + pointer + " is not one of the schema's");
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
