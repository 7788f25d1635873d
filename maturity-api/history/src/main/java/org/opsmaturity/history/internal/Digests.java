package org.opsmaturity.history.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.opsmaturity.api.Json;
import org.opsmaturity.api.internal.Versions;
import org.opsmaturity.model.Facts;

/** The versions and digests a record keeps (docs/history.md, "What a record holds"). */
public final class Digests {
    private Digests() {
    }

    /** The first 16 hex digits of the SHA-256 of the standard catalogue and vocabulary files (as results name it). */
    public static String modelVersion() {
        return Versions.model();
    }

    /** The opsmaturity version (maturity-history is released with the library, in step). */
    public static String libraryVersion() {
        return Versions.library();
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
