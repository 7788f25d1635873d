package org.opsmaturity.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The versions a result's metadata names: the library's (from the build) and the standard model's (a digest
 * of its catalogue and vocabulary files, so an edited criterion is a new model even within one release).
 * Computed once.
 */
public final class Versions {
    private Versions() {
    }

    /** The opsmaturity version, e.g. {@code 0.1.0}; {@code unknown} when the jar lacks its version file. */
    public static String library() {
        return Holder.LIBRARY;
    }

    /** The first 16 hex digits of the SHA-256 of the standard model's catalogue and vocabulary files. */
    public static String model() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final String LIBRARY = readLibrary();
        static final String MODEL = digestModel();

        private static String readLibrary() {
            Properties p = new Properties();
            try (InputStream in = Versions.class.getResourceAsStream("/org/opsmaturity/api/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the library's version file cannot be read", e);
            }
            return p.getProperty("version", "unknown");
        }

        private static String digestModel() {
            MessageDigest md;
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
            ClassLoader loader = Versions.class.getClassLoader();
            for (String resource : resources()) {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("the model resource " + resource + " is not on the class path");
                    }
                    md.update(resource.getBytes(StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("the model resource " + resource + " cannot be read", e);
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        }

        /** The structure, then each domain's criteria, then each domain's vocabulary (as maturity-history digests them). */
        private static String[] resources() {
            List<String> ids = org.opsmaturity.model.CatalogTsv.domainIds();
            String[] r = new String[1 + 2 * ids.size()];
            r[0] = "org/opsmaturity/catalog/structure.tsv";
            for (int d = 0; d < ids.size(); d++) {
                String key = org.opsmaturity.model.CatalogTsv.domainKey(ids.get(d));
                r[1 + d] = "org/opsmaturity/catalog/" + key + ".tsv";
                r[1 + ids.size() + d] = "org/opsmaturity/rules/" + key + ".tsv";
            }
            return r;
        }
    }
}
