package org.opsmaturity.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.opsmaturity.model.MaturityException;

/**
 * The words of the reports and the questionnaire in one language, from
 * {@code labels_<lang>.properties} (UTF-8). {@code {0}}, {@code {1}} ... are replaced by arguments; no
 * other syntax, so apostrophes need no escaping. As a map, templates read {@code {{t.key}}}.
 */
public final class Labels extends AbstractMap<String, String> {
    /** The languages there are labels for. */
    public static final Set<String> LANGUAGES = Set.of("en", "zh");

    private final String lang;
    private final Map<String, String> texts;

    private Labels(String lang, Map<String, String> texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** The labels of a language: "en" or "zh". */
    public static Labels of(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new MaturityException("lang: '" + MaturityException.cut(lang) + "' is not valid; expected en or zh",
                    "Maybe write --lang en or --lang zh.");
        }
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return new Labels(lang, Map.copyOf(texts));
    }

    /** The language of the system's default locale when there are labels for it, else English. */
    public static String systemLanguage() {
        String l = Locale.getDefault().getLanguage();
        return LANGUAGES.contains(l) ? l : "en";
    }

    public String lang() {
        return lang;
    }

    /** The label of a key with {@code {0}}, {@code {1}} ... replaced by the arguments. */
    public String format(String key, Object... args) {
        String t = texts.get(key);
        if (t == null) {
            throw new MaturityException("label: '" + key + "' is missing from labels_" + lang + ".properties", "");
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }

    @Override
    public String get(Object key) {
        return format((String) key);
    }

    @Override
    public boolean containsKey(Object key) {
        return texts.containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return texts.entrySet();
    }
}
