package org.opsmaturity.schemas;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * facts.schema.json written out by hand: {@link #conforms(JsonNode)} answers exactly what the networknt
 * validator answers (no problems or some) for every keyword of the facts schema, without building a schema
 * registry, so that a conforming document is read without the validator. It gives no messages: a document
 * it refuses is validated by the schema, whose messages the user sees.
 *
 * <p>The validator's semantics followed here: string lengths count code points; {@code pattern} is searched
 * ({@code find}) with {@code java.util.regex}, its {@code $} made {@code \z}, so {@code \s} is the six ASCII
 * spaces {@code [ \t\n\x0B\f\r]} and the letter classes are ASCII only; {@code number} takes integers and
 * decimals; {@code unit: false} refuses a unit of any value, {@code null} included. FactsShapeTest compares
 * the two on mutated documents, and pins the schema's digest so that a change to the schema fails a test
 * until this class follows.
 */
final class FactsShape {
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 65536;

    private static final Set<String> ROOT = Set.of("$schema", "subject", "attestations", "observations");
    private static final Set<String> ATTESTATION = Set.of("criterion", "verdict", "coverage", "evidence");
    private static final Set<String> OBSERVATION = Set.of("name", "value", "unit", "evidence");
    private static final Set<String> EVIDENCE = Set.of("text", "link", "by", "observedAt");
    private static final Set<String> UNITS = Set.of("%", "%/h", "B", "KB", "MB", "GB", "TB", "PB", "count", "d",
            "h", "level", "min", "min/yr", "ms", "s");
    private static final String[] VERDICTS = {"met", "not met", "partial"};
    private static final String[] COVERAGES = {"none", "some", "most", "all"};

    private FactsShape() {
    }

    /**
     * Whether a document conforms to facts.schema.json.
     *
     * @param document the document as a tree
     * @return true exactly when the facts schema finds no problem in it
     */
    static boolean conforms(JsonNode document) {
        if (!objectOf(document, ROOT)) {
            return false;
        }
        JsonNode schema = document.get("$schema");
        if (schema != null && !schema.isTextual()) {
            return false;
        }
        JsonNode subject = document.get("subject");
        if (subject != null && !subject.isNull() && !text(subject, 0, TEXT_MAX)) {
            return false;
        }
        return each(document.get("attestations"), true) && each(document.get("observations"), false);
    }

    private static boolean each(JsonNode list, boolean attestations) {
        if (list == null || list.isNull()) {
            return true;
        }
        if (!list.isArray()) {
            return false;
        }
        for (JsonNode element : list) {
            if (!(attestations ? attestation(element) : observation(element))) {
                return false;
            }
        }
        return true;
    }

    /** A missing required field is a {@code MissingNode} here ({@code path}), which is no string. */
    private static boolean attestation(JsonNode a) {
        return objectOf(a, ATTESTATION) && text(a.path("criterion"), 1, NAME_MAX) && word(a.path("verdict"), VERDICTS)
                && (!a.has("coverage") || word(a.get("coverage"), COVERAGES)) && evidence(a.get("evidence"));
    }

    private static boolean observation(JsonNode o) {
        if (!objectOf(o, OBSERVATION)) {
            return false;
        }
        JsonNode value = o.get("value");
        JsonNode unit = o.get("unit");
        if (!text(o.path("name"), 1, NAME_MAX) || value == null || !evidence(o.get("evidence"))) {
            return false;
        }
        if (value.isNumber()) {
            return unit != null && unit.isTextual() && UNITS.contains(unit.textValue());
        }
        if (unit != null) {
            return false; // "else": {"properties": {"unit": false}}
        }
        if (value.isBoolean()) {
            return true;
        }
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode word : value) {
            if (!text(word, 0, TEXT_MAX)) {
                return false;
            }
        }
        return true;
    }

    private static boolean evidence(JsonNode e) {
        if (e == null || e.isNull()) {
            return true;
        }
        if (e.isTextual()) {
            return length(e.textValue()) <= TEXT_MAX;
        }
        if (!objectOf(e, EVIDENCE)) {
            return false;
        }
        for (String field : new String[] {"text", "link", "by"}) {
            JsonNode t = e.get(field);
            if (t != null && !t.isNull() && !text(t, 0, TEXT_MAX)) {
                return false;
            }
        }
        JsonNode at = e.get("observedAt");
        return at == null || at.isNull() || at.isTextual() && date(at.textValue());
    }

    /** An object with no field but the allowed ones ({@code additionalProperties: false}). */
    private static boolean objectOf(JsonNode n, Set<String> allowed) {
        if (!n.isObject()) {
            return false;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            if (!allowed.contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    /** A string of min to max code points (the schema's minLength and maxLength). */
    private static boolean text(JsonNode n, int min, int max) {
        if (!n.isTextual()) {
            return false;
        }
        int length = length(n.textValue());
        return length >= min && length <= max;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * {@code ^\s*(word|...)\s*$} as the validator runs it: ASCII spaces around, one of the words with ASCII
     * letters in either case, and in a word's space (only "not met" has one) any of {@code -}, {@code _} or a space.
     */
    private static boolean word(JsonNode n, String[] words) {
        if (!n.isTextual()) {
            return false;
        }
        String s = n.textValue();
        int from = 0;
        int to = s.length();
        while (from < to && space(s.charAt(from))) {
            from++;
        }
        while (to > from && space(s.charAt(to - 1))) {
            to--;
        }
        for (String w : words) {
            if (to - from == w.length() && same(s, from, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String s, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = s.charAt(from + i);
            char w = word.charAt(i);
            boolean ok = w == ' ' ? c == '-' || c == '_' || c == ' ' : c == w || c == (char) (w - ('a' - 'A'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** java.util.regex's {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code ^([0-9]{4}-[0-9]{2}-[0-9]{2})?$}, with {@code $} the very end: empty or YYYY-MM-DD in ASCII digits. */
    private static boolean date(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (s.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
