package org.opsmaturity.api.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
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
import org.opsmaturity.model.FactsLimitException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.MalformedFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Problems;
import org.opsmaturity.model.UnreadableFactsException;

/**
 * The front end of every JSON document read (facts and profiles): UTF-8 only, the size, depth and length limits of
 * {@link Json}, no duplicate keys, no data after the document, no lone surrogates; each mistake an
 * {@code InvalidFactsException} naming its path and position. Not API.
 */
public final class JsonFrontEnd {
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

    private JsonFrontEnd() {
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
        requireText(bytes);
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
        requireWellFormedText("$", root, problems); // Jackson keeps an escaped lone surrogate as it is
        InvalidFactsException.throwIfAny(problems);
        return root;
    }

    /**
     * The checks of {@link #tree(byte[])} made on the bytes alone: present, within the size limit, UTF-8.
     *
     * @param bytes the document
     * @throws InvalidFactsException naming what is wrong
     */
    public static void requireText(byte[] bytes) {
        if (bytes == null) {
            throw new MalformedFactsException("$", null, "a JSON document", "");
        }
        if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
            throw tooLarge(bytes.length + " bytes");
        }
        requireUtf8(bytes);
    }

    /**
     * A parser with the limits and strictness of {@link #tree(byte[])} (not its error messages), for binding
     * bytes that {@link #requireText(byte[])} accepted straight to records.
     *
     * @param bytes the document
     * @return the parser, to be closed by the caller
     * @throws IOException never for bytes in memory, but declared by Jackson
     */
    public static JsonParser parser(byte[] bytes) throws IOException {
        return READER.createParser(bytes);
    }

    /**
     * Whether the text may hold an escaped surrogate (a backslash-u escape of D800 to DFFF), which
     * {@link #tree(byte[])} checks and a parser does not (it keeps an escaped lone surrogate as it is).
     *
     * @param bytes UTF-8 JSON text
     * @return true when a backslash, u and d8 to df follow each other anywhere
     */
    public static boolean mayEscapeSurrogate(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\\' && bytes[i + 1] == 'u' && (bytes[i + 2] | 0x20) == 'd'
                    && "89abcdefABCDEF".indexOf(bytes[i + 3]) >= 0) {
                return true;
            }
        }
        return false;
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

    /**
     * The error for a document beyond {@link Json#MAX_DOCUMENT_BYTES}.
     *
     * @param size the document's size as the message gives it, e.g. {@code "9437184 bytes"}
     * @return the error
     */
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
}
