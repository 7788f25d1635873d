package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads observation vocabularies from tab-separated files with the columns
 * {@code name type unit en zh source criteria example} (documented in docs/facts.md).
 */
public final class VocabularyTsv {
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$");

    private VocabularyTsv() {
    }

    /**
     * Parses and checks a vocabulary file.
     *
     * @param source the file's name, for messages
     * @param lines  its lines
     * @return the observation specifications
     */
    public static List<ObservationSpec> parse(String source, List<String> lines) {
        List<ObservationSpec> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] raw = l.split("\t", -1);
            if (raw.length > 8) {
                throw fail(source, n + 1, "fields", raw.length, "8 tab-separated fields");
            }
            String[] f = new String[8];
            for (int k = 0; k < 8; k++) {
                f[k] = k < raw.length ? raw[k].trim() : "";
            }
            if (!NAME.matcher(f[0]).matches()) {
                throw fail(source, n + 1, "name", f[0], "lower-case dotted words, e.g. monitoring.processing.latency");
            }
            ObservationType type;
            try {
                type = ObservationType.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw fail(source, n + 1, "type", f[1], "FLAG, NUMBER or SET");
            }
            String family = "";
            Set<String> words = Set.of();
            switch (type) {
                case NUMBER -> {
                    if (!Units.families().contains(f[2])) {
                        throw fail(source, n + 1, "unit", f[2], "a unit family, one of " + Units.families());
                    }
                    family = f[2];
                }
                case SET -> {
                    if (f[2].isEmpty() || f[2].equals("-")) {
                        throw fail(source, n + 1, "unit", f[2], "the allowed words, |-separated");
                    }
                    words = new LinkedHashSet<>(Arrays.asList(f[2].split("\\|")));
                }
                case FLAG -> {
                    if (!f[2].isEmpty() && !f[2].equals("-")) {
                        throw fail(source, n + 1, "unit", f[2], "- for a FLAG");
                    }
                }
            }
            List<String> criteria = f[6].isEmpty() ? List.of()
                    : Arrays.stream(f[6].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            out.add(new ObservationSpec(f[0], type, family, words, new Text(f[4], f[3]), f[5], criteria, f[7]));
        }
        return out;
    }

    private static CatalogException fail(String source, int line, String field, Object value, String expected) {
        return new CatalogException(source + ":" + line + ": " + field + " '" + MaturityException.cut(value)
                + "' is not valid; expected " + expected, "");
    }
}
