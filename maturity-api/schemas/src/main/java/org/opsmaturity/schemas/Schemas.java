package org.opsmaturity.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.opsmaturity.api.Json;
import org.opsmaturity.api.internal.FactsReading;
import org.opsmaturity.api.internal.JsonFrontEnd;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.Strings;

/**
 * The JSON Schemas (2020-12) of the facts document, the assessment result and the company profile, shipped
 * in the maturity-api jar under {@code org/opsmaturity/api/schema/} (copies in docs/schema/), and validation
 * against them with the networknt validator. Problems name the JSON path in the form the facts reader
 * uses ({@code observations[3].unit}, {@code $} for the document), as {@link Problem}s in document order.
 *
 * <pre>{@code
 * List<Problem> problems = Schemas.validateFacts(Files.readString(path));
 * problems.forEach(p -> System.out.println(p.display()));
 * }</pre>
 */
public final class Schemas {
    /** The facts document: what {@link Json#readFacts(byte[])} reads. */
    public static final String FACTS = "facts.schema.json";
    /** The assessment result: what {@link Json#write(org.opsmaturity.model.Assessment)} writes. */
    public static final String ASSESSMENT = "assessment.schema.json";
    /** Where the schemas are on the class path. */
    public static final String RESOURCE_DIR = "/org/opsmaturity/api/schema/";

    /** The company profile: what {@link org.opsmaturity.api.Assessor.Builder#profile} reads (before its semantic checks). */
    public static final String PROFILE = "profile.schema.json";

    private static final List<String> NAMES = List.of(FACTS, ASSESSMENT, PROFILE);
    /**
     * The schema texts and ids, and the mapper that reads them and the documents validated, made on first use:
     * reading a conforming facts document needs none of them ({@link #readFacts(byte[])}).
     */
    private static final class Texts {
        /** Duplicate keys are an error, not "the last wins": the facts reader then names the duplicate. */
        static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        static final Map<String, String> TEXTS = new LinkedHashMap<>();
        static final Map<String, String> IDS = new LinkedHashMap<>();

        static {
            for (String name : NAMES) {
                String text = load(name);
                TEXTS.put(name, text);
                try {
                    IDS.put(name, MAPPER.readTree(text).path("$id").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * The networknt registry, built on first validation, and the schemas, each compiled on first use: the
     * command line reads facts far more often than it checks a result, and a conforming facts document
     * loads no class of the validator.
     */
    private static final class Validator {
        static final Map<String, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();
        static final SchemaRegistry REGISTRY;

        static {
            Map<String, String> byId = new LinkedHashMap<>();
            NAMES.forEach(name -> byId.put(Texts.IDS.get(name), Texts.TEXTS.get(name)));
            REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
        }

        static Schema schema(String name) {
            return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(Texts.IDS.get(n))));
        }
    }

    private Schemas() {
    }

    /**
     * The schema file names.
     *
     * @return {@code facts.schema.json}, {@code assessment.schema.json} and {@code profile.schema.json}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The text of a schema as shipped.
     *
     * @param name one of {@link #names()}
     * @return the schema's JSON text
     * @throws MaturityException if the name is not one of {@link #names()}
     */
    public static String text(String name) {
        String t = Texts.TEXTS.get(name);
        if (t == null) {
            throw new MaturityException("schema: '" + MaturityException.cut(name) + "' is not known; expected one of "
                    + NAMES, Strings.maybe(name, NAMES));
        }
        return t;
    }

    /**
     * The {@code $id} of a schema: the https address of its copy in the project's repository, against which
     * its relative {@code $ref}s resolve (the assessment schema refers to {@code facts.schema.json} beside it).
     *
     * @param name one of {@link #names()}
     * @return the id, e.g. {@code https://raw.githubusercontent.com/.../docs/schema/facts.schema.json}
     * @throws MaturityException if the name is not one of {@link #names()}
     */
    public static String id(String name) {
        text(name);
        return Texts.IDS.get(name);
    }

    /**
     * Validates a facts document (what {@link Json#readFacts(byte[])} reads) against the facts schema.
     *
     * @param json the document's text
     * @return the problems in document order; empty when valid
     */
    public static List<Problem> validateFacts(String json) {
        return validate(FACTS, json);
    }

    /**
     * Validates an assessment result (what {@link Json#write(org.opsmaturity.model.Assessment)} writes)
     * against the assessment schema.
     *
     * @param json the result's text
     * @return the problems in document order; empty when valid
     */
    public static List<Problem> validateAssessment(String json) {
        return validate(ASSESSMENT, json);
    }

    /**
     * Validates a company profile (what {@link org.opsmaturity.api.Assessor.Builder#profile} reads) against the
     * profile schema; the builder's semantic checks (known ids, one place per criterion) come on top.
     *
     * @param json the profile's text
     * @return the problems in document order; empty when valid
     */
    public static List<Problem> validateProfile(String json) {
        return validate(PROFILE, json);
    }

    /**
     * Validates a JSON document against a schema.
     *
     * @param name one of {@link #names()}
     * @param document the document as a tree
     * @return the problems in document order; empty when valid
     * @throws MaturityException if the name is not one of {@link #names()}
     */
    public static List<Problem> validate(String name, JsonNode document) {
        text(name);
        List<Problem> problems = new ArrayList<>();
        for (Error e : Validator.schema(name).validate(document)) {
            problems.add(problem(e));
        }
        return dedupe(problems);
    }

    /**
     * Validates a JSON text against a schema; a text that is not well-formed JSON gives one problem at {@code $}.
     *
     * @param name one of {@link #names()}
     * @param json the document's text
     * @return the problems in document order; empty when valid
     * @throws MaturityException if the name is not one of {@link #names()}
     */
    public static List<Problem> validate(String name, String json) {
        text(name);
        JsonNode n;
        try {
            n = Texts.MAPPER.readTree(json);
        } catch (IOException e) {
            return List.of(new Problem("$", MaturityException.cut(syntax(e)), "well-formed JSON"));
        }
        if (n == null || n.isMissingNode()) {
            return List.of(new Problem("$", "", "a JSON document"));
        }
        return validate(name, n);
    }

    /**
     * Reads a facts document: checked against the facts schema first (a {@link SchemaException} listing
     * every problem), then read by {@link Json#readFacts(byte[])}, which checks what the schema cannot
     * (limits, UTF-8, duplicate keys); the catalogue ids and vocabulary names are checked by the assessor.
     * A document that a hand-written check of the facts schema finds conforming is read without the schema
     * validator (which is neither built nor loaded then), from the one tree the facts reader's front end
     * parses; any other document is validated by the schema as {@link #validate(String, JsonNode)} does, so
     * every message is the schema's.
     *
     * @param bytes the document as UTF-8
     * @return the facts
     * @throws SchemaException if the document breaks the facts schema
     * @throws org.opsmaturity.model.InvalidFactsException if the facts reader rejects it
     */
    public static Facts readFacts(byte[] bytes) {
        JsonNode tree;
        try {
            tree = JsonFrontEnd.tree(bytes); // what Json.readFacts checks first: UTF-8, limits, duplicate keys
        } catch (InvalidFactsException e) {
            return readFacts(bytes, false); // the same mistake, found and reported as before
        }
        // one parse for the check and the reading: what Json.readFacts(bytes) gives, read from its tree
        return FactsShape.conforms(tree) ? FactsReading.facts(tree) : readFacts(bytes, false);
    }

    /**
     * {@link #readFacts(byte[])}, or with {@code validateFirst} what it did before the hand-written check:
     * every well-formed document validated by the schema (kept for the test that compares the two).
     */
    static Facts readFacts(byte[] bytes, boolean validateFirst) {
        JsonNode n = null;
        if (bytes.length <= Json.MAX_DOCUMENT_BYTES) {
            try {
                n = Texts.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (IOException e) {
                n = null; // not well-formed: the facts reader says where
            }
        }
        if (n != null && !n.isMissingNode() && (validateFirst || !FactsShape.conforms(n))) {
            List<Problem> problems = validate(FACTS, n);
            if (!problems.isEmpty()) {
                throw new SchemaException(problems);
            }
        }
        return Json.readFacts(bytes);
    }

    private static Problem problem(Error e) {
        String path = path(e.getInstanceLocation());
        JsonNode node = e.getInstanceNode();
        String value = node == null || node.isMissingNode() ? ""
                : MaturityException.cut(node.isTextual() ? node.textValue() : node.toString());
        JsonNode schema = e.getSchemaNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "required": {
                String property = e.getProperty() != null ? e.getProperty() : String.valueOf(e.getArguments()[0]);
                return new Problem(join(path, property), "", "a field \"" + property + "\"");
            }
            case "additionalProperties": {
                String property = e.getProperty();
                TreeSet<String> known = fields(e);
                return new Problem(join(path, property), property, "one of the fields " + known,
                        Strings.maybe(property, known));
            }
            case "false":
                return new Problem(path, value, "nothing here: no unit for a flag or a set");
            case "type":
                return new Problem(path, value, article(types(schema)));
            case "enum":
                return new Problem(path, value, "one of " + schema);
            case "pattern":
                return new Problem(path, value, describe(e, "text matching " + schema));
            case "maxLength":
                return new Problem(path, value, "at most " + schema + " characters (it has " + node.textValue().length()
                        + ")"); // value is cut already: its length is not the string's
            case "minLength":
                return new Problem(path, value, "at least " + schema + " character" + (schema.asInt() == 1 ? "" : "s"));
            case "minimum":
                return new Problem(path, value, "at least " + schema);
            case "maximum":
                return new Problem(path, value, "at most " + schema);
            default:
                return new Problem(path, value, e.getMessage() == null ? keyword : stripPath(e.getMessage()));
        }
    }

    private static TreeSet<String> fields(Error e) {
        // the allowed fields are the "properties" next to "additionalProperties"
        TreeSet<String> names = new TreeSet<>();
        JsonNode parent = parentSchema(e);
        if (parent != null) {
            Iterator<String> it = parent.path("properties").fieldNames();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode parentSchema(Error e) {
        String location = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String base = location.substring(0, hash);
        String pointer = location.substring(hash + 1);
        int last = pointer.lastIndexOf('/');
        if (last < 0) {
            return null;
        }
        String parentPointer = pointer.substring(0, last);
        for (Map.Entry<String, String> id : Texts.IDS.entrySet()) {
            if (id.getValue().equals(base)) {
                try {
                    return Texts.MAPPER.readTree(Texts.TEXTS.get(id.getKey())).at(parentPointer);
                } catch (IOException x) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String describe(Error e, String fallback) {
        JsonNode parent = parentSchema(e);
        String d = parent == null ? "" : parent.path("description").asText("");
        if (d.startsWith("A ") || d.startsWith("An ")) { // "expected a date ...", not "expected A date ..."
            d = "a" + d.substring(1);
        }
        return d.isEmpty() ? fallback : d;
    }

    private static String types(JsonNode schema) {
        if (schema == null) {
            return "another type";
        }
        if (schema.isArray()) {
            List<String> ts = new ArrayList<>();
            schema.forEach(t -> ts.add(t.asText()));
            return String.join(" or ", ts);
        }
        return schema.asText();
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("o") || type.startsWith("i") ? "an " : "a ") + type;
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        Map<String, Problem> seen = new LinkedHashMap<>();
        problems.forEach(p -> seen.putIfAbsent(p.display(), p));
        return List.copyOf(seen.values());
    }

    /** {@code observations[0].value}; {@code $} for the document itself. */
    static String path(NodePath p) {
        if (p == null || p.getNameCount() == 0) {
            return "$";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            Object element = p.getElement(i);
            if (element instanceof Number) {
                s.append('[').append(element).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(element);
            }
        }
        return s.toString();
    }

    /** {@code attestations[0].verdict}; a field with an empty name is {@code ""} (a path cannot be empty). */
    private static String join(String path, String field) {
        String f = field.isEmpty() ? "\"\"" : field;
        return "$".equals(path) ? f : path + "." + f;
    }

    private static String stripPath(String message) {
        return message.replaceFirst("^\\$[^:]*: ", "");
    }

    /** Jackson's message without its source description, with where: {@code Unexpected end-of-input ... (line 1, column 2)}. */
    private static String syntax(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return firstLine(j.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[Source: [^]]*]\\)", "")
                    + " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String load(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new MaturityException("schema: '" + name + "' is not on the class path under " + RESOURCE_DIR,
                        "Maybe the maturity-api jar is missing from the class path.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
