package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;

/**
 * The facts document bound by databind: a {@code MismatchedInputException} deep in the document becomes the
 * format's error with the exact path, the value and the expected type; every mistake of a document is
 * reported, in document order; and the one-go binding of good bytes gives the same facts as the part-by-part
 * binding of the front end's tree.
 */
class FactsBindingTest {
    private static final String OK_ATTESTATION = "{'criterion': '1.1.1.L1.1', 'verdict': 'met'}";
    private static final String OK_OBSERVATION = "{'name': 'ha.single-points', 'value': 2, 'unit': 'count'}";

    private static InvalidFactsException refused(String doc) {
        String json = doc.replace('\'', '"');
        return assertThrows(InvalidFactsException.class, () -> Json.readFacts(json));
    }

    /** The one problem of a document: its type, path, value ("" when missing) and what was expected. */
    private static void assertOne(String doc, String path, String value, String expected) {
        InvalidFactsException e = refused(doc);
        assertEquals(1, e.problems().size(), e.getMessage());
        InvalidFactsException p = e.problems().get(0);
        assertInstanceOf(FactFormatException.class, p, e.getMessage());
        assertEquals(path, p.path(), e.getMessage());
        assertEquals(value, String.valueOf(p.value()), e.getMessage());
        assertEquals(expected, p.expected(), e.getMessage());
    }

    @Test
    void anArrayWhereAnObjectIsExpectedNamesItsPath() {
        assertOne("{'observations': [" + OK_OBSERVATION + ", " + OK_OBSERVATION.replace("}", ", 'evidence': ['a log']}")
                + "]}", "observations[1].evidence", "[\"a log\"]", "a JSON object");
        assertOne("{'attestations': [" + OK_ATTESTATION + ", [" + OK_ATTESTATION + "]]}", "attestations[1]",
                "[{\"criterion\":\"1.1.1.L1.1\",\"verdict\":\"met\"}]", "a JSON object");
        assertOne("{'subject': ['a', 'b']}", "subject", "[\"a\",\"b\"]", "a string");
    }

    @Test
    void aStringWhereANumberIsExpectedNamesItsPathAndHint() {
        InvalidFactsException e = refused("{'observations': [" + OK_OBSERVATION + ", " + OK_OBSERVATION.replace("2", "'2'")
                + "]}");
        assertEquals("observations[1].value", e.path());
        assertEquals("\"2\"", e.value());
        assertEquals("true/false, a number (with \"unit\"), or an array of words", e.expected());
        assertTrue(e.hint().startsWith("Maybe write a number or true/false without quotes"), e.hint());
    }

    @Test
    void aNumberWhereAStringIsExpectedNamesWhatTheStringIs() {
        assertOne("{'attestations': [" + OK_ATTESTATION + ", " + OK_ATTESTATION + ", " + OK_ATTESTATION.replace("}",
                ", 'evidence': {'text': 'x', 'by': 7}}") + "]}", "attestations[2].evidence.by", "7", "a string");
        assertOne("{'attestations': [{'criterion': 12, 'verdict': 'met'}]}", "attestations[0].criterion", "12",
                "a criterion id such as 1.1.1.L3.4 (a string)");
        assertOne("{'observations': [{'name': 'ha.single-points', 'value': 1, 'unit': 1.5}]}", "observations[0].unit",
                "1.5", "the unit of the number, e.g. \"s\" or \"%\" (a string)");
        assertOne("{'observations': [{'name': false, 'value': 1, 'unit': 'count'}]}", "observations[0].name", "false",
                "an observation name such as monitoring.processing.latency (a string)");
        assertOne("{'observations': [{'name': 'monitoring.transport.modes', 'value': ['push', {'w': 1}]}]}",
                "observations[0].value[1]", "{\"w\":1}", "a word (string)");
    }

    @Test
    void nullWhereAListIsExpected() {
        assertOne("{'observations': [" + OK_OBSERVATION + ", {'name': 'monitoring.transport.modes', 'value': null}]}",
                "observations[1].value", "", "true/false, a number with a unit, or an array of words");
        assertOne("{'observations': [{'name': 'monitoring.transport.modes', 'value': ['push', null]}]}",
                "observations[0].value[1]", "null", "a word (string)");
        assertOne("{'attestations': [" + OK_ATTESTATION + ", null]}", "attestations[1]", "null", "a JSON object");
        // a section given as null is as if absent, as before databind
        Facts f = Json.readFacts("{\"attestations\": null, \"observations\": null, \"subject\": null}");
        assertTrue(f.attestations().isEmpty() && f.observations().isEmpty(), f.toString());
    }

    @Test
    void unknownFieldsDeepInTheDocumentNameTheFieldsThereAre() {
        InvalidFactsException e = refused("{'observations': [" + OK_OBSERVATION + ", " + OK_OBSERVATION.replace("}",
                ", 'evidence': {'txt': 'x'}}") + "]}");
        assertEquals("observations[1].evidence.txt", e.path());
        assertEquals("one of the fields [by, link, observedAt, text]", e.expected());
        assertTrue(e.hint().contains("text"), e.hint());
    }

    @Test
    void everyMistakeIsReportedInDocumentOrder() {
        InvalidFactsException e = refused("{'subject': 7, 'attestations': [" + OK_ATTESTATION
                + ", {'criterion': 1, 'verdict': 'met'}, 'x', {'criterion': '1.1.1.L1.1', 'verdict': 'maybe'}, null,"
                + " {'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': {'observedAt': 20260101}}],"
                + " 'observations': [{'name': 'config.system.unified', 'value': true, 'unit': 's'}, " + OK_OBSERVATION
                + ", {'name': 'monitoring.transport.modes', 'value': [1]}, {'name': 'ha.single-points', 'value': 2,"
                + " 'unit': 'count', 'note': 'x'}]}");
        assertEquals(List.of("subject", "attestations[1].criterion", "attestations[2]", "attestations[3].verdict",
                "attestations[4]", "attestations[5].evidence.observedAt", "observations[0].unit",
                "observations[2].value[0]", "observations[3].note"),
                e.problems().stream().map(InvalidFactsException::path).toList(), e.getMessage());
        assertInstanceOf(InvalidValueException.class, e.problems().get(3));
        assertTrue(e.getMessage().startsWith("9 problems"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"startup", "midsize", "large"})
    void bindingTheBytesInOneGoGivesTheFactsOfTheTreeBoundPartByPart(String sample) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../samples/src/main/resources/samples/" + sample + ".json"));
        assertFalse(JsonFrontEnd.mayEscapeSurrogate(bytes), "the sample takes the one-go path");
        Facts quick = FactsReading.read(bytes);
        assertEquals(FactsReading.facts(JsonFrontEnd.tree(bytes)), quick);
        assertFalse(quick.attestations().isEmpty() || quick.observations().isEmpty());
    }

    @Test
    void anEscapedSurrogatePairIsReadOnTheTreeAndGivesTheSameText() {
        String escaped = "{\"subject\": \"ops \\ud83d\\ude80\", \"observations\": [" + OK_OBSERVATION.replace('\'', '"')
                + "]}";
        byte[] bytes = escaped.getBytes(StandardCharsets.UTF_8);
        assertTrue(JsonFrontEnd.mayEscapeSurrogate(bytes));
        Facts f = Json.readFacts(bytes);
        assertEquals("ops \uD83D\uDE80", f.subject());
        assertEquals(f, Json.readFacts(escaped.replace("\\ud83d\\ude80", "\uD83D\uDE80")));
        InvalidFactsException lone = assertThrows(InvalidFactsException.class,
                () -> Json.readFacts(escaped.replace("\\ude80", "")));
        assertEquals("subject", lone.path());
    }
}
