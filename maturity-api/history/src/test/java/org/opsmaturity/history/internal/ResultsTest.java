package org.opsmaturity.history.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Verdict;

class ResultsTest {
    private static final Assessment A = Assessor.standard().evaluate(Facts.builder().subject("payments")
            .observe("continuity.availability", 99.97, "%").attest("1.1.1.L1.1", Verdict.MET, "ssh-based collection scripts")
            .build());

    @Test
    void storesTheDocumentCompactAndReadsItBackAsJsonWriteWroteIt() throws Exception {
        byte[] stored = Results.compress(A);
        assertEquals(Json.write(A), Results.expand(stored));
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        Json.writeCompact(A, compact);
        String text = compact.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\n"), "no indentation in the store");
        assertTrue(text.length() < Json.write(A).length(), text.length() + " vs " + Json.write(A).length());
    }

    @Test
    void readsAnIndentedDocumentAsEarlierVersionsStoredIt() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Json.write(A).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(Json.write(A), Results.expand(gz.toByteArray()));
    }
}
