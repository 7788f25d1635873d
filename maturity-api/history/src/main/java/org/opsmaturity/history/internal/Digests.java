package org.opsmaturity.history.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;

/** The digests a record keeps (docs/history.md, "What a record holds"); its versions are the library's ({@code Versions}). */
public final class Digests {
    private Digests() {
    }

    /** SHA-256 (hex) of the facts as the library writes them, so the same facts give the same digest. */
    public static String facts(Facts facts) {
        return sha256Hex(Json.write(facts));
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
