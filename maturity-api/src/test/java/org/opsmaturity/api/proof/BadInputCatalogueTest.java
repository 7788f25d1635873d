package org.opsmaturity.api.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.ConflictingFactsException;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.FactsLimitException;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.MalformedFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.UnknownIdException;
import org.opsmaturity.model.UnreadableFactsException;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.rules.StandardRules;

/**
 * A catalogue of bad inputs, each a test: the input is rejected whole with one specific subtype of
 * {@link InvalidFactsException} (root {@link MaturityException}) whose message names the field path,
 * the value (cut when long) and what was expected, with a "Maybe ..." hint where one helps; and no rule
 * session is left open (nothing is half-evaluated).
 */
class BadInputCatalogueTest {
    private static final Assessor ASSESSOR = Assessor.standard();
    private static final int MIB = 1024 * 1024;

    /**
     * One bad input. {@code path} is the exact path, to which the reader may add a position
     * ({@code observations[0].value (line 1, column 60)}), or ends with {@code *} for a prefix; {@code value} and {@code expected} are parts of
     * {@link InvalidFactsException#value()} and {@link InvalidFactsException#expected()} ({@code null}
     * for a missing value); {@code hint} is a part of the hint, which must then start with "Maybe ",
     * or {@code null} when no hint is required.
     */
    record Bad(String name, Executable input, Class<? extends InvalidFactsException> type, String path,
            String value, String expected, String hint) {
    }

    /** A JSON document written with ' for " (except where a case is about quotes). */
    static Executable json(String text) {
        String doc = text.replace('\'', '"');
        return () -> ASSESSOR.evaluate(Json.readFacts(doc));
    }

    static Executable bytes(byte[] doc) {
        return () -> ASSESSOR.evaluate(Json.readFacts(doc));
    }

    static Executable facts(Facts facts) {
        return () -> ASSESSOR.evaluate(facts);
    }

    static String observation(String name, String value, String unit) {
        return "{'observations': [{'name': '" + name + "', 'value': " + value
                + (unit == null ? "" : ", 'unit': '" + unit + "'") + "}]}";
    }

    static String attestation(String criterion, String verdict) {
        return "{'attestations': [{'criterion': '" + criterion + "', 'verdict': '" + verdict + "'}]}";
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static List<Bad> cases() throws IOException {
        List<Bad> c = new ArrayList<>();
        Class<MalformedFactsException> malformed = MalformedFactsException.class;
        Class<FactFormatException> format = FactFormatException.class;
        Class<UnknownIdException> unknown = UnknownIdException.class;
        Class<InvalidValueException> value = InvalidValueException.class;
        Class<ConflictingFactsException> conflict = ConflictingFactsException.class;
        Class<FactsLimitException> limit = FactsLimitException.class;
        Class<UnreadableFactsException> unreadable = UnreadableFactsException.class;

        // ---- malformed JSON
        c.add(new Bad("truncated inside an observation",
                json("{'observations': [{'name': 'continuity.availability', 'value': 99.9"),
                malformed, "observations[0].value", "end-of-input", "well-formed JSON", "truncated"));
        c.add(new Bad("truncated inside a string", json("{'subject': 'Harbor Log"),
                malformed, "subject", "end-of-input", "well-formed JSON", "truncated"));
        c.add(new Bad("a missing comma between fields", json("{'subject': 'a' 'observations': []}"),
                malformed, "subject", "Unexpected character", "well-formed JSON", "Maybe"));
        c.add(new Bad("a trailing comma", json("{'observations': [],}"),
                malformed, "observations", "Unexpected character", "well-formed JSON", "trailing comma"));
        c.add(new Bad("a comment", json("{/* from the CMDB */ 'observations': []}"),
                malformed, "$", "Unexpected character", "well-formed JSON", "comment"));
        c.add(new Bad("single quotes", () -> Json.readFacts("{'subject': 'x'}"),
                malformed, "$", "Unexpected character", "well-formed JSON", "double quotes"));
        c.add(new Bad("a NaN literal", json(observation("continuity.availability", "NaN", "%")),
                malformed, "observations[0].value", "NaN", "well-formed JSON", "NaN or Infinity"));
        c.add(new Bad("an Infinity literal", json(observation("monitoring.processing.latency", "-Infinity", "s")),
                malformed, "observations[0].value", "Infinity", "well-formed JSON", "NaN or Infinity"));
        c.add(new Bad("two documents in one file", json("{'observations': []} {'observations': []}"),
                malformed, "$", "data after the end", "well-formed JSON", "two documents"));
        c.add(new Bad("a duplicate key at the top", json("{'subject': 'a', 'subject': 'b'}"),
                malformed, "subject", "Duplicate field 'subject'", "well-formed JSON", "remove one"));
        c.add(new Bad("a duplicate key in an observation",
                json("{'observations': [{'name': 'ha.single-points', 'value': 1, 'value': 2, 'unit': 'count'}]}"),
                malformed, "observations[0].value", "Duplicate field 'value'", "well-formed JSON", "remove one"));
        c.add(new Bad("an unescaped control character", json("{'subject': 'a\u0001b'}"),
                malformed, "subject", "CTRL-CHAR", "well-formed JSON", "escape"));
        c.add(new Bad("an empty document", json(""),
                malformed, "$", "an empty document", "a JSON object", "samples"));
        c.add(new Bad("a document of white space only", json(" \n\t \r\n"),
                malformed, "$", "an empty document", "a JSON object", "samples"));
        c.add(new Bad("bytes that are not UTF-8 (Latin-1)", bytes(latin1("{\"subject\": \"Société Générale\"}")),
                malformed, "$ (line 1, byte 17)", "byte e9", "UTF-8", "iconv"));
        c.add(new Bad("UTF-16 with a byte order mark", bytes("{\"subject\": \"x\"}".getBytes(StandardCharsets.UTF_16)),
                malformed, "$ (line 1, byte 0)", "byte fe", "UTF-8", "UTF-16"));

        // ---- JSON that is not the facts format
        c.add(new Bad("the JSON null as the document", json("null"), format, "$", "null", "a JSON object", null));
        c.add(new Bad("an array as the document", json("[]"), format, "$", "[]", "a JSON object", null));
        c.add(new Bad("attestations as an object", json("{'attestations': {'criterion': '1.1.1.L1.1'}}"),
                format, "attestations", "{", "a JSON array", null));
        c.add(new Bad("an attestation that is a string", json("{'attestations': ['1.1.1.L1.1']}"),
                format, "attestations[0]", "1.1.1.L1.1", "a JSON object", null));
        c.add(new Bad("a criterion id that is a number", json("{'attestations': [{'criterion': 1.1, 'verdict': 'met'}]}"),
                format, "attestations[0].criterion", "1.1", "(a string)", null));
        c.add(new Bad("a verdict that is a boolean", json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': true}]}"),
                format, "attestations[0].verdict", "true", "(a string)", null));
        c.add(new Bad("an attestation with no verdict", json("{'attestations': [{'criterion': '1.1.1.L1.1'}]}"),
                format, "attestations[0].verdict", null, "\"met\", \"not_met\" or \"partial\"", null));
        c.add(new Bad("a partial verdict with no coverage", json(attestation("1.1.1.L1.1", "partial")),
                format, "attestations[0].coverage", null, "\"some\" or \"most\" for a partial verdict", "coverage"));
        c.add(new Bad("an observation name that is null", json("{'observations': [{'name': null, 'value': true}]}"),
                format, "observations[0].name", null, "an observation name", null));
        c.add(new Bad("an observation with no value", json("{'observations': [{'name': 'ha.single-points'}]}"),
                format, "observations[0].value", null, "true/false, a number with a unit", null));
        c.add(new Bad("a number in quotes", json(observation("continuity.availability", "'99.9'", "%")),
                format, "observations[0].value", "\"99.9\"", "true/false, a number", "without quotes"));
        c.add(new Bad("a value that is an object", json(observation("ha.single-points", "{'n': 1}", "count")),
                format, "observations[0].value", "{\"n\":1}", "true/false, a number", null));
        c.add(new Bad("a set holding a number", json(observation("monitoring.transport.modes", "['push', 1]", null)),
                format, "observations[0].value[1]", "1", "a word (string)", null));
        c.add(new Bad("a number with no unit", json(observation("monitoring.processing.latency", "45", null)),
                format, "observations[0].unit", null, "the unit of the number", null));
        c.add(new Bad("a unit on a flag", json(observation("config.system.unified", "true", "count")),
                format, "observations[0].unit", "\"count\"", "no unit for a flag or a set", "remove \"unit\""));
        c.add(new Bad("evidence that is a number",
                json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': 42}]}"),
                format, "attestations[0].evidence", "42", "a JSON object", null));
        c.add(new Bad("a date that is not a date",
                json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': {'observedAt': '2026-13-45'}}]}"),
                format, "attestations[0].evidence.observedAt", "2026-13-45", "a date YYYY-MM-DD", null));
        c.add(new Bad("a subject that is a number", json("{'subject': 7}"), format, "subject", "7", "a string", null));
        c.add(new Bad("an unknown field at the top", json("{'observation': []}"),
                format, "observation", "observation", "one of the fields", "observations"));
        c.add(new Bad("an unknown field in an observation",
                json("{'observations': [{'name': 'monitoring.processing.latency', 'value': 45, 'units': 's'}]}"),
                format, "observations[0].units", "units", "one of the fields", "unit"));
        c.add(new Bad("an unknown field in evidence",
                json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': {'txt': 'x'}}]}"),
                format, "attestations[0].evidence.txt", "txt", "one of the fields", "text"));
        c.add(new Bad("no facts at all (Java)", facts(null), format, "facts", null, "a Facts object", "Facts.empty()"));

        // ---- ids
        c.add(new Bad("an unknown criterion id", json(attestation("1.1.1.L3.40", "met")),
                unknown, "attestations[0].criterion", "1.1.1.L3.40", "a criterion id of the catalogue", "1.1.1.L3.4"));
        c.add(new Bad("a criterion id in the wrong form", json(attestation("1.1.1-L3-4", "met")),
                unknown, "attestations[0].criterion", "1.1.1-L3-4", "a criterion id", "<item>.L<level>.<n>"));
        c.add(new Bad("a criterion id with a small l", json(attestation("1.1.1.l3.4", "met")),
                unknown, "attestations[0].criterion", "1.1.1.l3.4", "a criterion id", "1.1.1.L3.4"));
        c.add(new Bad("a criterion id with spaces", json(attestation(" 1.1.1.L1.1 ", "met")),
                unknown, "attestations[0].criterion", " 1.1.1.L1.1 ", "a criterion id", "remove the spaces"));
        c.add(new Bad("the id of a cell that requires nothing", json(attestation("1.1.2.L1", "met")),
                unknown, "attestations[0].criterion", "1.1.2.L1", "a criterion id", "requires nothing"));
        c.add(new Bad("the id of a cell with points", json(attestation("1.1.1.L1", "met")),
                unknown, "attestations[0].criterion", "1.1.1.L1", "a criterion id", "1.1.1.L1.1 to 1.1.1.L1.2"));
        c.add(new Bad("an item id", json(attestation("1.1.1", "met")),
                unknown, "attestations[0].criterion", "1.1.1", "a criterion id", "criteria of item 1.1.1"));
        c.add(new Bad("an empty criterion id", json(attestation("", "met")),
                unknown, "attestations[0].criterion", "", "a criterion id", "<item>.L<level>.<n>"));
        c.add(new Bad("a criterion id of 10 MB (Java)", facts(Facts.builder().attest("1." + "1".repeat(10 * MIB),
                Verdict.MET, "").build()), unknown, "attestations[0].criterion", "characters)", "a criterion id",
                "<item>.L<level>.<n>"));
        c.add(new Bad("an unknown observation name", json(observation("monitoring.procesing.latency", "45", "s")),
                unknown, "observations[0].name", "monitoring.procesing.latency", "an observation name",
                "monitoring.processing.latency"));
        c.add(new Bad("an observation name in the wrong form", json(observation("Team Size", "4", "count")),
                unknown, "observations[0].name", "Team Size", "an observation name", "lowercase"));

        // ---- verdicts and disagreeing facts
        c.add(new Bad("a verdict that is not a known word", json(attestation("1.1.1.L1.1", "yes")),
                value, "attestations[0].verdict", "yes", "one of [met, not_met, partial]", "\"met\", \"not_met\""));
        c.add(new Bad("a coverage that is not a known word", json("{'attestations': [{'criterion': '1.1.1.L1.1', "
                + "'verdict': 'partial', 'coverage': 'half'}]}"), value, "attestations[0].coverage", "half",
                "one of [none, some, most, all]", null));
        c.add(new Bad("a coverage that contradicts the verdict", json("{'attestations': [{'criterion': '1.1.1.L1.1', "
                + "'verdict': 'met', 'coverage': 'some'}]}"), value, "attestations[0].coverage", "some",
                "all for met", "partial"));
        c.add(new Bad("two partial attestations of one criterion with different coverage", json("{'attestations': ["
                + "{'criterion': '1.1.1.L1.1', 'verdict': 'partial', 'coverage': 'some'},"
                + "{'criterion': '1.1.1.L1.1', 'verdict': 'partial', 'coverage': 'most'}]}"),
                conflict, "attestations[1].coverage", "MOST", "SOME as in the earlier attestation", "remove one"));
        c.add(new Bad("two attestations of one criterion that disagree", json("{'attestations': ["
                + "{'criterion': '1.1.1.L1.1', 'verdict': 'met'}, {'criterion': '1.1.1.L1.1', 'verdict': 'not_met'}]}"),
                conflict, "attestations[1].verdict", "NOT_MET", "MET as in the earlier attestation", "remove one"));
        c.add(new Bad("two observations of one name with different values", json("{'observations': ["
                + "{'name': 'monitoring.processing.latency', 'value': 45, 'unit': 's'},"
                + "{'name': 'monitoring.processing.latency', 'value': 2, 'unit': 'min'}]}"),
                conflict, "observations[1].value", "2 min", "45 s as in the earlier observation", "keep only"));

        // ---- values
        c.add(new Bad("availability of 150 %", json(observation("continuity.availability", "150", "%")),
                value, "observations[0].value", "150 %", "an availability from 0 to 100 %", "99.95 %"));
        c.add(new Bad("availability below 0 %", json(observation("continuity.availability", "-0.5", "%")),
                value, "observations[0].value", "-0.5 %", "an availability from 0 to 100 %", "99.95 %"));
        c.add(new Bad("downtime of more than a year", json(observation("continuity.availability", "600000", "min/yr")),
                value, "observations[0].value", "600000 min/yr", "downtime from 0 to 525600 min/yr", "99.95 %"));
        c.add(new Bad("negative minutes", json(observation("monitoring.processing.latency", "-5", "min")),
                value, "observations[0].value", "-5 min", "a value of 0 or more", "45 s"));
        c.add(new Bad("NaN (Java)", facts(Facts.builder().observe("continuity.rpo.offsite", Double.NaN, "min").build()),
                value, "observations[0].value", "NaN", "a finite number", null));
        c.add(new Bad("infinity (Java)", facts(Facts.builder()
                .observe("continuity.rpo.offsite", Double.POSITIVE_INFINITY, "min").build()),
                value, "observations[0].value", "Infinity", "a finite number", null));
        c.add(new Bad("a number too large for a double", json(observation("monitoring.processing.latency", "1e400", "s")),
                value, "observations[0].value", "Infinity", "a finite number", null));
        c.add(new Bad("a number that overflows in a smaller unit",
                json(observation("monitoring.intake.data-volume", "1e308", "PB")),
                value, "observations[0].value", "PB", "overflows in B", "2 PB"));
        c.add(new Bad("a unit of another family", json(observation("monitoring.processing.latency", "3", "GB")),
                value, "observations[0].unit", "GB", "one of [d, h, min, ms, s]", "45 s"));
        c.add(new Bad("a unit that is no unit", json(observation("monitoring.processing.latency", "3", "sec")),
                value, "observations[0].unit", "sec", "one of [d, h, min, ms, s]", "45 s"));
        c.add(new Bad("a percentage for a count", json(observation("incident.support.lines", "4", "%")),
                value, "observations[0].unit", "%", "one of [count]", "3 count"));
        c.add(new Bad("a level above 5", json(observation("incident.partners.lowest-level", "6", "level")),
                value, "observations[0].value", "6 level", "a whole level from 0 to 5", "3 level"));
        c.add(new Bad("a level that is not whole", json(observation("incident.partners.lowest-level", "2.5", "level")),
                value, "observations[0].value", "2.5 level", "a whole level from 0 to 5", "3 level"));
        c.add(new Bad("a negative count", json(observation("ha.single-points", "-1", "count")),
                value, "observations[0].value", "-1 count", "a whole count", "0 count"));
        c.add(new Bad("a percentage above 100", json(observation("change.deployment.success-rate", "100.5", "%")),
                value, "observations[0].value", "100.5 %", "a percentage from 0 to 100", "96.5 %"));
        c.add(new Bad("a number for a flag", json(observation("config.system.unified", "1", "count")),
                value, "observations[0].value", "1 count", "true or false (config.system.unified is a FLAG)", "true"));
        c.add(new Bad("a flag for a number", json(observation("monitoring.processing.latency", "true", null)),
                value, "observations[0].value", "true", "is a NUMBER", "45 s"));
        c.add(new Bad("a word that is not in the set's list", json(observation("monitoring.transport.modes",
                "['push', 'poll']", null)), value, "observations[0].value", "poll",
                "a set of words from [file-batch, message-queue, pull, push]", "pull"));

        // ---- limits
        c.add(new Bad("a document just over 8 MiB", bytes(padded(8 * MIB + 1)),
                limit, "$", "a document of 8388609 bytes", "at most 8388608 bytes", "split"));
        c.add(new Bad("a stream of more than 8 MiB", () -> ASSESSOR.evaluate(Json.readFacts(
                new ByteArrayInputStream(padded(9 * MIB)))), limit, "$", "more than 8388608 bytes",
                "at most 8388608 bytes", "split"));
        c.add(new Bad("a string of 10 MB", json("{'subject': '" + "x".repeat(10 * 1000 * 1000) + "'}"),
                limit, "$", "a document of 10000015 bytes", "at most 8388608 bytes", "split"));
        c.add(new Bad("a string just over 65,536 characters", json("{'subject': '" + "x".repeat(65_537) + "'}"),
                limit, "subject", "a string of", "strings of at most 65536 characters", "evidence.link"));
        c.add(new Bad("JSON nested 10,000 deep", json(nested(10_000)),
                limit, "[0][0][0]*", "nesting depth 33", "nested at most 32 deep", "depth of 4"));
        c.add(new Bad("objects nested 10,000 deep", json("{'subject': " + "{'a': ".repeat(10_000) + "1"
                + "}".repeat(10_001)), limit, "subject.a.a.a*", "nesting depth 33", "nested at most 32 deep", "depth"));
        c.add(new Bad("JSON nested 33 deep", json(nested(33)),
                limit, "[0][0]*", "nesting depth 33", "nested at most 32 deep", "depth"));
        c.add(new Bad("a number of 65 digits", json(observation("ha.single-points", "1" + "0".repeat(64), "count")),
                limit, "observations[0].value", "a number of 65 characters", "numbers of at most 64", "round"));
        c.add(new Bad("a field name of 300 characters", json("{'" + "n".repeat(300) + "': 1}"),
                limit, "$", "a field name of 300 characters", "field names of at most 256", "docs/facts.md"));

        // ---- files and streams
        Path dir = Files.createTempDirectory("bad-input");
        dir.toFile().deleteOnExit();
        c.add(new Bad("a file that does not exist", () -> Json.readFacts(dir.resolve("none.json")),
                unreadable, "file", "none.json", "an existing facts file", "check the path"));
        c.add(new Bad("a directory for a file", () -> Json.readFacts(dir),
                unreadable, "file", dir.getFileName().toString(), "a readable facts file", "a file in that directory"));
        c.add(new Bad("a stream that fails", () -> Json.readFacts(failing()),
                unreadable, "$", "disk gone", "a readable stream", null));
        c.add(new Bad("an empty path", () -> Json.readFacts(Path.of("")),
                unreadable, "file", "", "an empty path names no file", null));
        c.add(new Bad("/dev/zero, endless", () -> Json.readFacts(Path.of("/dev/zero")),
                limit, "$", "more than 8388608 bytes", "at most 8388608 bytes", "split"));
        c.add(new Bad("no path (Java null)", () -> Json.readFacts((Path) null),
                unreadable, "file", null, "a path to a facts file", null));
        c.add(new Bad("no text (Java null)", () -> Json.readFacts((String) null),
                malformed, "$", null, "a JSON document", null));
        c.add(new Bad("no stream (Java null)", () -> Json.readFacts((InputStream) null),
                unreadable, "$", null, "a stream of facts", null));

        // ---- issue 15: dates, encodings, nulls through Java, text that acts on a terminal
        c.add(new Bad("an observedAt with a six-digit year",
                json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': {'observedAt': '+99999-01-01'}}]}"),
                format, "attestations[0].evidence.observedAt", "+99999-01-01", "a date YYYY-MM-DD", null));
        c.add(new Bad("an observedAt in the year 9999",
                json("{'attestations': [{'criterion': '1.1.1.L1.1', 'verdict': 'met', 'evidence': {'observedAt': '9999-12-31'}}]}"),
                value, "attestations[0].evidence.observedAt", "9999-12-31", "a date from 1970-01-01 to 9899-12-31",
                "mistyped"));
        c.add(new Bad("evidence dated in the future",
                json("{'observations': [{'name': 'ha.single-points', 'value': 1, 'unit': 'count', "
                        + "'evidence': {'observedAt': '9000-01-01'}}]}"),
                value, "observations[0].evidence.observedAt", "9000-01-01", "a date no later than today", "--today"));
        c.add(new Bad("the largest date through Java", facts(Facts.builder().attest(new Attestation("1.1.1.L1.1",
                Verdict.MET, Evidence.of("x").withObservedAt(java.time.LocalDate.MAX))).build()),
                value, "attestations[0].evidence.observedAt", "+999999999-12-31", "a date from 1970-01-01", "mistyped"));
        c.add(new Bad("an escaped lone surrogate", json("{'subject': 'a\\ud800b'}"),
                malformed, "subject", "a\\ud800b", "Unicode text", "emoji"));
        c.add(new Bad("UTF-16 without a byte order mark", bytes("{\"subject\": \"x\"}".getBytes(StandardCharsets.UTF_16LE)),
                malformed, "$ (byte 1)", "byte 00", "UTF-8 text", "UTF-16"));
        c.add(new Bad("a byte order mark and nothing else", bytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n'}),
                malformed, "$", "a byte order mark and nothing else", "a JSON object", "saved empty"));
        c.add(new Bad("a null criterion id (Java)", () -> Facts.builder().attest(null, Verdict.MET, "x"),
                format, "criterion", null, "a criterion id", null));
        c.add(new Bad("a null verdict (Java)", () -> Facts.builder().attest("1.1.1.L1.1", null, "x"),
                format, "verdict", null, "met, not_met or partial", null));
        c.add(new Bad("a null observation name (Java)", () -> Facts.builder().observe(null, true),
                format, "name", null, "an observation name", null));
        c.add(new Bad("a null word (Java)", () -> Facts.builder().observe("monitoring.transport.modes", "push", null),
                format, "monitoring.transport.modes.value", null, "words, none of them null", null));
        c.add(new Bad("an id with a terminal escape sequence",
                facts(Facts.builder().attest("\u001b[2J\u001b[1;1HAll good: level 5\u001b[8m", Verdict.MET, "").build()),
                unknown, "attestations[0].criterion", "\\u001b[2J\\u001b[1;1HAll good", "a criterion id", null));
        c.add(new Bad("an id with a no-break space", facts(Facts.builder().attest("1.1.1.L1.1\u00a0", Verdict.MET, "")
                .build()), unknown, "attestations[0].criterion", "1.1.1.L1.1\\u00a0", "a criterion id", null));
        c.add(new Bad("a name with a newline", facts(Facts.builder().observe("ha.single-points\nvalid: all good", true)
                .build()), unknown, "observations[0].name", "ha.single-points\\u000avalid", "an observation name", null));
        return c;
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A valid empty facts document padded with spaces to exactly {@code size} bytes. */
    static byte[] padded(int size) {
        byte[] head = "{\"observations\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[size];
        java.util.Arrays.fill(doc, (byte) ' ');
        System.arraycopy(head, 0, doc, 0, head.length);
        return doc;
    }

    static InputStream failing() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRejectedWithASpecificPreciseError() throws IOException {
        return cases().stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> check(b)));
    }

    static void check(Bad b) {
        InvalidFactsException e = assertThrows(InvalidFactsException.class, b.input(), b.name());
        assertInstanceOf(MaturityException.class, e);
        String m = e.getMessage();
        assertEquals(b.type(), e.getClass(), m);
        boolean path = b.path().endsWith("*") ? e.path().startsWith(b.path().substring(0, b.path().length() - 1))
                : e.path().equals(b.path()) || e.path().startsWith(b.path() + " (line ");
        assertTrue(path, "path '" + e.path() + "' in: " + m);
        if (b.value() == null) {
            assertEquals("", e.value(), m);
            assertTrue(m.contains(": missing is not valid"), m);
        } else {
            assertTrue(e.value().contains(b.value()), "value '" + e.value() + "' in: " + m);
            assertTrue(m.contains("'" + e.value() + "'"), m);
        }
        assertTrue(e.expected().contains(b.expected()), "expected '" + e.expected() + "' in: " + m);
        assertTrue(m.startsWith(e.path() + ": "), m);
        assertTrue(m.contains("expected " + e.expected()), m);
        if (b.hint() != null) {
            assertTrue(e.hint().startsWith("Maybe ") && e.hint().contains(b.hint()), "hint '" + e.hint() + "' in: " + m);
            assertTrue(m.endsWith(System.lineSeparator() + e.hint()), m);
        }
        assertTrue(e.hint().isEmpty() || e.hint().startsWith("Maybe "), m);
        assertTrue(m.lines().count() <= 2, "one or two lines: " + m);
        assertTrue(m.length() < 600, "a message of " + m.length() + " characters: " + MaturityException.cut(m));
        assertEquals(0, org.opsmaturity.api.RuleSessions.open(), "a rule session was left open");
    }

    @Test
    void theCatalogueHoldsAtLeastFortyDistinctCases() throws IOException {
        List<Bad> all = cases();
        Set<String> names = new HashSet<>();
        all.forEach(b -> assertTrue(names.add(b.name()), "twice: " + b.name()));
        assertTrue(all.size() >= 40, all.size() + " cases");
        Set<Class<?>> types = new HashSet<>();
        all.forEach(b -> types.add(b.type()));
        assertEquals(7, types.size(), "every subtype is used: " + types);
    }

    @Test
    void aLenientAssessorReportsEachOf40000UnknownIdsAndHintsTheFirstHundred() {
        StringBuilder doc = new StringBuilder("{\"attestations\": [");
        for (int i = 0; i < 20_000; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"criterion\": \"1.1.1.L3.").append(100 + i).append("\", \"verdict\": \"met\"}");
        }
        doc.append("], \"observations\": [");
        for (int i = 0; i < 20_000; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"name\": \"acme.x").append(i).append(".latency\", \"value\": true}");
        }
        doc.append("]}");
        var a = Assessor.builder().lenient().build().evaluate(Json.readFacts(doc.toString()));
        var unknown = a.warnings(org.opsmaturity.model.WarningCode.UNKNOWN_ID);
        assertEquals(40_000, unknown.size());
        assertEquals(100, unknown.stream().filter(w -> w.message().contains("Maybe ")).count());
    }

    // ------------------------------------------------------------------ broken DRL extensions

    static final String DRL_HEADER = """
            package com.acme.rules;
            import org.opsmaturity.model.Observation;
            global org.opsmaturity.rules.Checks check;
            """;

    static String rule(String name, String pattern) {
        return "rule \"" + name + "\"\n    @item(\"1.1.1\") @level(3) @en(\"agents are signed\")\nwhen\n    $o : " + pattern
                + "\nthen\n    insert(check.flag(\"" + name + "\", $o));\nend\n";
    }

    /** Building fails whole with the problems named by resource and line; no assessor, no session. */
    static List<String> brokenExtension(String resource, String drl) {
        int sessions = StandardRules.kieBase().getKieSessions().size();
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class,
                () -> Assessor.builder().addRules(resource, drl).build());
        assertInstanceOf(MaturityException.class, e);
        assertTrue(e.hint().startsWith("Maybe "), e.getMessage());
        assertTrue(e.getMessage().length() < 2000, MaturityException.cut(e.getMessage()));
        assertEquals(sessions, StandardRules.kieBase().getKieSessions().size());
        assertTrue(!e.lines().isEmpty(), e.getMessage());
        return e.lines();
    }

    @Test
    void aDrlExtensionWithASyntaxErrorNamesTheResourceAndLine() {
        String drl = DRL_HEADER + rule("acme.1.1.1.L3.9", "Observation(name == \"acme.agents.signed\"");
        List<String> p = brokenExtension("signed.drl", drl);
        // the pattern on line 7 is not closed: the parser stops at "then" on line 8
        assertTrue(p.stream().anyMatch(x -> x.startsWith("signed.drl:8: ") && x.contains("'then'")), p.toString());
    }

    @Test
    void aDrlExtensionWithAnUnknownTypeNamesTheType() {
        String drl = DRL_HEADER + rule("acme.1.1.1.L3.9", "Observaton(name == \"acme.agents.signed\")");
        List<String> p = brokenExtension("typo.drl", drl);
        assertTrue(p.contains("typo.drl:7: Unable to resolve ObjectType 'Observaton'"), p.toString());
    }

    @Test
    void aDrlExtensionWithADuplicateRuleNameNamesTheRule() {
        String drl = DRL_HEADER + rule("acme.1.1.1.L3.9", "Observation(name == \"acme.agents.signed\")")
                + rule("acme.1.1.1.L3.9", "Observation(name == \"acme.agents.counted\")");
        List<String> p = brokenExtension("twice.drl", drl);
        assertTrue(p.contains("twice.drl:11: Duplicate rule name: acme.1.1.1.L3.9"), p.toString());
    }

    // ------------------------------------------------------------------ just inside the limits

    @Test
    void aDocumentOfExactly8MiBIsRead() {
        assertEquals(Facts.empty(), Json.readFacts(padded(8 * MIB)));
    }

    @Test
    void aStringOfExactly65536CharactersIsRead() {
        String subject = "支".repeat(65_536);
        assertEquals(subject, Json.readFacts("{\"subject\": \"" + subject + "\"}").subject());
    }

    @Test
    void aNumberOf64CharactersAndNestingOf32AreRead() {
        String n = "0." + "0".repeat(61) + "1";
        assertEquals(64, n.length());
        Facts f = Json.readFacts("{\"observations\": [{\"name\": \"monitoring.processing.latency\", \"value\": " + n
                + ", \"unit\": \"s\", \"evidence\": {\"text\": \"p99\"}}]}");
        assertEquals(1e-62, f.observations().get(0).number(), 1e-70);
        // 32 deep is within the limit: the reader gets past it to the format (subject is not a string)
        String deep32 = "{\"subject\": " + "{\"a\": ".repeat(30) + "{}" + "}".repeat(31);
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> Json.readFacts(deep32));
        assertFalse(e instanceof FactsLimitException, e.getMessage());
        assertEquals("subject", e.path(), e.getMessage());
        // and one more level is the limit
        String deep33 = "{\"subject\": " + "{\"a\": ".repeat(31) + "{}" + "}".repeat(32);
        assertInstanceOf(FactsLimitException.class, assertThrows(InvalidFactsException.class, () -> Json.readFacts(deep33)));
    }

    @Test
    void readDocumentReadsTheBytesOnceOrSaysWhyNot(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("facts.json"), "{\"subject\": \"x\"}");
        assertArrayEquals(Files.readAllBytes(ok), Json.readDocument(ok));
        UnreadableFactsException missing = assertThrows(UnreadableFactsException.class,
                () -> Json.readDocument(dir.resolve("nope.json")));
        assertEquals("file", missing.path());
        assertTrue(missing.getMessage().contains("nope.json") && missing.getMessage().contains("an existing facts file"),
                missing.getMessage());
        UnreadableFactsException directory = assertThrows(UnreadableFactsException.class, () -> Json.readDocument(dir));
        assertTrue(directory.hint().startsWith("Maybe name a file"), directory.hint());
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[Json.MAX_DOCUMENT_BYTES + 1]);
        FactsLimitException tooLarge = assertThrows(FactsLimitException.class, () -> Json.readDocument(big));
        assertTrue(tooLarge.getMessage().contains(String.valueOf(Json.MAX_DOCUMENT_BYTES + 1)), tooLarge.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkAndSchemaAndNullListsAreAccepted() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] doc = "{\"$schema\": \"facts.schema.json\", \"attestations\": null}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + doc.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(doc, 0, all, bom.length, doc.length);
        assertEquals(Facts.empty(), Json.readFacts(all));
    }

    @Test
    void theSameValueInAnotherUnitIsADuplicateNotAConflict() {
        var a = ASSESSOR.evaluate(Facts.builder().observe("monitoring.processing.latency", 1, "min")
                .observe(Observation.number("monitoring.processing.latency", 60, "s")).build());
        assertEquals(1, a.warnings(org.opsmaturity.model.WarningCode.DUPLICATE).size());
    }
}
