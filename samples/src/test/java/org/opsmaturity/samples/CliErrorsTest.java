package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line reports bad facts in one or two lines (the message, then the "Maybe ..." hint),
 * exits 2, prints nothing on standard output and no stack trace unless {@code --verbose} is given.
 */
class CliErrorsTest {
    @TempDir
    static Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** Bad facts files by name, with a part of the one-line message each must give. */
    static Map<String, String> files() throws IOException {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("truncated.json", utf8("{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 99"));
        docs.put("latin1.json", "{\"subject\": \"Société\"}".getBytes(StandardCharsets.ISO_8859_1));
        docs.put("unknown-id.json", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L3.40\", \"verdict\": \"met\"}]}"));
        docs.put("out-of-range.json", utf8("{\"observations\": [{\"name\": \"continuity.availability\", \"value\": 150, "
                + "\"unit\": \"%\"}]}"));
        docs.put("bad-verdict.json", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"yes\"}]}"));
        docs.put("disagree.json", utf8("{\"attestations\": [{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"met\"}, "
                + "{\"criterion\": \"1.1.1.L1.1\", \"verdict\": \"not_met\"}]}"));
        docs.put("unknown-field.json", utf8("{\"observation\": []}"));
        docs.put("deep.json", utf8("[".repeat(10_000) + "]".repeat(10_000)));
        docs.put("long-string.json", utf8("{\"subject\": \"" + "x".repeat(10_000_000) + "\"}"));
        docs.put("empty.json", new byte[0]);
        Map<String, String> expect = new LinkedHashMap<>();
        expect.put("truncated.json", "observations[0].value (line 1, column ");
        expect.put("latin1.json", "$ (line 1, byte 17): 'byte e9' is not valid; expected UTF-8 text");
        expect.put("unknown-id.json", "attestations[0].criterion: '1.1.1.L3.40' is not valid");
        expect.put("out-of-range.json", "observations[0].value: '150 %' is not valid; expected an availability from 0 to 100 %");
        expect.put("bad-verdict.json", "attestations[0].verdict: 'yes' is not valid; expected met, not_met or partial");
        expect.put("disagree.json", "attestations[1].verdict: 'NOT_MET' is not valid");
        expect.put("unknown-field.json", "observation: 'observation' is not valid; expected one of the fields");
        expect.put("deep.json", "'nesting depth 33' is not valid; expected arrays and objects nested at most 32 deep");
        expect.put("long-string.json", "$: 'a document of 10000015 bytes' is not valid");
        expect.put("empty.json", "$: 'an empty document' is not valid");
        for (var e : docs.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        expect.put("missing.json", "file: '" + dir.resolve("missing.json") + "' is not valid; expected an existing facts file");
        return expect;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> badFactsGiveOneOrTwoLinesAndExitTwo() throws IOException {
        return files().entrySet().stream().flatMap(e -> Stream.of("assess", "validate").map(command ->
                DynamicTest.dynamicTest(command + " " + e.getKey(), () -> {
                    CliTest.Run r = run(command, dir.resolve(e.getKey()).toString());
                    assertEquals(2, r.code(), r.err());
                    assertEquals("", r.out());
                    List<String> lines = r.err().lines().toList();
                    assertTrue(lines.size() == 1 || lines.size() == 2, lines.size() + " lines: " + r.err());
                    assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(e.getValue()), r.err());
                    if (lines.size() == 2) {
                        assertTrue(lines.get(1).startsWith("Maybe "), r.err());
                    }
                    assertTrue(lines.stream().allMatch(l -> l.length() <= 300), r.err());
                    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
                })));
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        files();
        CliTest.Run r = run("assess", dir.resolve("unknown-id.json").toString(), "--verbose");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: attestations[0].criterion: '1.1.1.L3.40' is not valid"), r.err());
        assertTrue(r.err().contains("org.opsmaturity.model.UnknownIdException"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void aDirectoryForAFileIsAnErrorOfTwoLines() {
        CliTest.Run r = run("validate", dir.toString());
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("error: file: '" + dir + "' is not valid; expected a readable facts file"),
                r.err());
        assertEquals("Maybe name a file in that directory.", lines.get(1));
    }

    @Test
    void aLenientAssessmentTurnsAnUnknownIdIntoAWarning() throws IOException {
        files();
        CliTest.Run r = run("assess", dir.resolve("unknown-id.json").toString(), "--lenient");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("UNKNOWN_ID"), r.out());
    }

    /** The hint of an unknown id is data, said in the reader's language: Chinese under --lang zh. */
    @Test
    void aLenientAssessmentInChineseGivesTheHintInChinese() throws IOException {
        files();
        CliTest.Run r = run("assess", dir.resolve("unknown-id.json").toString(), "--lenient", "--lang", "zh",
                "--format", "table");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("目录中没有评估项 '1.1.1.L3.40'，该认定未被使用。也许是指 1.1.1.L3.4、"), r.out());
        assertFalse(r.out().contains("Maybe"), r.out());
    }
}
