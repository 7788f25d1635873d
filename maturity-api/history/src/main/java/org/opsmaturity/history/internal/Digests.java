package org.opsmaturity.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;

/** The versions and digests a record keeps (docs/history.md, "What a record holds"). */
public final class Digests {
    /** The standard model as data: its catalogue and its observation vocabulary. */
    private static final String[] MODEL_RESOURCES = modelResources();
    private static volatile String modelVersion;
    private static volatile String libraryVersion;

    private Digests() {
    }

    private static String[] modelResources() {
        String[] r = new String[15];
        r[0] = "org/opsmaturity/catalog/structure.tsv";
        for (int d = 1; d <= 7; d++) {
            String key = org.opsmaturity.model.CatalogTsv.domainKey(Integer.toString(d));
            r[d] = "org/opsmaturity/catalog/" + key + ".tsv";
            r[7 + d] = "org/opsmaturity/rules/" + key + ".tsv";
        }
        return r;
    }

    /** The first 16 hex digits of the SHA-256 of the standard catalogue and vocabulary files. */
    public static String modelVersion() {
        String v = modelVersion;
        if (v == null) {
            MessageDigest md = sha256();
            for (String resource : MODEL_RESOURCES) {
                try (InputStream in = Digests.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("the model resource " + resource + " is not on the class path");
                    }
                    md.update(resource.getBytes(StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new IllegalStateException("the model resource " + resource + " cannot be read", e);
                }
            }
            v = HexFormat.of().formatHex(md.digest()).substring(0, 16);
            modelVersion = v;
        }
        return v;
    }

    /** The opsmaturity version (maturity-history is released with the library, in step). */
    public static String libraryVersion() {
        String v = libraryVersion;
        if (v == null) {
            Properties p = new Properties();
            try (InputStream in = Digests.class.getResourceAsStream("/org/opsmaturity/history/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // reported as "unknown" below
            }
            v = p.getProperty("version", "unknown");
            libraryVersion = v;
        }
        return v;
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
