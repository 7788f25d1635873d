package org.opsmaturity.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Problem;

/**
 * {@link FactsShape} answers exactly what the facts schema answers: on every edge value in every place of a
 * small document, and on documents (the three samples and small generated ones) mutated at random; and
 * {@link Schemas#readFacts(byte[])} gives what validating every document first gave. The schema's digest is
 * pinned: a change to facts.schema.json fails here until FactsShape follows.
 */
class FactsShapeTest {
    /** SHA-256 of facts.schema.json (lines ending in \n) as FactsShape implements it. */
    static final String FACTS_SCHEMA_SHA256 = "da2030f344fe114d8b02a3e31220aad866515064ab72ae99ed5b0ace6927164c";

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String SMILE = "\uD83D\uDE00"; // U+1F600: 2 UTF-16 chars, 1 code point
    static final List<JsonNode> SAMPLES = List.of(sample("startup"), sample("midsize"), sample("large"));
    static final String[] UNITS = {"%", "%/h", "B", "KB", "MB", "GB", "TB", "PB", "count", "d", "h", "level", "min",
        "min/yr", "ms", "s"};
    static final String[] FIELDS = {"$schema", "subject", "attestations", "observations", "criterion", "verdict",
        "coverage", "evidence", "name", "value", "unit", "text", "link", "by", "observedAt", "Criterion", "verdict ",
        "units", "observed_at", "", "x", "$id"};
    static final List<JsonNode> EDGES = edges();
    /** One value of each JSON type, often drawn, so that every type meets every field. */
    static final List<JsonNode> KINDS = List.of(F.nullNode(), F.booleanNode(true), F.numberNode(1), F.numberNode(1.5),
            F.textNode(""), F.textNode("met"), F.textNode("ms"), F.arrayNode(), F.objectNode());

    static JsonNode sample(String name) {
        try {
            return MAPPER.readTree(Files.readString(Path.of("../../samples/src/main/resources/samples/" + name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n code points of {@code unit} (a letter or a supplementary character), then {@code tail}. */
    static String repeat(String unit, int n, String tail) {
        return unit.repeat(n) + tail;
    }

    static List<JsonNode> edges() {
        List<JsonNode> e = new ArrayList<>();
        List<String> strings = new ArrayList<>(List.of("", "a", "6.1.1.L3.2", "continuity.availability",
                "\uD83D", "\uDE00", "\u0000", " "));
        for (int n : new int[] {199, 200, 201, 65535, 65536, 65537}) {
            strings.add(repeat("a", n, ""));
            strings.add(repeat(SMILE, n, ""));
            strings.add(repeat("a", n - 1, SMILE)); // n code points, n + 1 chars
        }
        strings.addAll(List.of("met", "MET", "Met", "mEt", "not_met", "NOT-MET", "not met", "Not_Met", "not  met",
                "not.met", "notmet", "not\tmet", "partial", "PARTIAL", "pArTiAl", " met", "met ", "\tmet\n", "\u000Bmet\f",
                "\rnot_met\r\n", "\u00A0met", "met\u00A0", "met\u2003", "met\u3000", "met\u0085", "met\u2028",
                "met\u2029", "met\u001C", "met\n\u2028", "\u2028met", "part\u0131al", "PART\u0130AL", "\uFF2Det",
                "met\u0000", "me t", "metmet", "met met", "met\n\n", "\n\nmet", " met\t\r\n\u000B\f ", "mett",
                "none", "NONE", "some", "Most", "all", " all ", "ALL\t", "\u017Fome", "al l", "any", "\u00A0all",
                "\u212Aall", "most\u2028", "all\u0085", "None\r", "met\u200B"));
        for (String u : UNITS) {
            strings.add(u);
        }
        strings.addAll(List.of("%/H", "kb", "Kb", " ms", "ms ", "min/y", "\u00B5s", "K", "level ", "COUNT"));
        strings.addAll(List.of("2026-01-05", "2026-1-05", "2026-01-05x", "x2026-01-05", "2026-01-05\n", "\n",
                "\r\n", "\u2028", "\uFF12\uFF10\uFF12\uFF16-01-05", "2026/01/05", "20260105", "2026-01-5 ",
                "9999-99-99", "0000-00-00", "2026-01-05T00:00:00Z", "\u0662\u0660\u0662\u0666-01-05", "2026-01-05\u0085",
                " 2026-01-05", "2026-13-45", "202-01-05"));
        strings.forEach(s -> e.add(F.textNode(s)));
        e.addAll(List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(42L), F.numberNode(1.5), F.numberNode(-0.0),
                F.numberNode(1e300), F.numberNode(new BigInteger("12345678901234567890")),
                F.numberNode(new BigDecimal("0.1")), F.numberNode(99.9f), F.booleanNode(true), F.booleanNode(false),
                F.nullNode()));
        e.add(F.arrayNode());
        e.add(F.arrayNode().add("a"));
        e.add(F.arrayNode().add("a").add(1));
        e.add(F.arrayNode().addNull());
        e.add(F.arrayNode().add(true));
        e.add(F.arrayNode().add(F.arrayNode()));
        e.add(F.arrayNode().add(F.objectNode()));
        e.add(F.arrayNode().add(repeat("a", 65536, "")).add(repeat(SMILE, 65536, "")));
        e.add(F.arrayNode().add("x").add(repeat("a", 65537, "")));
        e.add(F.objectNode());
        e.add(F.objectNode().put("text", "x"));
        e.add(F.objectNode().putNull("text").putNull("link").putNull("by").putNull("observedAt"));
        e.add(F.objectNode().put("observedAt", "2026-13-45").put("by", "cto").put("link", "https://x"));
        e.add(F.objectNode().put("observedAt", "26-01-05"));
        e.add(F.objectNode().put("x", 1));
        e.add(F.objectNode().put("text", 5));
        e.add(F.objectNode().put("text", repeat(SMILE, 65537, "")));
        e.add(F.objectNode().put("criterion", "1.1.1.L1.1").put("verdict", "met"));
        e.add(F.objectNode().put("name", "continuity.availability").put("value", 99.9).put("unit", "%"));
        e.add(F.objectNode().put("name", "x").put("value", true));
        return List.copyOf(e);
    }

    /** Both answers, and both ways of reading, agree on the document. */
    static boolean assertAgree(JsonNode document) {
        boolean conforms = FactsShape.conforms(document);
        List<Problem> problems = Schemas.validate(Schemas.FACTS, document);
        assertEquals(problems.isEmpty(), conforms, () -> "FactsShape says " + conforms + ", the schema says "
                + problems + " for " + MaturityException.cut(document.toString()));
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(outcome(() -> Schemas.readFacts(bytes, true)), outcome(() -> Schemas.readFacts(bytes)),
                () -> "readFacts differs from validating first for " + MaturityException.cut(document.toString()));
        return conforms;
    }

    static Object outcome(Supplier<Facts> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static ObjectNode small() {
        ObjectNode d = F.objectNode();
        d.put("subject", "Team");
        ObjectNode a = d.putArray("attestations").addObject();
        a.put("criterion", "1.1.1.L1.1").put("verdict", "met").put("coverage", "all");
        a.putObject("evidence").put("text", "t").put("link", "l").put("by", "b").put("observedAt", "2026-01-05");
        ArrayNode o = d.putArray("observations");
        o.addObject().put("name", "continuity.availability").put("value", 99.9).put("unit", "%").put("evidence", "e");
        o.addObject().put("name", "a.flag").put("value", true);
        o.addObject().put("name", "a.set").putArray("value").add("x");
        return d;
    }

    @Example
    void theSchemaIsTheOneFactsShapeImplements() throws NoSuchAlgorithmException {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Schemas.text(Schemas.FACTS).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(FACTS_SCHEMA_SHA256, digest, "facts.schema.json changed: make FactsShape check what it now says"
                + " (and FactsShapeTest's edge values cover it), then set FACTS_SCHEMA_SHA256 to " + digest);
    }

    @Example
    void theSamplesAndTheSmallDocumentConform() {
        for (JsonNode d : SAMPLES) {
            assertTrue(assertAgree(d));
        }
        assertTrue(assertAgree(small()));
    }

    /** Loads the class path again, its own classes first, to see which classes a call loads. */
    static final class Isolated extends URLClassLoader {
        Isolated() throws IOException {
            super(urls(), ClassLoader.getPlatformClassLoader());
        }

        static URL[] urls() throws IOException {
            List<URL> urls = new ArrayList<>();
            for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(p).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Example
    void aConformingDocumentLoadsNoClassOfTheValidator() throws Exception {
        List<String> validator = List.of("com.networknt.schema.SchemaRegistry", "com.networknt.schema.Schema",
                "com.networknt.schema.SpecificationVersion", "com.networknt.schema.Error");
        byte[] large = Files.readAllBytes(Path.of("../../samples/src/main/resources/samples/large.json"));
        try (Isolated loader = new Isolated()) {
            Class<?> schemas = loader.loadClass(Schemas.class.getName());
            Object facts = schemas.getMethod("readFacts", byte[].class).invoke(null, (Object) large);
            assertEquals(131, ((List<?>) facts.getClass().getMethod("attestations").invoke(facts)).size());
            for (String name : validator) {
                assertFalse(loader.loaded(name), name + " was loaded to read a conforming document");
            }
            assertTrue(loader.loaded(FactsShape.class.getName()));
            // the control: a document the check refuses is validated by the schema
            Object problems = schemas.getMethod("validateFacts", String.class).invoke(null, "{\"x\": 1}");
            assertEquals(1, ((List<?>) problems).size());
            for (String name : validator) {
                assertTrue(loader.loaded(name), name);
            }
        }
    }

    @Example
    void everyEdgeValueInEveryPlace() {
        List<BiConsumer<ObjectNode, JsonNode>> places = List.of(
            (d, v) -> d.set("subject", v),
            (d, v) -> d.set("$schema", v),
            (d, v) -> d.set("attestations", v),
            (d, v) -> d.set("observations", v),
            (d, v) -> d.withArray("attestations").set(0, v),
            (d, v) -> d.withArray("observations").set(0, v),
            (d, v) -> attestation(d).set("criterion", v),
            (d, v) -> attestation(d).set("verdict", v),
            (d, v) -> attestation(d).set("coverage", v),
            (d, v) -> attestation(d).set("evidence", v),
            (d, v) -> ((ObjectNode) attestation(d).get("evidence")).set("text", v),
            (d, v) -> ((ObjectNode) attestation(d).get("evidence")).set("by", v),
            (d, v) -> ((ObjectNode) attestation(d).get("evidence")).set("observedAt", v),
            (d, v) -> observation(d, 0).set("name", v),
            (d, v) -> observation(d, 0).set("value", v),
            (d, v) -> observation(d, 0).set("unit", v),
            (d, v) -> observation(d, 0).set("evidence", v),
            (d, v) -> observation(d, 1).set("value", v),
            (d, v) -> observation(d, 1).set("unit", v),
            (d, v) -> observation(d, 2).set("unit", v),
            (d, v) -> ((ArrayNode) observation(d, 2).get("value")).set(0, v));
        int conforming = 0;
        int refused = 0;
        for (BiConsumer<ObjectNode, JsonNode> place : places) {
            for (JsonNode value : EDGES) {
                ObjectNode d = small();
                place.accept(d, value);
                if (assertAgree(d)) {
                    conforming++;
                } else {
                    refused++;
                }
            }
        }
        assertTrue(conforming > 200 && refused > 200, conforming + " conforming, " + refused + " refused");
    }

    static ObjectNode attestation(ObjectNode d) {
        return (ObjectNode) d.withArray("attestations").get(0);
    }

    static ObjectNode observation(ObjectNode d, int i) {
        return (ObjectNode) d.withArray("observations").get(i);
    }

    @Property(tries = 4000, seed = "20261202")
    void mutatedDocumentsAgree(@ForAll long seed) {
        Random r = new Random(seed);
        JsonNode d = r.nextInt(4) == 0 ? SAMPLES.get(r.nextInt(SAMPLES.size())).deepCopy() : generated(r);
        int mutations = r.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            d = mutate(d, r);
        }
        Statistics.collect(assertAgree(d) ? "conforms" : "refused");
        Statistics.coverage(c -> {
            c.check("conforms").percentage(p -> p > 15);
            c.check("refused").percentage(p -> p > 15);
        });
    }

    /** A small valid document. */
    static ObjectNode generated(Random r) {
        ObjectNode d = F.objectNode();
        if (r.nextBoolean()) {
            d.put("subject", r.nextBoolean() ? "Team " + r.nextInt(100) : null);
        }
        if (r.nextInt(5) == 0) {
            d.put("$schema", "https://example.org/facts.schema.json");
        }
        int attestations = r.nextInt(4);
        if (attestations > 0 || r.nextBoolean()) {
            ArrayNode as = d.putArray("attestations");
            for (int i = 0; i < attestations; i++) {
                as.add(attestation(r));
            }
        }
        int observations = r.nextInt(4);
        if (observations > 0 || r.nextBoolean()) {
            ArrayNode os = d.putArray("observations");
            for (int i = 0; i < observations; i++) {
                os.add(observation(r));
            }
        }
        return d;
    }

    static ObjectNode attestation(Random r) {
        ObjectNode a = F.objectNode().put("criterion", (1 + r.nextInt(9)) + ".1.1.L" + (1 + r.nextInt(5)) + ".1");
        a.put("verdict", pick(r, "met", "not_met", "partial", "NOT MET", " Met\t"));
        if (r.nextBoolean()) {
            a.put("coverage", pick(r, "none", "some", "most", "all", "ALL "));
        }
        evidence(a, r);
        return a;
    }

    static ObjectNode observation(Random r) {
        ObjectNode o = F.objectNode().put("name", "metric." + r.nextInt(50));
        switch (r.nextInt(3)) {
            case 0 -> o.put("value", r.nextBoolean() ? r.nextInt(1000) : r.nextDouble() * 100)
                    .put("unit", UNITS[r.nextInt(UNITS.length)]);
            case 1 -> o.put("value", r.nextBoolean());
            default -> {
                ArrayNode words = o.putArray("value");
                for (int i = r.nextInt(3); i > 0; i--) {
                    words.add("word" + r.nextInt(9));
                }
            }
        }
        evidence(o, r);
        return o;
    }

    static void evidence(ObjectNode fact, Random r) {
        switch (r.nextInt(4)) {
            case 0 -> fact.put("evidence", "seen");
            case 1 -> {
                ObjectNode e = fact.putObject("evidence");
                for (String field : new String[] {"text", "link", "by"}) {
                    if (r.nextBoolean()) {
                        e.put(field, r.nextBoolean() ? field : null);
                    }
                }
                if (r.nextBoolean()) {
                    e.put("observedAt", pick(r, "2026-11-05", "", null));
                }
            }
            case 2 -> fact.putNull("evidence");
            default -> {
            }
        }
    }

    static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    /** One random change somewhere in the document: a field or element removed, renamed, added or replaced. */
    static JsonNode mutate(JsonNode d, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(d, containers);
        if (containers.isEmpty() || r.nextInt(40) == 0) {
            return value(r); // the document itself replaced
        }
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? null : names.get(r.nextInt(names.size()));
            int op = name == null ? 2 : r.nextInt(4);
            switch (op) {
                case 0 -> o.remove(name);
                case 1 -> o.set(field(o, r), o.remove(name));
                case 2 -> o.set(field(o, r), value(r));
                default -> o.set(name, value(r));
            }
        } else {
            ArrayNode a = (ArrayNode) target;
            int op = a.isEmpty() ? 1 : r.nextInt(3);
            switch (op) {
                case 0 -> a.remove(r.nextInt(a.size()));
                case 1 -> a.add(a.isEmpty() || r.nextBoolean() ? value(r) : a.get(r.nextInt(a.size())).deepCopy());
                default -> a.set(r.nextInt(a.size()), value(r));
            }
        }
        return d;
    }

    /** Half the time a field of the object's own kind (an attestation's, an observation's, ...), else any name. */
    static String field(ObjectNode o, Random r) {
        String[] own = o.has("criterion") || o.has("verdict") ? new String[] {"criterion", "verdict", "coverage", "evidence"}
                : o.has("name") || o.has("value") ? new String[] {"name", "value", "unit", "evidence"}
                : o.has("text") || o.has("by") || o.has("link") || o.has("observedAt")
                ? new String[] {"text", "link", "by", "observedAt"}
                : new String[] {"$schema", "subject", "attestations", "observations"};
        return r.nextBoolean() ? own[r.nextInt(own.length)] : FIELDS[r.nextInt(FIELDS.length)];
    }

    static void collect(JsonNode n, List<JsonNode> containers) {
        if (n.isContainerNode()) {
            containers.add(n);
            n.forEach(child -> collect(child, containers));
        }
    }

    static JsonNode value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> attestation(r);
            case 1 -> observation(r);
            case 2 -> KINDS.get(r.nextInt(KINDS.size())).deepCopy();
            default -> EDGES.get(r.nextInt(EDGES.size())).deepCopy();
        };
    }
}
