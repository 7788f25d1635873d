package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.InvalidExtensionException;

/**
 * Every field of the profile schema is read into {@link Profile}, and every field {@link Profile} reads is in
 * the schema: two full profiles that differ in every value, each field of one swapped into the other in turn.
 */
class ProfileSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A profile that sets every field of the schema, each form of condition at the top of a criterion. */
    private static final String FULL_A = """
            {"$schema": "a.json", "name": "A",
             "rules": ["a.drl"],
             "domains": [{"id": "acme.8", "zh": "域", "en": "Domain"}],
             "areas": [{"id": "acme.8.1", "domain": "acme.8", "zh": "区", "en": "Area"}],
             "items": [{"id": "acme.8.1.1", "area": "acme.8.1", "zh": "项", "en": "Item"}],
             "observations": [
               {"name": "acme.flag", "type": "FLAG", "zh": "旗", "en": "Flag", "source": "ci"},
               {"name": "acme.num", "type": "NUMBER", "unit": "duration"},
               {"name": "acme.set", "type": "SET", "words": ["x", "y"]}],
             "criteria": [
               {"id": "acme.8.1.1.L3.1", "item": "acme.8.1.1", "level": 3, "zh": "准", "en": "Crit",
                "condition": {"allOf": [{"attested": "acme.a"}]}},
               {"id": "acme.8.1.1.L3.2", "item": "acme.8.1.1", "level": 3, "condition": {"anyOf": [{"attested": "acme.a"}]}},
               {"id": "acme.8.1.1.L3.3", "item": "acme.8.1.1", "level": 3, "condition": {"not": {"attested": "acme.a"}}},
               {"id": "acme.8.1.1.L3.4", "item": "acme.8.1.1", "level": 3, "condition": {"attested": "acme.a"}},
               {"id": "acme.8.1.1.L3.5", "item": "acme.8.1.1", "level": 3,
                "condition": {"observation": "acme.num", "atLeast": 1, "unit": "h"}},
               {"id": "acme.8.1.1.L3.6", "item": "acme.8.1.1", "level": 3,
                "condition": {"observation": "acme.num", "atMost": 2, "unit": "h"}},
               {"id": "acme.8.1.1.L3.7", "item": "acme.8.1.1", "level": 3,
                "condition": {"observation": "acme.set", "contains": "x"}},
               {"id": "acme.8.1.1.L3.8", "item": "acme.8.1.1", "level": 3,
                "condition": {"observation": "acme.num", "equals": 3, "unit": "h"}},
               {"id": "acme.8.1.1.L3.9", "item": "acme.8.1.1", "level": 3,
                "condition": {"observation": "acme.set", "equals": ["x"]}}],
             "overrides": [{"criterion": "6.1.1.L3.2", "parameter": "p", "value": 1, "unit": "h"}],
             "waivers": [{"criterion": "7.1.1.L4.1", "kind": "disabled", "reason": "r", "approver": "a",
                          "expires": "2027-01-01"}],
             "policy": {"same": "cap", "partialCredit": "most"},
             "freshness": {"attestationDays": 10, "observationDays": 20, "criteria": {"6.1.1.L3.2": 30}}}
            """;

    /** The same fields; where a value differs from A's, it is valid in A's place too. */
    private static final String FULL_B = """
            {"$schema": "b.json", "name": "B",
             "rules": ["b.drl"],
             "domains": [{"id": "acme.9", "zh": "域二", "en": "Domain 2"}],
             "areas": [{"id": "acme.9.1", "domain": "acme.9", "zh": "区二", "en": "Area 2"}],
             "items": [{"id": "acme.9.1.1", "area": "acme.9.1", "zh": "项二", "en": "Item 2"}],
             "observations": [
               {"name": "acme.flag2", "type": "FLAG", "zh": "旗二", "en": "Flag 2", "source": "cd"},
               {"name": "acme.num2", "type": "FLAG", "unit": "percent"},
               {"name": "acme.set2", "type": "SET", "words": ["z"]}],
             "criteria": [
               {"id": "acme.9.1.1.L4.1", "item": "acme.9.1.1", "level": 4, "zh": "准二", "en": "Crit 2",
                "condition": {"allOf": [{"attested": "acme.b"}]}},
               {"id": "acme.9.1.1.L4.2", "item": "acme.9.1.1", "level": 4, "condition": {"anyOf": [{"attested": "acme.b"}]}},
               {"id": "acme.9.1.1.L4.3", "item": "acme.9.1.1", "level": 4, "condition": {"not": {"attested": "acme.b"}}},
               {"id": "acme.9.1.1.L4.4", "item": "acme.9.1.1", "level": 4, "condition": {"attested": "acme.b"}},
               {"id": "acme.9.1.1.L4.5", "item": "acme.9.1.1", "level": 4,
                "condition": {"observation": "acme.num2", "atLeast": 5, "unit": "min"}},
               {"id": "acme.9.1.1.L4.6", "item": "acme.9.1.1", "level": 4,
                "condition": {"observation": "acme.num2", "atMost": 6, "unit": "min"}},
               {"id": "acme.9.1.1.L4.7", "item": "acme.9.1.1", "level": 4,
                "condition": {"observation": "acme.set2", "contains": "z"}},
               {"id": "acme.9.1.1.L4.8", "item": "acme.9.1.1", "level": 4,
                "condition": {"observation": "acme.num2", "equals": 7, "unit": "min"}},
               {"id": "acme.9.1.1.L4.9", "item": "acme.9.1.1", "level": 4,
                "condition": {"observation": "acme.set2", "equals": ["z"]}}],
             "overrides": [{"criterion": "6.1.1.L3.3", "parameter": "q", "value": 2, "unit": "min"}],
             "waivers": [{"criterion": "7.1.1.L4.2", "kind": "not_applicable", "reason": "s", "approver": "b",
                          "expires": "2028-01-01"}],
             "policy": {"same": "inherit", "partialCredit": "some"},
             "freshness": {"attestationDays": 11, "observationDays": 21, "criteria": {"6.1.1.L3.2": 31}}}
            """;

    @TempDir
    Path dir;

    private Profile read(JsonNode json) throws IOException {
        Path file = dir.resolve("profile.json");
        Files.writeString(file, JSON.writeValueAsString(json));
        return Profile.read(file, ProfileTrust.ALLOW_RULES);
    }

    @Test
    void theFullProfilesSetEveryFieldOfTheSchemaAndNoOther() throws IOException {
        Set<String> schema = new TreeSet<>();
        JsonNode s;
        try (InputStream in = Profiles.class.getResourceAsStream("schema/profile.schema.json")) {
            s = JSON.readTree(in);
        }
        schemaPaths(s, s, "", schema);
        for (String full : new String[] {FULL_A, FULL_B}) {
            Map<String, JsonNode> leaves = new TreeMap<>();
            leaves(JSON.readTree(full), "", leaves);
            Set<String> fields = new TreeSet<>();
            leaves.keySet().forEach(p -> fields.add(p.replaceAll("\\[\\d+]", "[]")));
            assertEquals(schema, fields);
        }
    }

    @Test
    void everyFieldOfTheSchemaIsReadIntoTheProfile() throws IOException {
        JsonNode a = JSON.readTree(FULL_A);
        JsonNode b = JSON.readTree(FULL_B);
        Profile readA = read(a);
        assertNotEquals(readA, read(b));
        Map<String, JsonNode> leavesB = new TreeMap<>();
        leaves(b, "", leavesB);
        Set<String> proven = new TreeSet<>();
        Map<String, JsonNode> leavesA = new TreeMap<>();
        leaves(a, "", leavesA);
        for (Map.Entry<String, JsonNode> leaf : leavesB.entrySet()) {
            if (leaf.getValue().equals(leavesA.get(leaf.getKey()))) {
                continue; // the same value in both: another index proves the field
            }
            JsonNode swapped = a.deepCopy();
            put(swapped, leaf.getKey(), leaf.getValue());
            Profile p = read(swapped);
            assertNotEquals(readA, p, leaf.getKey() + " is not read into the profile");
            proven.add(leaf.getKey().replaceAll("\\[\\d+]", "[]"));
        }
        Set<String> schema = new TreeSet<>();
        JsonNode s;
        try (InputStream in = Profiles.class.getResourceAsStream("schema/profile.schema.json")) {
            s = JSON.readTree(in);
        }
        schemaPaths(s, s, "", schema);
        assertEquals(schema, proven);
    }

    @Test
    void theReaderAndTheSchemaTakeTheSameFields() throws IOException {
        // an unknown field in each object of the full profile: the reader's answer lists the fields it reads there
        JsonNode a = JSON.readTree(FULL_A);
        Set<String> objects = new TreeSet<>(Set.of("", "policy", "freshness"));
        for (String array : new String[] {"domains", "areas", "items", "observations", "criteria", "overrides", "waivers"}) {
            objects.add(array + "[0]");
        }
        for (int i = 0; i < a.get("criteria").size(); i++) {
            objects.add("criteria[" + i + "].condition");
        }
        Set<String> read = new TreeSet<>();
        for (String object : objects) {
            JsonNode copy = a.deepCopy();
            ((ObjectNode) (object.isEmpty() ? copy : copy.at(pointer(object)))).put("zz", 1);
            InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> read(copy), object);
            String where = object.isEmpty() ? "zz" : object + ".zz";
            String line = e.lines().stream().filter(p -> p.contains(": " + where + ": unknown field; expected one of ["))
                    .findFirst().orElseThrow(() -> new AssertionError(object + ": " + e.lines()));
            String list = line.substring(line.indexOf('[', line.indexOf("expected one of")) + 1, line.indexOf(']',
                    line.indexOf("expected one of")));
            for (String f : list.split(", ")) {
                read.add((object.isEmpty() ? "" : object.replaceAll("\\[\\d+]", "[]") + ".") + f);
            }
        }
        read.add("freshness.criteria.*"); // a map of criterion id to days: any key
        read.remove("freshness.criteria");
        Set<String> schema = new TreeSet<>();
        try (InputStream in = Profiles.class.getResourceAsStream("schema/profile.schema.json")) {
            JsonNode s = JSON.readTree(in);
            schemaPaths(s, s, "", schema);
        }
        Set<String> schemaLeaves = Set.copyOf(schema);
        // objects and arrays of objects are fields too, not only their leaves
        for (String p : schemaLeaves) {
            for (int dot = p.indexOf('.'); dot > 0; dot = p.indexOf('.', dot + 1)) {
                schema.add(p.substring(0, dot).replace("[]", ""));
            }
        }
        read.removeIf(p -> !schema.contains(p) && schema.contains(p.replace("[]", "")));
        Set<String> extra = new TreeSet<>(read);
        extra.removeAll(schema);
        assertEquals(Set.of(), extra, "fields the reader takes that the schema lacks");
        Set<String> refused = new TreeSet<>(schemaLeaves);
        refused.removeAll(read);
        assertEquals(Set.of(), refused, "fields the schema allows that the reader refuses");
    }

    private static String pointer(String path) {
        return "/" + path.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }

    @Test
    void aFieldOutsideTheSchemaIsRefused() {
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> read(JSON.readTree(
                "{\"domains\": [{\"id\": \"acme.8\", \"colour\": \"red\"}]}")));
        assertTrue(e.lines().get(0).contains("domains[0].colour: unknown field"), e.lines().toString());
    }

    /** The JSON paths ({@code a.b[].c}) the schema allows, conditions' keys under {@code ...condition.}. */
    private static void schemaPaths(JsonNode root, JsonNode n, String path, Set<String> out) {
        if (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            if (ref.equals("#/$defs/condition")) {
                // a condition: every key of every form, the nested ones being conditions again
                for (JsonNode form : root.at("/$defs/condition/oneOf")) {
                    form.get("properties").fieldNames().forEachRemaining(k -> out.add(path + "." + k));
                }
                return;
            }
            schemaPaths(root, root.at(ref.substring(1)), path, out);
        }
        if (n.has("allOf")) {
            n.get("allOf").forEach(x -> schemaPaths(root, x, path, out));
        }
        if (n.has("items")) {
            schemaPaths(root, n.get("items"), path + "[]", out);
        }
        if (n.has("additionalProperties") && n.get("additionalProperties").isObject()) {
            out.add(path + ".*");
        }
        if (n.has("properties")) {
            for (Map.Entry<String, JsonNode> p : n.get("properties").properties()) {
                String child = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
                if (p.getValue().isBoolean()) {
                    if (p.getValue().booleanValue()) {
                        out.add(child); // "x": true allows the field with any value: a field of the schema too
                    }
                    continue;
                }
                if (leaf(p.getValue())) {
                    out.add(child);
                } else {
                    schemaPaths(root, p.getValue(), child, out);
                }
            }
        }
    }

    /** A field read as one value: a scalar, an id or a number of days, or an array of strings. */
    private static boolean leaf(JsonNode v) {
        String ref = v.path("$ref").asText("");
        return !v.has("properties") && !v.has("allOf") && !v.path("additionalProperties").isObject()
                && (ref.isEmpty() || ref.equals("#/$defs/id") || ref.equals("#/$defs/days"))
                && (!v.has("items") || leaf(v.get("items")));
    }

    /** The document's leaves by path ({@code a.b[0].c}); a condition's keys count as leaves of the criterion. */
    private static void leaves(JsonNode n, String path, Map<String, JsonNode> out) {
        if (path.endsWith(".condition")) {
            n.fieldNames().forEachRemaining(k -> out.put(path + "." + k, n.get(k)));
            return;
        }
        if (n.isObject() && !path.endsWith("freshness.criteria")) {
            n.properties().forEach(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (n.isObject()) {
            n.properties().forEach(e -> out.put(path + ".*", e.getValue()));
        } else if (n.isArray() && !path.endsWith(".words") && !path.equals("rules")) {
            for (int i = 0; i < n.size(); i++) {
                leaves(n.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, n);
        }
    }

    /** Sets the value at a path made by {@link #leaves}. */
    private static void put(JsonNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.(?![^\\[]*])");
        JsonNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            n = step(n, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.equals("*")) {
            ((ObjectNode) n).removeAll();
            ((ObjectNode) n).set("6.1.1.L3.9", value);
        } else if (last.contains("[")) {
            ArrayNode arr = (ArrayNode) step(n, last.substring(0, last.indexOf('[')));
            arr.set(Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1)), value);
        } else {
            ((ObjectNode) n).set(last, value);
        }
    }

    private static JsonNode step(JsonNode n, String part) {
        if (part.endsWith("]")) {
            return n.get(part.substring(0, part.indexOf('['))).get(Integer.parseInt(part.substring(part.indexOf('[') + 1,
                    part.length() - 1)));
        }
        return n.get(part);
    }
}
