package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.InvalidFactsException;

/**
 * A document whose tree is plain is bound without databind ({@link FactsDocument#plain}); it must give what
 * databind's binding gives: the same facts, or the same mistakes. Random documents mix, in every field, the
 * shapes databind binds in one way only and those it refuses or binds otherwise (JSON null, a number or a
 * boolean for a string, an unknown field, an array for an object, ...).
 */
class PlainBindingTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static int plain;
    private static int all;

    @Test
    void aTypicalDocumentIsPlainAndReadAsTheBytesAre() {
        String doc = """
                {"$schema": "facts.schema.json", "subject": "Acme",
                 "attestations": [{"criterion": "1.1.1.L1.1", "verdict": "met", "evidence": "a runbook"},
                   {"criterion": "1.1.1.L2.1", "verdict": "partial", "coverage": "most",
                    "evidence": {"text": "t", "link": "https://x", "by": "me", "observedAt": "2026-11-02"}}],
                 "observations": [{"name": "ha.single-points", "value": 2, "unit": "count"},
                   {"name": "ha.drills", "value": true, "evidence": {"observedAt": ""}},
                   {"name": "x.set", "value": ["a", "b"]}]}""";
        JsonNode tree = JsonFrontEnd.tree(doc.getBytes(StandardCharsets.UTF_8));
        assertNotNull(FactsDocument.plain(tree), "every part is plain, so no databind");
        assertEquals(Json.readFacts(doc), FactsReading.facts(tree));
        assertEquals(FactsReading.bound(tree), FactsReading.facts(tree));
    }

    @Test
    void aNullOrANumberForAStringIsNotPlain() {
        for (String doc : List.of("{\"subject\": null}", "{\"subject\": 5}", "{\"attestations\": [null]}",
                "{\"attestations\": [{\"criterion\": 1, \"verdict\": \"met\"}]}",
                "{\"observations\": [{\"name\": \"a\", \"value\": true, \"unit\": null}]}",
                "{\"observations\": [{\"name\": \"a\", \"value\": null}]}", "{\"other\": 1}")) {
            assertNull(FactsDocument.plain(JsonFrontEnd.tree(doc.getBytes(StandardCharsets.UTF_8))), doc);
        }
    }

    @Property(tries = 3000, seed = "20261202")
    void plainBindingGivesWhatDatabindGives(@ForAll long seed) {
        JsonNode tree = document(new Random(seed));
        all++;
        if (FactsDocument.plain(tree) != null) {
            plain++;
        }
        assertEquals(outcome(() -> FactsReading.bound(tree)), outcome(() -> FactsReading.facts(tree)), tree.toString());
    }

    @AfterContainer
    static void bothKindsWereTried() {
        if (all > 0) {
            assertTrue(plain > all / 5 && plain < all * 4 / 5, "plain " + plain + " of " + all);
        }
    }

    private static Object outcome(java.util.function.Supplier<Object> read) {
        try {
            return read.get();
        } catch (InvalidFactsException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static JsonNode document(Random r) {
        ObjectNode d = F.objectNode();
        maybe(r, d, "$schema", () -> r.nextBoolean() ? F.textNode("x") : any(r));
        maybe(r, d, "subject", () -> r.nextInt(4) > 0 ? F.textNode("Acme") : any(r));
        maybe(r, d, "attestations", () -> list(r, () -> attestation(r)));
        maybe(r, d, "observations", () -> list(r, () -> observation(r)));
        if (r.nextInt(20) == 0) {
            d.put("extra", 1);
        }
        return d;
    }

    private static JsonNode attestation(Random r) {
        if (r.nextInt(25) == 0) {
            return any(r);
        }
        ObjectNode a = F.objectNode();
        maybe(r, a, "criterion", () -> text(r, "1.1.1.L1.1", "1.1.1.L2.1", "9.9.9.L9.9", ""));
        maybe(r, a, "verdict", () -> text(r, "met", "not_met", "partial", "Met ", "maybe"));
        if (r.nextInt(3) == 0) {
            maybe(r, a, "coverage", () -> text(r, "all", "none", "some", "most", "lots"));
        }
        if (r.nextBoolean()) {
            maybe(r, a, "evidence", () -> evidence(r));
        }
        if (r.nextInt(30) == 0) {
            a.put("criterium", "1.1.1.L1.1");
        }
        return a;
    }

    private static JsonNode observation(Random r) {
        if (r.nextInt(25) == 0) {
            return any(r);
        }
        ObjectNode o = F.objectNode();
        maybe(r, o, "name", () -> text(r, "ha.single-points", "ha.drills", "no.such", ""));
        int kind = r.nextInt(4);
        maybe(r, o, "value", () -> switch (kind) {
            case 0 -> F.booleanNode(r.nextBoolean());
            case 1 -> r.nextBoolean() ? F.numberNode(r.nextInt(100)) : F.numberNode(r.nextDouble() * 100);
            case 2 -> F.arrayNode().add("a").add(r.nextInt(6) == 0 ? F.numberNode(1) : F.textNode("b"));
            default -> any(r);
        });
        if (kind == 1 ? r.nextInt(6) > 0 : r.nextInt(6) == 0) {
            maybe(r, o, "unit", () -> text(r, "count", "s", "%", "parsec"));
        }
        if (r.nextBoolean()) {
            maybe(r, o, "evidence", () -> evidence(r));
        }
        return o;
    }

    private static JsonNode evidence(Random r) {
        if (r.nextBoolean()) {
            return text(r, "a log", "");
        }
        ObjectNode e = F.objectNode();
        maybe(r, e, "text", () -> text(r, "t", ""));
        maybe(r, e, "link", () -> text(r, "https://x"));
        maybe(r, e, "by", () -> text(r, "me"));
        maybe(r, e, "observedAt", () -> text(r, "2026-11-02", "", "2026-13-45", "1900-01-01", "yesterday"));
        if (r.nextInt(20) == 0) {
            e.put("when", "now");
        }
        return e;
    }

    /** Mostly present with a good value; sometimes absent, sometimes any value of any JSON type. */
    private static void maybe(Random r, ObjectNode o, String field, java.util.function.Supplier<JsonNode> good) {
        int c = r.nextInt(12);
        if (c == 0) {
            return;
        }
        o.set(field, c == 1 ? any(r) : good.get());
    }

    private static JsonNode text(Random r, String... words) {
        return F.textNode(words[r.nextInt(words.length)]);
    }

    private static JsonNode list(Random r, java.util.function.Supplier<JsonNode> element) {
        ArrayNode a = F.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
            a.add(element.get());
        }
        return a;
    }

    private static JsonNode any(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> F.nullNode();
            case 1 -> F.numberNode(7);
            case 2 -> F.booleanNode(true);
            case 3 -> F.textNode("w");
            case 4 -> F.arrayNode().add("w");
            case 5 -> F.objectNode().put("k", "v");
            default -> F.numberNode(2.5);
        };
    }
}
