package org.opsmaturity.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.api.internal.FactsReading;
import org.opsmaturity.api.internal.JsonFrontEnd;
import org.opsmaturity.api.internal.JsonOutput;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.FactsLimitException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.MalformedFactsException;
import org.opsmaturity.model.UnreadableFactsException;

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

    private Json() {
    }

    /**
     * Reads a facts document from a file.
     *
     * @param file the facts file (a pipe such as {@code /dev/stdin} works)
     * @return the facts, checked against the format
     * @throws InvalidFactsException naming the JSON path, the value and what was expected, for any problem
     */
    public static Facts readFacts(Path file) {
        return readFacts(readDocument(file));
    }

    /**
     * The bytes of a document file, read once (so a pipe such as {@code /dev/stdin} works), with the
     * errors of {@link #readFacts(Path)}: no such file, unreadable, larger than {@value #MAX_DOCUMENT_BYTES}
     * bytes. For callers that check the bytes before reading them as facts, e.g. against the JSON Schema.
     *
     * @param file the document's file
     * @return its bytes, at most {@value #MAX_DOCUMENT_BYTES}
     * @throws UnreadableFactsException when the file is missing, unreadable or a directory
     * @throws FactsLimitException when it is larger than the limit
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
                throw JsonFrontEnd.tooLarge(size > MAX_DOCUMENT_BYTES ? size + " bytes" : e.reason());
            }
            if (e.missing() && !file.toString().isEmpty()) {
                throw new UnreadableFactsException("file", file, "an existing facts file", "Maybe check the path.");
            }
            throw new UnreadableFactsException("file", file, "a readable facts file (" + e.reason() + ")",
                    Files.isDirectory(file) ? "Maybe name a file in that directory." : "");
        }
    }

    /**
     * Reads a facts document from a stream (read whole, up to the size limit; the stream is left open).
     *
     * @param in the stream of UTF-8 JSON
     * @return the facts, checked against the format
     * @throws InvalidFactsException naming the JSON path, the value and what was expected, for any problem
     */
    public static Facts readFacts(InputStream in) {
        if (in == null) {
            throw new UnreadableFactsException("$", null, "a stream of facts", "");
        }
        try {
            return readFacts(BoundedRead.read(in, MAX_DOCUMENT_BYTES));
        } catch (BoundedRead.Failure e) {
            throw JsonFrontEnd.tooLarge(e.reason());
        } catch (IOException e) {
            throw new UnreadableFactsException("$", JsonFrontEnd.reason(e), "a readable stream of facts", "");
        }
    }

    /**
     * Reads a facts document from a string.
     *
     * @param json the JSON text
     * @return the facts, checked against the format
     * @throws InvalidFactsException naming the JSON path, the value and what was expected, for any problem
     */
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
     *
     * @param bytes the UTF-8 JSON
     * @return the facts, checked against the format
     * @throws InvalidFactsException naming the JSON path, the value and what was expected, for any problem
     */
    public static Facts readFacts(byte[] bytes) {
        return FactsReading.read(bytes);
    }

    /**
     * One JSON document read within the limits of this class (shared with the profile reader): UTF-8
     * only, no duplicate keys, no lone surrogates; never null.
     */
    static JsonNode tree(byte[] bytes) {
        return JsonFrontEnd.tree(bytes);
    }

    // ---------------------------------------------------------------- writing (records in api.internal.JsonOutput)

    /**
     * The facts as a JSON document in the format {@link #readFacts(String)} reads.
     *
     * @param facts the facts
     * @return the document, indented
     */
    public static String write(Facts facts) {
        return JsonOutput.write(facts);
    }

    /**
     * The assessment as a JSON document (docs/facts.md, "The result").
     *
     * @param a the assessment
     * @return the document, indented
     */
    public static String write(Assessment a) {
        return JsonOutput.write(a, ASSESSMENT_SCHEMA_ID);
    }

    /**
     * The same document as {@link #write(Assessment)} without indentation, as UTF-8 onto {@code out} (left
     * open): for stores that keep many results (re-indenting it gives back {@code write(a)} exactly).
     *
     * @param a   the assessment
     * @param out where to write; left open
     * @throws IOException if {@code out} cannot be written
     */
    public static void writeCompact(Assessment a, OutputStream out) throws IOException {
        JsonOutput.writeCompact(a, ASSESSMENT_SCHEMA_ID, out);
    }

    /**
     * A diff of two assessments as JSON.
     *
     * @param d the diff
     * @return the document, indented
     */
    public static String write(org.opsmaturity.model.Diff d) {
        return JsonOutput.write(d);
    }

    /**
     * A roadmap as JSON.
     *
     * @param r the roadmap
     * @return the document, indented
     */
    public static String write(org.opsmaturity.model.Roadmap r) {
        return JsonOutput.write(r);
    }

    /**
     * A roll-up of many subjects as JSON.
     *
     * @param r the roll-up
     * @return the document, indented
     */
    public static String write(org.opsmaturity.model.Rollup r) {
        return JsonOutput.write(r);
    }
}
