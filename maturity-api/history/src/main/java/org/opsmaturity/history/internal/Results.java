package org.opsmaturity.history.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;

import org.opsmaturity.model.CriterionStatus;

/** A run's result document (the JSON of {@code Json.write(Assessment)}, without indentation), gzip-compressed in the store. */
public final class Results {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A criterion as a run judged it: status, the deciding reason, and the facts its justifications used. */
    public record Judged(CriterionStatus status, String reason, String evidence) {
    }

    private Results() {
    }

    /**
     * The result document of {@code a}, compact JSON written straight into gzip (level 1): indentation is
     * left out of the store and put back by {@link #expand}, so the document read equals {@code Json.write(a)}.
     */
    public static byte[] compress(Assessment a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 16 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED); // 3 times faster than the default, a little larger
            }
        }) {
            Json.writeCompact(a, gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The result document as {@code Json.write} writes it (indented), from a compact or an indented store. */
    public static String expand(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return INDENTED.writeValueAsString(MAPPER.readTree(in));
        }
    }

    /** Every criterion of a result document by id, in its order. */
    public static Map<String, Judged> criteria(String json) throws IOException {
        Map<String, Judged> out = new LinkedHashMap<>();
        for (JsonNode c : MAPPER.readTree(json).path("criteria")) {
            JsonNode js = c.path("justifications");
            StringBuilder evidence = new StringBuilder();
            for (JsonNode j : js) {
                evidence.append(j.path("attestations")).append(j.path("observations"));
            }
            String reason = js.isEmpty() ? "" : js.get(0).path("reason").asText("");
            out.put(c.path("id").asText(), new Judged(CriterionStatus.valueOf(c.path("status").asText()), reason,
                    evidence.toString()));
        }
        return out;
    }
}
