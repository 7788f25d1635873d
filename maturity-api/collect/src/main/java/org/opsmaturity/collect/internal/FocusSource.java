package org.opsmaturity.collect.internal;

import static org.opsmaturity.model.MaturityException.cut;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.opsmaturity.collect.CollectException;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Units;

/**
 * Cost exports in the FinOps FOCUS format (CSV, columns of FOCUS 1.0): which environments the cost
 * accounting covers (an environment tag) and whether cost can be organised in several dimensions
 * (ServiceCategory plus allocation tags such as team, each covering enough of the cost).
 */
final class FocusSource implements Source {
    static final List<String> ENVIRONMENTS = List.of("development", "test", "staging", "production", "other");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final String name;
    private final Path file;
    private final String shown;
    private final String costColumn;
    private final String environmentTag;
    private final Map<String, String> environments;
    private final List<String> dimensionTags;
    private final double coverage;

    private FocusSource(String name, Path file, String shown, String costColumn, String environmentTag,
            Map<String, String> environments, List<String> dimensionTags, double coverage) {
        this.name = name;
        this.file = file;
        this.shown = shown;
        this.costColumn = costColumn;
        this.environmentTag = environmentTag;
        this.environments = environments;
        this.dimensionTags = dimensionTags;
        this.coverage = coverage;
    }

    static FocusSource parse(Node n, Path baseDir) {
        n.only("kind", "name", "file", "costColumn", "environmentTag", "environments", "dimensionTags", "coverage");
        String shown = n.need("file").text();
        Map<String, String> envs = new LinkedHashMap<>();
        n.get("environments").ifPresent(e -> e.object().json.fieldNames().forEachRemaining(k -> {
            Node v = e.need(k);
            String word = v.text();
            if (!ENVIRONMENTS.contains(word)) {
                throw v.error(word, "one of " + ENVIRONMENTS, Strings.maybe(word, ENVIRONMENTS));
            }
            envs.put(k, word);
        }));
        List<String> dims = n.get("dimensionTags").map(Node::texts).orElse(List.of("team"));
        return new FocusSource("focus " + n.text("name", "costs"), baseDir.resolve(shown), shown,
                n.text("costColumn", "EffectiveCost"), n.text("environmentTag", "env"), envs, dims,
                n.number("coverage", 95, 0, 100));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void collect(Sink sink, Inputs inputs) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(r)) {
            if (!it.hasNext()) {
                throw new CollectException(name + ": " + shown + " is empty; expected a FOCUS CSV with a header row",
                        "");
            }
            String[] header = it.next();
            int cost = column(header, costColumn);
            int category = column(header, "ServiceCategory");
            int tags = column(header, "Tags");
            int end = column(header, "ChargePeriodEnd");
            read(sink, it, header.length, cost, category, tags, end);
        } catch (NoSuchFileException e) {
            throw new CollectException(name + ": file: '" + shown + "' does not exist (" + file + ")",
                    "Maybe the path is relative to the config file's folder.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CollectException c) {
                throw c;
            }
            throw new CollectException(name + ": " + shown + " is not a readable CSV file (" + e.getMessage() + ")",
                    "", e);
        }
    }

    private int column(String[] header, String wanted) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().replace("\uFEFF", "").equals(wanted)) {
                return i;
            }
        }
        List<String> have = Arrays.stream(header).map(String::strip).toList();
        throw new CollectException(name + ": " + shown + ":1: the column '" + wanted + "' is missing; expected a "
                + "FOCUS header with " + wanted + " (found " + cut(have) + ")",
                Strings.maybe(wanted, have));
    }

    private static final class Money {
        double total;
        final Map<String, Double> byTag = new TreeMap<>();
        double categorised;
        final Map<String, Double> byEnvironment = new TreeMap<>();
    }

    private void read(Sink sink, MappingIterator<String[]> it, int width, int cost, int category, int tags, int end)
            throws IOException {
        Money m = new Money();
        LocalDate latest = null;
        int rows = 0;
        int credits = 0;
        while (it.hasNext()) {
            String[] row = it.next();
            int line = it.getCurrentLocation().getLineNr() - 1;
            String where = shown + ":" + Math.max(line, 2);
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            if (row.length != width) {
                sink.skip(name, where, row.length + " fields, expected " + width + " as in the header; row not counted");
                continue;
            }
            double amount;
            try {
                amount = Double.parseDouble(row[cost].strip());
            } catch (NumberFormatException e) {
                sink.skip(name, where, costColumn + ": '" + cut(row[cost]) + "' is not a number; row not counted");
                continue;
            }
            if (!Double.isFinite(amount)) {
                sink.skip(name, where, costColumn + ": '" + row[cost] + "' is not finite; row not counted");
                continue;
            }
            JsonNode tagNode;
            try {
                tagNode = row[tags].isBlank() ? Configs.json().createObjectNode() : Configs.json().readTree(row[tags]);
            } catch (IOException e) {
                tagNode = null;
            }
            if (tagNode == null || !tagNode.isObject()) {
                sink.skip(name, where, "Tags: '" + cut(row[tags]) + "' is not a JSON object; row not counted");
                continue;
            }
            try {
                LocalDate d = OffsetDateTime.parse(row[end].strip()).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
                latest = latest == null || d.isAfter(latest) ? d : latest;
            } catch (DateTimeParseException e) {
                sink.skip(name, where, "ChargePeriodEnd: '" + cut(row[end])
                        + "' is not an RFC 3339 time; row not counted");
                continue;
            }
            rows++;
            if (amount <= 0) {
                credits++;
                continue;
            }
            m.total += amount;
            if (!row[category].isBlank()) {
                m.categorised += amount;
            }
            for (String t : dimensionTags) {
                if (!tagNode.path(t).asText("").isBlank()) {
                    m.byTag.merge(t, amount, Double::sum);
                }
            }
            String env = tagNode.path(environmentTag).asText("");
            if (!env.isBlank()) {
                m.byEnvironment.merge(env, amount, Double::sum);
            }
        }
        derive(sink, m, rows, credits, latest);
    }

    private void derive(Sink sink, Money m, int rows, int credits, LocalDate latest) {
        if (m.total <= 0 || latest == null) {
            sink.note(name, shown + ": no rows with a positive cost; no observation was made");
            return;
        }
        Evidence base = new Evidence("", shown, name, Optional.of(latest));
        if (credits > 0) {
            sink.note(name, credits + " rows with zero or negative cost (credits, refunds) are not part of the coverage");
        }
        List<String> shares = new ArrayList<>();
        shares.add("ServiceCategory " + pct(m.categorised / m.total));
        boolean all = m.categorised / m.total * 100 >= coverage;
        for (String t : dimensionTags) {
            double share = m.byTag.getOrDefault(t, 0.0) / m.total;
            shares.add("tag " + t + " " + pct(share));
            all &= share * 100 >= coverage;
        }
        sink.note(name, "cost allocation coverage over " + rows + " rows: " + String.join(", ", shares));
        sink.flag("cost.data.multi-dimensional", all, new Evidence("FOCUS " + shown + ": share of cost carrying each "
                + "dimension: " + String.join(", ", shares) + "; " + (all ? "each" : "not each") + " reaches "
                + Units.format(coverage) + " %", base.link(), base.by(), base.observedAt()));
        TreeSet<String> words = new TreeSet<>();
        List<String> unmapped = new ArrayList<>();
        for (String value : m.byEnvironment.keySet()) {
            String w = environments.getOrDefault(value, ENVIRONMENTS.contains(value.toLowerCase(Locale.ROOT))
                    ? value.toLowerCase(Locale.ROOT) : null);
            if (w == null) {
                unmapped.add(value);
            } else {
                words.add(w);
            }
        }
        if (!unmapped.isEmpty()) {
            sink.note(name, "tag " + environmentTag + " values " + unmapped + " map to no environment word and were "
                    + "left out; map them under environments to one of " + ENVIRONMENTS);
        }
        if (words.isEmpty()) {
            sink.note(name, "no cost carries the tag " + environmentTag + "; cost.accounting.environments was not observed");
            return;
        }
        sink.set("cost.accounting.environments", words, new Evidence("FOCUS " + shown + ": cost tagged "
                + environmentTag + " = " + m.byEnvironment.keySet() + " (" + pct(m.byEnvironment.values().stream()
                        .mapToDouble(Double::doubleValue).sum() / m.total) + " of cost)",
                base.link(), base.by(), base.observedAt()));
    }

    private static String pct(double share) {
        return Units.format(Math.round(share * 1000) / 10.0) + " %";
    }
}
