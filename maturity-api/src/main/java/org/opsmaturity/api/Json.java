package org.opsmaturity.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.FactsLimitException;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.MalformedFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Problems;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.UnreadableFactsException;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Warning;

/**
 * JSON in and out: the facts document (docs/facts.md) and the assessment result. Reading is strict:
 * unknown fields, duplicate keys, wrong types, non-UTF-8 bytes and documents beyond the limits below
 * are {@link InvalidFactsException}s naming the JSON path.
 */
public final class Json {
    /**
     * The {@code $id} of the schema a written assessment follows (docs/schema/assessment.schema.json), named
     * in the result's {@code metadata.schema}.
     */
    public static final String ASSESSMENT_SCHEMA_ID =
            "https://raw.githubusercontent.com/opsmaturity/opsmaturity/main/docs/schema/assessment.schema.json";
    /** Largest facts document read, in bytes (8 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
    /** Deepest nesting of arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value, in characters (64 Ki). */
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** Longest field name, in characters (the format's own names have at most 12). */
    public static final int MAX_NAME_LENGTH = 256;

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .build();
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source: [^]]*]\\)?");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\) exceeds");

    private Json() {
    }

    /** Reads a facts document from a file. */
    public static Facts readFacts(Path file) {
        return readFacts(readDocument(file));
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The bytes of a document file, read once (so a pipe such as {@code /dev/stdin} works), with the
     * errors of {@link #readFacts(Path)}: no such file, unreadable, larger than {@value #MAX_DOCUMENT_BYTES}
     * bytes. For callers that check the bytes before reading them as facts, e.g. against the JSON Schema.
     */
    public static byte[] readDocument(Path file) {
        if (file == null) {
            throw new UnreadableFactsException("file", null, "a path to a facts file", "");
        }
        try {
            return BoundedRead.read(file, MAX_DOCUMENT_BYTES); // whatever the file is: a pipe, /dev/zero
        } catch (BoundedRead.Failure e) {
            if (e.tooLarge()) {
                long size = -1;
                try {
                    size = Files.isRegularFile(file) ? Files.size(file) : -1;
                } catch (IOException ignored) {
                    // a pipe or a device has no size: say "more than"
                }
                throw tooLarge(size > MAX_DOCUMENT_BYTES ? size + " bytes" : e.reason());
            }
            if (e.missing() && !file.toString().isEmpty()) {
                throw new UnreadableFactsException("file", file, "an existing facts file", "Maybe check the path.");
            }
            throw new UnreadableFactsException("file", file, "a readable facts file (" + e.reason() + ")",
                    Files.isDirectory(file) ? "Maybe name a file in that directory." : "");
        }
    }

    /** Reads a facts document from a stream (read whole, up to the size limit). */
    public static Facts readFacts(InputStream in) {
        if (in == null) {
            throw new UnreadableFactsException("$", null, "a stream of facts", "");
        }
        try {
            return readFacts(BoundedRead.read(in, MAX_DOCUMENT_BYTES));
        } catch (BoundedRead.Failure e) {
            throw tooLarge(e.reason());
        } catch (IOException e) {
            throw new UnreadableFactsException("$", reason(e), "a readable stream of facts", "");
        }
    }

    /** Reads a facts document from a string. */
    public static Facts readFacts(String json) {
        if (json == null) {
            throw new MalformedFactsException("$", null, "a JSON document", "");
        }
        return readFacts(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a facts document from UTF-8 bytes. Every problem is an {@link InvalidFactsException}
     * subtype naming the JSON path: {@link FactsLimitException} beyond a limit of this class,
     * {@link MalformedFactsException} for bytes that are not one well-formed UTF-8 JSON document,
     * {@link FactFormatException} for JSON that does not follow the format, and
     * {@link InvalidValueException} for a verdict that is not a known word.
     */
    public static Facts readFacts(byte[] bytes) {
        return facts(tree(bytes));
    }

    /**
     * One JSON document read within the limits of this class (shared with the profile reader): UTF-8
     * only, no duplicate keys, no lone surrogates; never null.
     */
    static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            throw new MalformedFactsException("$", null, "a JSON document", "");
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(bytes.length + " bytes");
        }
        requireUtf8(bytes);
        JsonNode root;
        JsonParser parser = null;
        try (JsonParser p = READER.createParser(bytes)) {
            parser = p;
            root = READER.readTree(p);
            if (root != null && p.nextToken() != null) {
                throw new MalformedFactsException(where(p, p.currentTokenLocation()), "data after the end of the document",
                        "well-formed JSON", "Maybe the file holds two documents: put all facts in one object.");
            }
        } catch (StreamConstraintsException e) {
            throw limit(e, parser);
        } catch (JsonProcessingException e) {
            throw malformed(e, parser);
        } catch (IOException e) {
            throw new UnreadableFactsException("$", reason(e), "a readable document", "");
        }
        if (root == null || root.isMissingNode()) {
            throw new MalformedFactsException("$", "an empty document", "a JSON object with attestations and observations",
                    "Maybe start from samples/src/main/resources/samples/*.json.");
        }
        Problems<InvalidFactsException> problems = new Problems<>();
        requireWellFormedText("$", root, problems);
        InvalidFactsException.throwIfAny(problems);
        return root;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static FactsLimitException tooLarge(String size) {
        return new FactsLimitException("$", "a document of " + size, "a document of at most " + MAX_DOCUMENT_BYTES
                + " bytes (8 MiB)", "Maybe split the facts by subject, or shorten long evidence texts.");
    }

    private static void requireUtf8(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                ? 3 : 0;
        boolean blank = true;
        for (int i = bom; i < bytes.length && blank; i++) {
            blank = bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t';
        }
        if (bom == 3 && blank) {
            throw new MalformedFactsException("$", "a byte order mark and nothing else", "a JSON object with "
                    + "attestations and observations", "Maybe the file was saved empty: write the facts into it.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                StringBuilder hex = new StringBuilder();
                for (int i = at; i < Math.min(bytes.length, at + Math.max(1, r.length())); i++) {
                    hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
                }
                throw new MalformedFactsException("$ (line " + line + ", byte " + at + ")", "byte " + hex,
                        "UTF-8 text", "Maybe the file is in another encoding (Latin-1, Windows-1252, UTF-16): "
                                + "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8.");
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) { // valid UTF-8, but never in JSON text: the mark of UTF-16 or UTF-32 without a BOM
                throw new MalformedFactsException("$ (byte " + i + ")", "byte 00", "UTF-8 text (JSON has no NUL bytes)",
                        "Maybe the file is UTF-16 or UTF-32: convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8.");
            }
        }
    }

    private static FactsLimitException limit(StreamConstraintsException e, JsonParser p) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher n = LENGTH.matcher(m);
        String found = n.find() ? n.group(1) : "?";
        String where = where(p, p == null ? null : p.currentLocation());
        if (m.contains("getMaxNestingDepth")) {
            // the reader's position is past the point where the depth was exceeded: give the path alone
            return new FactsLimitException(where(p, null), "nesting depth " + found, "arrays and objects nested at most "
                    + MAX_NESTING_DEPTH + " deep", "Maybe the document is generated by a loop gone wrong; the facts "
                            + "format needs a depth of 4.");
        }
        if (m.contains("getMaxStringLength")) {
            return new FactsLimitException(where, "a string of " + found + " characters", "strings of at most "
                    + MAX_STRING_LENGTH + " characters", "Maybe link long evidence instead of pasting it (evidence.link).");
        }
        if (m.contains("getMaxNumberLength")) {
            return new FactsLimitException(where, "a number of " + found + " characters", "numbers of at most "
                    + MAX_NUMBER_LENGTH + " characters", "Maybe round the number.");
        }
        if (m.contains("getMaxNameLength")) {
            return new FactsLimitException(where, "a field name of " + found + " characters", "field names of at most "
                    + MAX_NAME_LENGTH + " characters", "Maybe see docs/facts.md for the fields of the format.");
        }
        return new FactsLimitException(where, firstLine(m), "a document within the limits of docs/facts.md", "");
    }

    private static MalformedFactsException malformed(JsonProcessingException e, JsonParser p) {
        String m = SOURCE.matcher(firstLine(e.getOriginalMessage())).replaceAll("");
        String hint;
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
            hint = "Maybe the document is truncated: check that every {, [ and \" is closed.";
        } else if (m.startsWith("Duplicate field")) {
            hint = "Maybe remove one of the two fields: each field may appear once per object.";
        } else if (m.contains("'NaN'") || m.contains("Infinity'")) {
            hint = "Maybe write a finite number: JSON has no NaN or Infinity.";
        } else if (m.contains("CTRL-CHAR")) {
            hint = "Maybe escape control characters in strings (\\n, \\t, \\u0000).";
        } else if (m.contains("(code 47)")) {
            hint = "Maybe remove the comment: JSON has no comments.";
        } else if (m.contains("(code 39)")) {
            hint = "Maybe use double quotes: JSON strings and names are in \"...\".";
        } else if (m.contains("(code 125)") || m.contains("(code 93)")) {
            hint = "Maybe remove a trailing comma before the closing } or ]: JSON allows none.";
        } else {
            hint = "Maybe check the JSON syntax just before that position.";
        }
        return new MalformedFactsException(where(p, e.getLocation()), m, "well-formed JSON", hint);
    }

    /** The JSON path at a parse error, with its line and column: {@code observations[2].unit (line 9, column 17)}. */
    private static String where(JsonParser p, JsonLocation l) {
        String path = "$";
        if (p != null && p.getParsingContext() != null) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.add("." + c.getCurrentName());
                }
            }
            Collections.reverse(parts);
            String joined = String.join("", parts);
            if (!joined.isEmpty()) {
                path = MaturityException.cut(joined.startsWith(".") ? joined.substring(1) : joined);
            }
        }
        return l == null || l.getLineNr() < 0 ? path : path + " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Facts facts(JsonNode root) {
        requireObject("$", root, Set.of("$schema", "subject", "attestations", "observations"));
        Problems<InvalidFactsException> problems = new Problems<>();
        Facts.Builder b = Facts.builder();
        try {
            b.subject(optionalText("subject", root.get("subject")));
        } catch (InvalidFactsException e) {
            problems.add(e);
        }
        // every attestation and observation is read, so that one run reports the mistakes of all of them
        JsonNode atts = root.get("attestations");
        if (atts != null && !atts.isNull()) {
            requireArray("attestations", atts);
            for (int i = 0; i < atts.size(); i++) {
                try {
                    b.attest(attestation("attestations[" + i + "]", atts.get(i)));
                } catch (InvalidFactsException e) {
                    problems.add(e);
                }
            }
        }
        JsonNode obs = root.get("observations");
        if (obs != null && !obs.isNull()) {
            requireArray("observations", obs);
            for (int i = 0; i < obs.size(); i++) {
                try {
                    b.observe(observation("observations[" + i + "]", obs.get(i)));
                } catch (InvalidFactsException e) {
                    problems.add(e);
                }
            }
        }
        InvalidFactsException.throwIfAny(problems);
        return b.build();
    }

    /** Strings and names must be whole Unicode text: an escaped lone surrogate ({@code "\\ud800"}) is refused. */
    private static void requireWellFormedText(String path, JsonNode n, Problems<InvalidFactsException> problems) {
        if (n.isTextual()) {
            if (!wellFormed(n.textValue())) {
                problems.add(new MalformedFactsException(path, n.textValue(), "Unicode text (a \\ud800-\\udfff escape "
                        + "must be one half of a pair)", "Maybe the text was cut in the middle of an emoji or a rare "
                        + "character: write the character itself."));
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                requireWellFormedText(path + "[" + i + "]", n.get(i), problems);
            }
        } else if (n.isObject()) {
            for (Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                var e = it.next();
                String p = path.equals("$") ? e.getKey() : path + "." + e.getKey();
                if (!wellFormed(e.getKey())) {
                    problems.add(new MalformedFactsException(p, e.getKey(), "a field name of Unicode text", ""));
                }
                requireWellFormedText(p, e.getValue(), problems);
            }
        }
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Attestation attestation(String path, JsonNode n) {
        requireObject(path, n, Set.of("criterion", "verdict", "coverage", "evidence"));
        String criterion = requiredText(path + ".criterion", n.get("criterion"), "a criterion id such as 1.1.1.L3.4");
        String verdictWord = requiredText(path + ".verdict", n.get("verdict"), "\"met\", \"not_met\" or \"partial\"");
        Verdict verdict;
        org.opsmaturity.model.Coverage coverage;
        String coverageWord = optionalText(path + ".coverage", n.get("coverage"));
        try {
            verdict = Verdict.parse(path + ".verdict", verdictWord);
            coverage = coverageWord.isEmpty() ? null : org.opsmaturity.model.Coverage.parse(path + ".coverage", coverageWord);
        } catch (InvalidFactsException e) {
            throw new InvalidValueException(e.path(), e.path().endsWith(".verdict") ? verdictWord : coverageWord,
                    e.expected(), e.hint());
        }
        if (verdict == Verdict.PARTIAL && coverage == null) {
            throw new FactFormatException(path + ".coverage", null, "\"some\" or \"most\" for a partial verdict",
                    "Maybe add \"coverage\": \"some\" or \"most\".");
        }
        Evidence evidence = evidence(path + ".evidence", n.get("evidence"));
        try {
            return new Attestation(criterion, verdict, evidence, coverage);
        } catch (InvalidFactsException e) {
            if (e instanceof FactFormatException) {
                throw e;
            }
            throw new InvalidValueException(path + ".coverage", coverageWord, "all for met, none for not_met, some or "
                    + "most for partial", "Maybe write verdict \"partial\" with coverage \"some\" or \"most\".");
        }
    }

    private static Observation observation(String path, JsonNode n) {
        requireObject(path, n, Set.of("name", "value", "unit", "evidence"));
        String name = requiredText(path + ".name", n.get("name"), "an observation name such as monitoring.processing.latency");
        JsonNode v = n.get("value");
        Evidence evidence = evidence(path + ".evidence", n.get("evidence"));
        if (v == null || v.isNull()) {
            throw new FactFormatException(path + ".value", null, "true/false, a number with a unit, or an array of words",
                    "");
        }
        Observation o;
        if (v.isBoolean()) {
            rejectUnit(path, n);
            o = Observation.flag(name, v.booleanValue());
        } else if (v.isNumber()) {
            String unit = requiredText(path + ".unit", n.get("unit"), "the unit of the number, e.g. \"s\" or \"%\"");
            o = Observation.number(name, v.doubleValue(), unit);
        } else if (v.isArray()) {
            rejectUnit(path, n);
            Set<String> words = new LinkedHashSet<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode w = v.get(i);
                if (!w.isTextual()) {
                    throw new FactFormatException(path + ".value[" + i + "]", w.toString(), "a word (string)", "");
                }
                words.add(w.textValue());
            }
            o = Observation.set(name, words);
        } else {
            throw new FactFormatException(path + ".value", v.toString(),
                    "true/false, a number (with \"unit\"), or an array of words",
                    v.isTextual() ? "Maybe write a number or true/false without quotes, or words as an array: [\""
                            + MaturityException.cut(v.textValue()) + "\"]." : "");
        }
        return o.withEvidence(evidence);
    }

    private static void rejectUnit(String path, JsonNode n) {
        if (n.has("unit")) {
            throw new FactFormatException(path + ".unit", n.get("unit").toString(), "no unit for a flag or a set",
                    "Maybe remove \"unit\".");
        }
    }

    private static Evidence evidence(String path, JsonNode n) {
        if (n == null || n.isNull()) {
            return Evidence.none();
        }
        if (n.isTextual()) {
            return Evidence.of(n.textValue());
        }
        requireObject(path, n, Set.of("text", "link", "by", "observedAt"));
        Optional<LocalDate> at = Optional.empty();
        String date = optionalText(path + ".observedAt", n.get("observedAt"));
        if (!date.isEmpty()) {
            try {
                if (!DATE.matcher(date).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
                }
                at = Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new FactFormatException(path + ".observedAt", date, "a date YYYY-MM-DD", "");
            }
            if (at.get().isBefore(Evidence.FIRST_DATE) || at.get().isAfter(Evidence.LAST_DATE)) {
                throw new InvalidValueException(path + ".observedAt", date, "a date from " + Evidence.FIRST_DATE + " to "
                        + Evidence.LAST_DATE, "Maybe the year is mistyped.");
            }
        }
        return new Evidence(optionalText(path + ".text", n.get("text")), optionalText(path + ".link", n.get("link")),
                optionalText(path + ".by", n.get("by")), at);
    }

    private static void requireObject(String path, JsonNode n, Set<String> fields) {
        if (n == null || !n.isObject()) {
            throw new FactFormatException(path, n == null ? null : n.toString(), "a JSON object", "");
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!fields.contains(f)) {
                String hint = Strings.maybe(f, fields);
                throw new FactFormatException(path.equals("$") ? f : path + "." + f, f, "one of the fields " + new java.util.TreeSet<>(fields),
                        hint);
            }
        }
    }

    private static void requireArray(String path, JsonNode n) {
        if (!n.isArray()) {
            throw new FactFormatException(path, n.toString(), "a JSON array", "");
        }
    }

    private static String requiredText(String path, JsonNode n, String expected) {
        if (n == null || n.isNull()) {
            throw new FactFormatException(path, null, expected, "");
        }
        if (!n.isTextual()) {
            throw new FactFormatException(path, n.toString(), expected + " (a string)", "");
        }
        return n.textValue();
    }

    private static String optionalText(String path, JsonNode n) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw new FactFormatException(path, n.toString(), "a string", "");
        }
        return n.textValue();
    }

    // ---------------------------------------------------------------- writing

    /** The facts as a JSON document in the format {@link #readFacts(String)} reads. */
    public static String write(Facts facts) {
        ObjectNode root = WRITER.createObjectNode();
        if (!facts.subject().isEmpty()) {
            root.put("subject", facts.subject());
        }
        ArrayNode atts = root.putArray("attestations");
        for (Attestation a : facts.attestations()) {
            ObjectNode n = atts.addObject();
            n.put("criterion", a.criterionId());
            n.put("verdict", a.verdict().name().toLowerCase(java.util.Locale.ROOT));
            if (a.verdict() == Verdict.PARTIAL) {
                n.put("coverage", a.coverage().name().toLowerCase(java.util.Locale.ROOT));
            }
            evidence(n, a.evidence());
        }
        ArrayNode obs = root.putArray("observations");
        for (Observation o : facts.observations()) {
            observation(obs.addObject(), o);
        }
        return toString(root);
    }

    /** The assessment as a JSON document (docs/facts.md, "The result"). */
    public static String write(Assessment a) {
        return toString(tree(a));
    }

    /**
     * The same document as {@link #write(Assessment)} without indentation, as UTF-8 onto {@code out} (left
     * open): for stores that keep many results (re-indenting it gives back {@code write(a)} exactly).
     */
    public static void writeCompact(Assessment a, OutputStream out) throws IOException {
        COMPACT.writeValue(out, tree(a));
    }

    private static ObjectNode tree(Assessment a) {
        ObjectNode root = WRITER.createObjectNode();
        a.metadata().ifPresent(m -> root.putObject("metadata").put("schema", ASSESSMENT_SCHEMA_ID)
                .put("model", m.modelVersion()).put("library", m.libraryVersion())
                .put("assessedOn", m.assessedOn().toString()).put("profileDigest", m.profileDigest()));
        root.put("subject", a.subject());
        ObjectNode overall = root.putObject("overall");
        level(overall, a.overall());
        explanation(overall, a.explain("overall"));
        ArrayNode domains = root.putArray("domains");
        a.domains().forEach(d -> explanation(level(domains.addObject(), d), a.explain(d.id())));
        ArrayNode areas = root.putArray("areas");
        a.areas().forEach(x -> explanation(level(areas.addObject(), x), a.explain(x.id())));
        ArrayNode items = root.putArray("items");
        for (ItemResult i : a.items()) {
            ObjectNode n = items.addObject();
            n.put("id", i.itemId());
            text(n, i.name());
            n.put("level", i.level());
            n.put("potential", i.potential());
            n.put("score", i.score());
            n.put("summary", i.summary());
            i.expiry().ifPresent(e -> n.putObject("validUntil").put("date", e.date().toString())
                    .put("criterion", e.criterionId()));
            explanation(n, a.explain(i.itemId()));
            ArrayNode gaps = n.putArray("gaps");
            for (Gap g : i.gaps()) {
                gaps.addObject().put("criterion", g.criterionId()).put("level", g.level()).put("status", g.status().name());
            }
            strings(n.putArray("unknowns"), i.unknowns());
            strings(n.putArray("ahead"), i.ahead());
        }
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionResult c : a.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("id", c.criterionId());
            n.put("item", c.itemId());
            n.put("level", c.level());
            n.put("status", c.status().name());
            n.put("source", c.source().name());
            c.validUntil().ifPresent(d -> n.put("validUntil", d.toString()));
            ArrayNode js = n.putArray("justifications");
            for (Justification j : c.justifications()) {
                ObjectNode jn = js.addObject();
                jn.put("rule", j.ruleId());
                jn.put("status", j.status().name());
                jn.put("reason", j.reason());
                if (!j.attestations().isEmpty()) {
                    ArrayNode an = jn.putArray("attestations");
                    for (Attestation x : j.attestations()) {
                        ObjectNode xn = an.addObject();
                        xn.put("criterion", x.criterionId());
                        xn.put("verdict", x.verdict().name().toLowerCase(java.util.Locale.ROOT));
                        if (x.verdict() == Verdict.PARTIAL) {
                            xn.put("coverage", x.coverage().name().toLowerCase(java.util.Locale.ROOT));
                        }
                        evidence(xn, x.evidence());
                    }
                }
                if (!j.observations().isEmpty()) {
                    ArrayNode on = jn.putArray("observations");
                    j.observations().forEach(o -> observation(on.addObject(), o));
                }
            }
        }
        ArrayNode waivers = root.putArray("waivers");
        for (org.opsmaturity.model.WaiverResult w : a.waivers()) {
            ObjectNode wn = waivers.addObject();
            wn.put("criterion", w.waiver().criterionId());
            wn.put("kind", w.waiver().kind().name().toLowerCase(java.util.Locale.ROOT));
            wn.put("reason", w.waiver().reason());
            wn.put("approver", w.waiver().approver());
            w.waiver().expires().ifPresent(e -> wn.put("expires", e.toString()));
            wn.put("applied", w.applied());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : a.warnings()) {
            warnings.addObject().put("code", w.code().name()).put("subject", w.subject()).put("message", w.message());
        }
        return root;
    }

    private static void explanation(ObjectNode n, org.opsmaturity.model.Explanation e) {
        ObjectNode x = n.putObject("explanation");
        x.put("zh", e.sentence().zh());
        x.put("en", e.sentence().en());
        strings(x.putArray("blocking"), e.blocking());
        x.put("headroom", e.headroom());
    }

    private static ObjectNode level(ObjectNode n, LevelResult r) {
        n.put("id", r.id());
        text(n, r.name());
        n.put("level", r.level());
        n.put("potential", r.potential());
        n.put("score", r.score());
        strings(n.putArray("limitedBy"), r.limitedBy());
        r.expiry().ifPresent(e -> n.putObject("validUntil").put("date", e.date().toString())
                .put("criterion", e.criterionId()));
        return n;
    }

    /** A diff of two assessments as JSON. */
    public static String write(org.opsmaturity.model.Diff d) {
        ObjectNode root = WRITER.createObjectNode();
        ArrayNode levels = root.putArray("levels");
        for (org.opsmaturity.model.Diff.Change c : d.levels()) {
            levels.addObject().put("kind", c.kind()).put("id", c.id()).put("before", c.before()).put("after", c.after())
                    .put("delta", c.delta()).put("potentialBefore", c.potentialBefore()).put("potentialAfter", c.potentialAfter());
        }
        for (String k : List.of("gained", "lost")) {
            ArrayNode arr = root.putArray(k);
            for (org.opsmaturity.model.Diff.StatusChange c : k.equals("gained") ? d.gained() : d.lost()) {
                arr.addObject().put("criterion", c.criterionId()).put("before", c.before().name()).put("after", c.after().name());
            }
        }
        ArrayNode conflicts = root.putArray("newConflicts");
        d.newConflicts().forEach(w -> conflicts.addObject().put("subject", w.subject()).put("message", w.message()));
        strings(root.putArray("newWaivers"), d.newWaivers());
        return toString(root);
    }

    /** A roadmap as JSON. */
    public static String write(org.opsmaturity.model.Roadmap r) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("target", r.target()).put("level", r.level()).put("met", r.met()).put("unknown", r.unknown())
                .put("missing", r.missing());
        ArrayNode steps = root.putArray("steps");
        for (org.opsmaturity.model.Roadmap.Step s : r.steps()) {
            ObjectNode n = steps.addObject().put("item", s.itemId()).put("level", s.level());
            ArrayNode cs = n.putArray("criteria");
            s.criteria().forEach(g -> cs.addObject().put("criterion", g.criterionId()).put("status", g.status().name()));
        }
        return toString(root);
    }

    /** A roll-up of many subjects as JSON. */
    public static String write(org.opsmaturity.model.Rollup r) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("subjects", r.subjects());
        ArrayNode dist = root.putArray("overallDistribution");
        for (int c : r.overallDistribution()) {
            dist.add(c);
        }
        ArrayNode weakest = root.putArray("weakestOverall");
        r.weakestOverall().forEach(s -> weakest.addObject().put("subject", s.subject()).put("level", s.level()));
        ArrayNode items = root.putArray("items");
        for (org.opsmaturity.model.Rollup.ItemRollup i : r.items()) {
            ObjectNode n = items.addObject().put("item", i.itemId());
            ArrayNode d = n.putArray("distribution");
            for (int c : i.distribution()) {
                d.add(c);
            }
            ArrayNode w = n.putArray("weakest");
            i.weakest().forEach(s -> w.addObject().put("subject", s.subject()).put("level", s.level()));
            ArrayNode m = n.putArray("mostMissing");
            i.mostMissing().forEach(c -> m.addObject().put("criterion", c.criterionId()).put("subjects", c.subjects()));
        }
        return toString(root);
    }

    private static void text(ObjectNode n, Text t) {
        n.putObject("name").put("zh", t.zh()).put("en", t.en());
    }

    private static void strings(ArrayNode n, List<String> values) {
        values.forEach(n::add);
    }

    private static void observation(ObjectNode n, Observation o) {
        n.put("name", o.name());
        if (o.type() == ObservationType.FLAG) {
            n.put("value", o.flag());
        } else if (o.type() == ObservationType.NUMBER) {
            n.put("value", o.number());
            n.put("unit", o.unit());
        } else {
            strings(n.putArray("value"), new ArrayList<>(new java.util.TreeSet<>(o.values())));
        }
        evidence(n, o.evidence());
    }

    private static void evidence(ObjectNode n, Evidence e) {
        if (e.isEmpty()) {
            return;
        }
        ObjectNode en = n.putObject("evidence");
        // in the documented order, the same in every run (Map.of iterates in an order that varies by run)
        for (String[] f : new String[][] {{"text", e.text()}, {"link", e.link()}, {"by", e.by()}}) {
            if (!f[1].isEmpty()) {
                en.put(f[0], f[1]);
            }
        }
        e.observedAt().ifPresent(d -> en.put("observedAt", d.toString()));
    }

    private static String toString(JsonNode n) {
        try {
            return WRITER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new MaturityException("could not write JSON: " + e.getOriginalMessage(), "", e);
        }
    }
}
