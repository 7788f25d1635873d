package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search of {@code catalog}: by id prefix ({@code 6.1}, {@code 1.2.2.L3}) or by words, in English and
 * Chinese, ranked. A word matches a whole word of the text or its beginning ({@code deploy} finds
 * "deployment", {@code RPO} finds "RPO" but not "general-purpose"); Chinese matches anywhere in the Chinese
 * text (it has no spaces between words). Every word of the query must match; the text counts more than the
 * illustration or a parameter's name, and the query as a phrase counts more than its words apart.
 */
final class Search {
    /** Latin words and numbers: "rpo", "99.95", "k8s". */
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:\\.[0-9]+)*");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]");
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "at", "by", "for", "in", "is", "of", "on",
            "or", "the", "to", "with");

    /** A field of an entry and how much a match in it counts. */
    record Field(String text, int weight) {
    }

    private final String query;
    private final List<String> terms;

    Search(String query) {
        this.query = query.trim().toLowerCase(Locale.ROOT);
        List<String> ts = new ArrayList<>();
        for (String t : this.query.split("[\\s,;/]+")) {
            if (!t.isEmpty()) {
                ts.add(t);
            }
        }
        List<String> content = ts.stream().filter(t -> !STOP.contains(t)).toList();
        this.terms = content.isEmpty() ? ts : content;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The entries the query names by id prefix, else those that match its words, best first (ties: given order). */
    <T> List<T> find(List<T> entries, Function<T, List<String>> ids, Function<T, List<Field>> fields) {
        if (isEmpty()) {
            return entries;
        }
        List<T> byId = entries.stream().filter(e -> ids.apply(e).stream()
                .anyMatch(id -> id.toLowerCase(Locale.ROOT).startsWith(query))).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        List<Scored<T>> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int s = score(fields.apply(entries.get(i)));
            if (s > 0) {
                hits.add(new Scored<>(entries.get(i), s, i));
            }
        }
        hits.sort(Comparator.<Scored<T>>comparingInt(h -> -h.score).thenComparingInt(h -> h.index));
        return hits.stream().map(h -> h.entry).toList();
    }

    private record Scored<T>(T entry, int score, int index) {
    }

    /** 0 when a word of the query matches nowhere; else the sum of each word's best match, plus a phrase bonus. */
    int score(List<Field> fields) {
        int total = 0;
        for (String t : terms) {
            int best = 0;
            for (Field f : fields) {
                best = Math.max(best, match(t, f.text().toLowerCase(Locale.ROOT)) * f.weight());
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        if (terms.size() > 1) {
            for (Field f : fields) {
                if (phrase(f.text().toLowerCase(Locale.ROOT))) {
                    total += 2 * f.weight();
                    break;
                }
            }
        }
        return total;
    }

    /** 3 a whole word (or Chinese anywhere), 2 the beginning of a word, 0 no match. */
    private static int match(String term, String text) {
        if (HAN.matcher(term).find()) {
            return text.contains(term) ? 3 : 0;
        }
        String stem = term.length() > 3 && term.endsWith("s") && !term.endsWith("ss") ? term.substring(0, term.length() - 1)
                : term;
        List<String> termWords = words(term);
        if (termWords.size() > 1) { // "general-purpose", "rto/rpo": the words in a row
            return phraseOf(termWords, words(text)) ? 3 : 0;
        }
        int best = 0;
        for (String w : words(text)) {
            if (w.equals(term) || w.equals(stem)) {
                return 3;
            }
            if (w.startsWith(stem)) {
                best = 2;
            }
        }
        return best;
    }

    private boolean phrase(String text) {
        if (HAN.matcher(query).find()) {
            return text.contains(query.replace(" ", ""));
        }
        return phraseOf(words(query), words(text));
    }

    private static boolean phraseOf(List<String> phrase, List<String> words) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).startsWith(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> ws = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            ws.add(m.group());
        }
        return ws;
    }

    /** "minReleaseSuccess" as words: "min release success". */
    static String camelWords(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('.', ' ').replace('-', ' ');
    }
}
