package org.opsmaturity.api.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.FactsLimitException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.MalformedFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Problems;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.UnreadableFactsException;
import org.opsmaturity.model.Verdict;

/**
 * Reading the facts document: the front end (UTF-8 only, the size, depth and length limits of {@link Json}, no
 * duplicate keys, no lone surrogates) and the format's fields, each mistake an {@code InvalidFactsException}
 * naming its JSON path. Not API.
 */
public final class FactsReading {
    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Json.MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(Json.MAX_NESTING_DEPTH)
                    .maxStringLength(Json.MAX_STRING_LENGTH)
                    .maxNumberLength(Json.MAX_NUMBER_LENGTH)
                    .maxNameLength(Json.MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .build();
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source: [^]]*]\\)?");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\) exceeds");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FactsReading() {
    }

    /**
     * One JSON document read within the limits of {@link Json} (shared with the profile reader): UTF-8
     * only, no duplicate keys, no lone surrogates; never null.
     *
     * @param bytes the document
     * @return its tree
     * @throws InvalidFactsException naming the path and position of what is wrong
     */
    public static JsonNode tree(byte[] bytes) {
        if (bytes == null) {
            throw new MalformedFactsException("$", null, "a JSON document", "");
        }
        if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
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

    /**
     * The message of an I/O failure, or its type when it has none.
     *
     * @param e the failure
     * @return its message
     */
    public static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The error for a document beyond {@link Json#Json.MAX_DOCUMENT_BYTES}. */
    public static FactsLimitException tooLarge(String size) {
        return new FactsLimitException("$", "a document of " + size, "a document of at most " + Json.MAX_DOCUMENT_BYTES
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
                    + Json.MAX_NESTING_DEPTH + " deep", "Maybe the document is generated by a loop gone wrong; the facts "
                            + "format needs a depth of 4.");
        }
        if (m.contains("getMaxStringLength")) {
            return new FactsLimitException(where, "a string of " + found + " characters", "strings of at most "
                    + Json.MAX_STRING_LENGTH + " characters", "Maybe link long evidence instead of pasting it (evidence.link).");
        }
        if (m.contains("getMaxNumberLength")) {
            return new FactsLimitException(where, "a number of " + found + " characters", "numbers of at most "
                    + Json.MAX_NUMBER_LENGTH + " characters", "Maybe round the number.");
        }
        if (m.contains("getMaxNameLength")) {
            return new FactsLimitException(where, "a field name of " + found + " characters", "field names of at most "
                    + Json.MAX_NAME_LENGTH + " characters", "Maybe see docs/facts.md for the fields of the format.");
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

    /**
     * The facts of a document read by {@link #tree(byte[])}, with every mistake of it in one exception.
     *
     * @param root the document's tree
     * @return the facts
     * @throws InvalidFactsException listing every attestation and observation that does not follow the format
     */
    public static Facts facts(JsonNode root) {
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
}
