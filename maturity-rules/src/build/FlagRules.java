import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step of maturity-rules (generate-resources, run by the JDK's source launcher): writes, for each
 * domain {@code <key>}, {@code <key>-flags.drl} with the flag-rule template (src/main/templates/flag-rule.drt)
 * applied to every criterion that the vocabulary {@code <key>.tsv} lists under exactly one observation,
 * a FLAG; such a criterion must have no rule of its own in {@code <key>.drl} (the build fails naming it).
 * Output is sorted and byte-stable.
 *
 * <p>Usage: {@code java FlagRules.java <template> <rules source dir> <output dir>}
 */
public final class FlagRules {
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FlagRules <template> <rules source dir> <output dir>");
        }
        String template = body(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Path in = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> vocabularies;
        try (var files = Files.list(in)) {
            vocabularies = files.filter(p -> p.getFileName().toString().matches("\\d+-[a-z-]+\\.tsv")).sorted().toList();
        }
        if (vocabularies.isEmpty()) {
            throw new IllegalStateException(in + ": no vocabulary files <key>.tsv");
        }
        int total = 0;
        for (Path vocabulary : vocabularies) {
            String key = vocabulary.getFileName().toString().replace(".tsv", "");
            Path drl = in.resolve(key + ".drl");
            Set<String> written = new TreeSet<>();
            Matcher m = RULE.matcher(Files.readString(drl, StandardCharsets.UTF_8));
            while (m.find()) {
                written.add(m.group(1));
            }
            // criterion -> the observations it reads, and which of them are flags
            Map<String, List<String>> reads = new LinkedHashMap<>();
            Set<String> flags = new TreeSet<>();
            List<String> lines = Files.readAllLines(vocabulary, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\t", -1);
                if (p.length < 7) {
                    throw new IllegalStateException(vocabulary + ":" + (n + 1) + ": expected at least 7 tab-separated"
                            + " columns (the 7th is the criteria), got " + p.length);
                }
                String name = p[0].strip(); // trimmed as VocabularyTsv does
                if (p[1].strip().equals("FLAG")) {
                    flags.add(name);
                }
                for (String c : p[6].split(",")) {
                    if (!c.isBlank()) {
                        reads.computeIfAbsent(c.strip(), k -> new ArrayList<>()).add(name);
                    }
                }
            }
            StringBuilder s = new StringBuilder();
            s.append("package org.opsmaturity.rules;\n\nimport org.opsmaturity.model.Observation;\n\n")
                    .append("global org.opsmaturity.rules.Checks check;\nglobal org.opsmaturity.rules.Outcomes outcomes;\n\n")
                    .append("// Generated at build time from ").append(key).append(".tsv and src/main/templates/flag-rule.drt")
                    .append(" by src/build/FlagRules.java; do not edit.\n");
            int count = 0;
            for (String criterion : new TreeSet<>(reads.keySet())) {
                List<String> names = reads.get(criterion);
                if (names.size() == 1 && flags.contains(names.get(0))) {
                    if (written.contains(criterion)) {
                        throw new IllegalStateException(key + ".drl: rule \"" + criterion + "\" is written by hand, but"
                                + " the criterion reads one flag (" + names.get(0) + "), whose rule is generated from"
                                + " src/main/templates/flag-rule.drt; expected no written rule: delete it");
                    }
                    s.append('\n').append(template.replace("@{criterion}", criterion)
                            .replace("@{observation}", names.get(0)));
                    count++;
                }
            }
            Path target = out.resolve(key + "-flags.drl");
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
            total += count;
        }
        if (total == 0) {
            throw new IllegalStateException(in + ": no single-flag criterion in any vocabulary; expected some"
                    + " (a FLAG observation whose criteria column names a criterion that reads nothing else)");
        }
    }

    /** The template without its leading comment lines. */
    private static String body(String template) {
        StringBuilder b = new StringBuilder();
        boolean header = true;
        for (String l : template.split("\n", -1)) {
            if (header && l.startsWith("//")) {
                continue;
            }
            header = false;
            b.append(l).append('\n');
        }
        String s = b.toString();
        while (s.endsWith("\n\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
