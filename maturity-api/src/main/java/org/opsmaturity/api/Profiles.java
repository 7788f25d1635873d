package org.opsmaturity.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.TerminalText;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Waiver;

/**
 * Reads a JSON profile (docs/extending.md): a company's adaptation of the model in one file: DRL rule
 * files, added domains/areas/items, observations, declarative criteria, overrides, waivers and policy.
 * Problems are reported all at once as an {@link InvalidExtensionException}, with the JSON path.
 */
final class Profiles {
    private Profiles() {
    }

    /**
     * Reads the profile into the builder. It is read as the facts are (size, depth and length limits,
     * duplicate keys, UTF-8, whole Unicode text); its {@code rules} (code) are refused unless {@code trust}
     * is {@link ProfileTrust#ALLOW_RULES}, and may only name {@code .drl} files in the profile's folder.
     */
    static void apply(Assessor.Builder b, Path file, ProfileTrust trust) {
        if (file == null || trust == null) {
            throw new InvalidExtensionException(List.of("profile: " + (file == null ? "no file" : "no trust") + " given"));
        }
        String source = TerminalText.escape(file.toString());
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.Failure e) {
            throw new InvalidExtensionException(List.of(source + ": cannot be read (" + e.reason() + ")"));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        apply(b, bytes, source, trust, new RuleFiles("a path to a .drl file inside the profile's folder ("
                + TerminalText.escape(String.valueOf(dir)) + "), relative to it", name -> {
                    Path drl = inside(dir, name);
                    if (drl != null) {
                        b.addRules(drl);
                    }
                    return drl != null;
                }));
    }

    /**
     * Reads a profile from a class-path resource of {@code loader}; the DRL files it lists are resources of
     * the same folder (package), named relative to it.
     */
    static void applyResource(Assessor.Builder b, String resource, ClassLoader loader, ProfileTrust trust) {
        if (resource == null || resource.isBlank() || trust == null) {
            throw new InvalidExtensionException(List.of("profile: " + (trust == null ? "no trust" : "no resource name") + " given"));
        }
        String source = TerminalText.escape(resource);
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidExtensionException(List.of(source + ": not on the class path; expected a resource "
                        + "name such as com/acme/acme-profile.json (no leading /)"));
            }
            apply(b, read(in, source), source, trust, new RuleFiles("the name of a .drl resource in the profile's folder ("
                    + (folder.isEmpty() ? "the class path root" : TerminalText.escape(folder)) + "), relative to it, without ..",
                    name -> {
                        boolean ok = RESOURCE_NAME.matcher(name).matches() && !("/" + name + "/").contains("/../")
                                && !("/" + name + "/").contains("/./");
                        if (ok) {
                            b.addRulesResource(folder + name);
                        }
                        return ok;
                    }));
        } catch (IOException e) {
            throw new InvalidExtensionException(List.of(source + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static final java.util.regex.Pattern RESOURCE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-][A-Za-z0-9_./-]*\\.drl");

    /**
     * Reads a profile from a stream (not closed), reported under {@code name}; it has no folder, so a profile
     * read this way can list no DRL files.
     */
    static void applyStream(Assessor.Builder b, InputStream in, String name, ProfileTrust trust) {
        if (in == null || name == null || name.isBlank() || trust == null) {
            throw new InvalidExtensionException(List.of("profile: " + (in == null ? "no stream"
                    : trust == null ? "no trust" : "no name (used in problems) for the stream") + " given"));
        }
        String source = TerminalText.escape(name);
        try {
            apply(b, read(in, source), source, trust, new RuleFiles("no DRL file: a profile read from a stream has no "
                    + "folder to take them from (read it with profile(Path, ProfileTrust) or profileResource(String, ProfileTrust))",
                    file -> false));
        } catch (IOException e) {
            throw new InvalidExtensionException(List.of(source + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static byte[] read(InputStream in, String source) throws IOException {
        try {
            return BoundedRead.read(in, Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.Failure e) {
            throw new InvalidExtensionException(List.of(source + ": cannot be read (" + e.reason() + ")"));
        }
    }

    /** Where a profile's DRL files come from: what is expected, and what adds one (false: not acceptable). */
    private record RuleFiles(String expected, java.util.function.Predicate<String> add) {
    }

    private static void apply(Assessor.Builder b, byte[] bytes, String source, ProfileTrust trust, RuleFiles ruleFiles) {
        JsonNode root;
        try {
            root = Json.tree(bytes);
        } catch (InvalidFactsException e) {
            throw new InvalidExtensionException(List.of(source + ": " + e.getMessage().replace(System.lineSeparator(), " ")));
        }
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(source, problems);
        if (root == null || !root.isObject()) {
            throw new InvalidExtensionException(List.of(source + ": expected a JSON object"));
        }
        r.fields("", root, "$schema", "name", "rules", "domains", "areas", "items", "observations", "criteria",
                "overrides", "waivers", "policy", "freshness");
        r.opt("name", root.get("name"));
        r.opt("$schema", root.get("$schema"));
        List<JsonNode> rules = r.array("rules", root.get("rules"));
        if (!rules.isEmpty() && trust != ProfileTrust.ALLOW_RULES) {
            problems.add(source + ": rules: the profile lists " + rules.size() + " DRL file" + (rules.size() == 1 ? "" : "s")
                    + ", code that runs in this process; expected a profile of data only. Maybe run it with "
                    + "--allow-rules (ProfileTrust.ALLOW_RULES in Java) if you trust its author.");
            rules = List.of();
        }
        int ri = 0;
        for (JsonNode n : rules) {
            String p = "rules[" + ri++ + "]";
            if (!n.isTextual() || !ruleFiles.add().test(n.textValue())) {
                r.bad(p, n, ruleFiles.expected());
            }
        }
        int i = 0;
        for (JsonNode n : r.array("domains", root.get("domains"))) {
            String p = "domains[" + i++ + "]";
            r.fields(p, n, "id", "zh", "en");
            b.addDomain(r.text(p + ".id", n.get("id")), r.name(p, n));
        }
        i = 0;
        for (JsonNode n : r.array("areas", root.get("areas"))) {
            String p = "areas[" + i++ + "]";
            r.fields(p, n, "id", "domain", "zh", "en");
            b.addArea(r.text(p + ".id", n.get("id")), r.text(p + ".domain", n.get("domain")), r.name(p, n));
        }
        i = 0;
        for (JsonNode n : r.array("items", root.get("items"))) {
            String p = "items[" + i++ + "]";
            r.fields(p, n, "id", "area", "zh", "en");
            b.addItem(r.text(p + ".id", n.get("id")), r.text(p + ".area", n.get("area")), r.name(p, n));
        }
        i = 0;
        for (JsonNode n : r.array("observations", root.get("observations"))) {
            String p = "observations[" + i++ + "]";
            r.fields(p, n, "name", "type", "unit", "words", "en", "zh", "source");
            String name = r.text(p + ".name", n.get("name"));
            String type = r.text(p + ".type", n.get("type")).toUpperCase(Locale.ROOT);
            ObservationType t;
            try {
                t = ObservationType.valueOf(type);
            } catch (IllegalArgumentException e) {
                r.bad(p + ".type", n.get("type"), "FLAG, NUMBER or SET");
                continue;
            }
            String unit = t == ObservationType.NUMBER ? r.text(p + ".unit", n.get("unit")) : "";
            if (t == ObservationType.NUMBER && !Units.families().contains(unit)) {
                r.bad(p + ".unit", n.get("unit"), "a unit family, one of " + Units.families());
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            if (t == ObservationType.SET) {
                for (JsonNode w : r.array(p + ".words", n.get("words"))) {
                    if (!words.add(r.text(p + ".words[]", w))) {
                        r.bad(p + ".words[]", w, "each word once");
                    }
                }
                if (words.isEmpty()) {
                    r.bad(p + ".words", n.get("words"), "the allowed words of the set");
                }
            }
            b.addObservation(new ObservationSpec(name, t, unit, words, r.name(p, n), r.opt(p + ".source", n.get("source")),
                    List.of(), ""));
        }
        i = 0;
        for (JsonNode n : r.array("criteria", root.get("criteria"))) {
            String p = "criteria[" + i++ + "]";
            r.fields(p, n, "id", "item", "level", "zh", "en", "condition");
            String id = r.text(p + ".id", n.get("id"));
            String item = r.text(p + ".item", n.get("item"));
            int level = r.whole(n.get("level"), 1, 5);
            if (level < 1) {
                r.bad(p + ".level", n.get("level"), "a whole level from 1 to 5");
            }
            Condition c = r.condition(p + ".condition", n.get("condition"));
            if (c != null && !id.isEmpty() && level >= 1) {
                if (!id.matches("^[a-z][a-z0-9-]*\\..+")) {
                    r.bad(p + ".id", n.get("id"), "a namespaced id such as acme.6.1.1.L3.1");
                    continue;
                }
                b.addCriterion(new DeclaredCriterion(new Criterion(id, item, level, 0, CriterionKind.REQUIREMENT,
                        r.name(p, n), Text.EMPTY, List.of(), ""), c));
            }
        }
        i = 0;
        for (JsonNode n : r.array("overrides", root.get("overrides"))) {
            String p = "overrides[" + i++ + "]";
            r.fields(p, n, "criterion", "parameter", "value", "unit");
            if (n.get("value") == null || !n.get("value").isNumber() || !Double.isFinite(n.get("value").doubleValue())) {
                r.bad(p + ".value", n.get("value"), "a finite number");
                continue;
            }
            String unit = r.opt(p + ".unit", n.get("unit"));
            if (unit.isEmpty()) {
                b.override(r.text(p + ".criterion", n.get("criterion")), r.text(p + ".parameter", n.get("parameter")),
                        n.get("value").doubleValue());
            } else {
                b.override(r.text(p + ".criterion", n.get("criterion")), r.text(p + ".parameter", n.get("parameter")),
                        n.get("value").doubleValue(), unit);
            }
        }
        i = 0;
        for (JsonNode n : r.array("waivers", root.get("waivers"))) {
            String p = "waivers[" + i++ + "]";
            r.fields(p, n, "criterion", "kind", "reason", "approver", "expires");
            String kind = r.opt(p + ".kind", n.get("kind")).isEmpty() ? "not_applicable" : r.opt(p + ".kind", n.get("kind"));
            Waiver.Kind k;
            try {
                k = Waiver.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                r.bad(p + ".kind", n.get("kind"), "not_applicable or disabled");
                continue;
            }
            Optional<LocalDate> expires = Optional.empty();
            String expiry = r.opt(p + ".expires", n.get("expires"));
            if (!expiry.isEmpty()) {
                try {
                    if (!expiry.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not YYYY-MM-DD", expiry, 0);
                    }
                    expires = Optional.of(LocalDate.parse(expiry));
                } catch (DateTimeParseException e) {
                    r.bad(p + ".expires", n.get("expires"), "a date YYYY-MM-DD");
                    continue;
                }
            }
            b.waive(new Waiver(r.text(p + ".criterion", n.get("criterion")), k, r.opt(p + ".reason", n.get("reason")),
                    r.opt(p + ".approver", n.get("approver")), expires));
        }
        JsonNode policy = root.get("policy");
        if (policy != null) {
            r.fields("policy", policy, "same", "partialCredit");
            LevelPolicy lp = LevelPolicy.STRICT;
            String same = r.opt("policy.same", policy.get("same"));
            if (!same.isEmpty()) {
                try {
                    lp = lp.withSame(LevelPolicy.Same.valueOf(same.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    r.bad("policy.same", policy.get("same"), "inherit or cap");
                }
            }
            String pc = r.opt("policy.partialCredit", policy.get("partialCredit"));
            if (!pc.isEmpty()) {
                try {
                    Coverage c = Coverage.valueOf(pc.toUpperCase(Locale.ROOT));
                    if (c == Coverage.NONE) {
                        throw new IllegalArgumentException("none would count a not-met verdict as met");
                    }
                    lp = lp.withPartialCredit(c);
                } catch (RuntimeException e) {
                    r.bad("policy.partialCredit", policy.get("partialCredit"), "all, most or some");
                }
            }
            b.policy(lp);
        }
        JsonNode fresh = root.get("freshness");
        if (fresh != null) {
            r.fields("freshness", fresh, "attestationDays", "observationDays", "criteria");
            org.opsmaturity.model.Freshness f = b.freshness();
            int att = fresh.has("attestationDays") ? r.days("freshness.attestationDays", fresh.get("attestationDays"))
                    : f.attestationDays();
            int obs = fresh.has("observationDays") ? r.days("freshness.observationDays", fresh.get("observationDays"))
                    : f.observationDays();
            f = new org.opsmaturity.model.Freshness(Math.max(0, att), Math.max(0, obs), f.criterionDays());
            JsonNode per = fresh.get("criteria");
            if (per != null) {
                if (!per.isObject()) {
                    r.bad("freshness.criteria", per, "an object of criterion id to days");
                } else {
                    for (Iterator<String> it = per.fieldNames(); it.hasNext();) {
                        String id = it.next();
                        int days = r.days("freshness.criteria." + id, per.get(id));
                        if (days >= 0) {
                            f = f.withCriterion(id, days);
                        }
                    }
                }
            }
            b.freshness(f);
        }
        problems.forEach(b::problem);
    }

    /**
     * A rule file named by a profile, or null when the path leaves the profile's folder (absolute, {@code ..},
     * a link pointing out of it) or does not name a {@code .drl} file.
     */
    private static Path inside(Path dir, String name) {
        if (name.isBlank() || !name.endsWith(".drl") || name.indexOf('\0') >= 0) {
            return null;
        }
        try {
            Path given = Path.of(name);
            if (given.isAbsolute()) {
                return null;
            }
            Path p = dir.resolve(given).normalize();
            if (!p.startsWith(dir)) {
                return null;
            }
            if (Files.exists(p) && !p.toRealPath().startsWith(dir.toRealPath())) {
                return null; // a symbolic link out of the folder
            }
            return p;
        } catch (java.nio.file.InvalidPathException | IOException e) {
            return null;
        }
    }

    /** Collects problems with the profile's path. */
    private static final class Reader {
        private final String file;
        private final List<String> problems;

        Reader(String file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        void bad(String path, JsonNode value, String expected) {
            problems.add(file + ": " + TerminalText.escape(path) + ": " + (value == null ? "missing"
                    : "'" + MaturityException.cut(value.isNumber() ? value.asText() : value) + "'") // 1e400: Infinity
                    + " is not valid; expected " + expected);
        }

        /** A whole number from {@code min} to {@code max}, or -1 (reported) when it is not one. */
        int whole(JsonNode n, int min, int max) {
            if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
                return -1;
            }
            return n.intValue();
        }

        /** A number of days, 0 (no limit) to the longest period; -1 (reported) when it is not one. */
        int days(String path, JsonNode n) {
            int d = whole(n, 0, org.opsmaturity.model.Freshness.MAX_DAYS);
            if (d < 0) {
                bad(path, n, "a whole number of days from 0 (no limit) to " + org.opsmaturity.model.Freshness.MAX_DAYS);
            }
            return d;
        }

        /** The zh and en names of an element. */
        Text name(String path, JsonNode n) {
            return new Text(opt(path + ".zh", n.get("zh")), opt(path + ".en", n.get("en")));
        }

        void fields(String path, JsonNode n, String... allowed) {
            if (n == null || !n.isObject()) {
                bad(path.isEmpty() ? "$" : path, n, "a JSON object");
                return;
            }
            Set<String> ok = Set.of(allowed);
            Iterator<String> it = n.fieldNames();
            while (it.hasNext()) {
                String f = it.next();
                if (!ok.contains(f)) {
                    problems.add(file + ": " + (path.isEmpty() ? f : path + "." + f) + ": unknown field; expected one of "
                            + new java.util.TreeSet<>(ok) + ". " + Strings.maybe(f, ok));
                }
            }
        }

        List<JsonNode> array(String path, JsonNode n) {
            List<JsonNode> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (!n.isArray()) {
                bad(path, n, "a JSON array");
                return out;
            }
            n.forEach(out::add);
            return out;
        }

        String text(String path, JsonNode n) {
            if (n == null || !n.isTextual() || n.textValue().isBlank()) {
                if (n != null && n.isTextual()) {
                    bad(path, n, "a non-blank string");
                    return "";
                }
                bad(path, n, "a string");
                return "";
            }
            return n.textValue();
        }

        /** An optional string: empty when absent; anything but a string is reported. */
        String opt(String path, JsonNode n) {
            if (n == null || n.isNull()) {
                return "";
            }
            if (!n.isTextual()) {
                bad(path, n, "a string");
                return "";
            }
            return n.textValue();
        }

        Condition condition(String path, JsonNode n) {
            if (n == null || !n.isObject() || n.size() == 0) {
                bad(path, n, "a condition: {observation, equals|atLeast|atMost|contains}, {attested}, {allOf}, {anyOf} or {not}");
                return null;
            }
            if (n.has("allOf") || n.has("anyOf")) {
                String key = n.has("allOf") ? "allOf" : "anyOf";
                fields(path, n, key);
                List<Condition> parts = new ArrayList<>();
                int i = 0;
                for (JsonNode c : array(path + "." + key, n.get(key))) {
                    Condition x = condition(path + "." + key + "[" + i++ + "]", c);
                    if (x != null) {
                        parts.add(x);
                    }
                }
                if (parts.isEmpty()) {
                    bad(path + "." + key, n.get(key), "at least one condition");
                    return null;
                }
                return key.equals("allOf") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
            }
            if (n.has("not")) {
                fields(path, n, "not");
                Condition x = condition(path + ".not", n.get("not"));
                return x == null ? null : new Condition.Not(x);
            }
            if (n.has("attested")) {
                fields(path, n, "attested");
                return new Condition.Attested(text(path + ".attested", n.get("attested")));
            }
            fields(path, n, "observation", "equals", "atLeast", "atMost", "contains", "unit");
            String obs = text(path + ".observation", n.get("observation"));
            String unit = opt(path + ".unit", n.get("unit"));
            int keys = (n.has("equals") ? 1 : 0) + (n.has("atLeast") ? 1 : 0) + (n.has("atMost") ? 1 : 0)
                    + (n.has("contains") ? 1 : 0);
            if (keys > 1) {
                bad(path, n, "one of equals, atLeast, atMost or contains, not several");
                return null;
            }
            if (n.has("atLeast") || n.has("atMost")) {
                String key = n.has("atLeast") ? "atLeast" : "atMost";
                if (!n.get(key).isNumber() || !Double.isFinite(n.get(key).doubleValue())) {
                    bad(path + "." + key, n.get(key), "a finite number");
                    return null;
                }
                if (!Units.isKnown(unit)) {
                    bad(path + ".unit", n.get("unit"), "a unit, one of " + Units.all());
                    return null;
                }
                double v = n.get(key).doubleValue();
                return key.equals("atLeast") ? new Condition.AtLeast(obs, v, unit) : new Condition.AtMost(obs, v, unit);
            }
            if (n.has("contains")) {
                return new Condition.Contains(obs, text(path + ".contains", n.get("contains")));
            }
            if (n.has("equals")) {
                JsonNode v = n.get("equals");
                if (v.isBoolean()) {
                    return new Condition.Equals(obs, v.booleanValue(), "");
                }
                if (v.isNumber()) {
                    if (!Double.isFinite(v.doubleValue())) {
                        bad(path + ".equals", v, "a finite number");
                        return null;
                    }
                    if (!Units.isKnown(unit)) {
                        bad(path + ".unit", n.get("unit"), "a unit, one of " + Units.all());
                        return null;
                    }
                    return new Condition.Equals(obs, v.doubleValue(), unit);
                }
                if (v.isArray()) {
                    List<String> words = new ArrayList<>();
                    int wi = 0;
                    for (JsonNode w : v) {
                        String word = text(path + ".equals[" + wi++ + "]", w);
                        if (words.contains(word)) {
                            bad(path + ".equals[" + (wi - 1) + "]", w, "each word once");
                        }
                        words.add(word);
                    }
                    return new Condition.Equals(obs, words, "");
                }
                bad(path + ".equals", v, "true/false, a number with a unit, or an array of words");
                return null;
            }
            bad(path, n, "one of equals, atLeast, atMost or contains with the observation");
            return null;
        }
    }
}
