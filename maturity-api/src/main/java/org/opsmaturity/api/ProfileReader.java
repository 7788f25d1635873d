package org.opsmaturity.api;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.TerminalText;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Waiver;

/**
 * Turns a profile's JSON tree into a {@link Profile}, collecting every problem with its JSON path (one reader
 * per document). Internal: {@link Profiles} reads the bytes and applies the result.
 */
final class ProfileReader {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProfileReader(String file) {
        this.file = file;
    }

    /** The problems found so far, each a line naming the document and the JSON path. */
    List<Problem> problems() {
        return problems;
    }

    /**
     * The profile in {@code root} (an object); {@code ruleFiles} turns a DRL name into a rule file, or empty
     * when it is not acceptable ({@code expected} then says what is).
     */
    Profile profile(JsonNode root, ProfileTrust trust, Function<String, Optional<Profile.RuleFile>> ruleFiles,
            String expected) {
        fields("", root, "$schema", "name", "rules", "domains", "areas", "items", "observations", "criteria",
                "overrides", "waivers", "policy", "freshness");
        String name = opt("name", root.get("name"));
        String schema = opt("$schema", root.get("$schema"));
        List<JsonNode> rules = array("rules", root.get("rules"));
        if (!rules.isEmpty() && trust != ProfileTrust.ALLOW_RULES) {
            problems.add(described(file + ": rules", "the profile lists " + rules.size() + " DRL file" + (rules.size() == 1 ? "" : "s")
                    + ", code that runs in this process; expected a profile of data only. Maybe run it with "
                    + "--allow-rules (ProfileTrust.ALLOW_RULES in Java) if you trust its author."));
            rules = List.of();
        }
        List<Profile.RuleFile> ruleList = new ArrayList<>();
        int ri = 0;
        for (JsonNode n : rules) {
            String p = "rules[" + ri++ + "]";
            Optional<Profile.RuleFile> ruleFile = n.isTextual() ? ruleFiles.apply(n.textValue()) : Optional.empty();
            if (ruleFile.isEmpty()) {
                bad(p, n, expected);
            } else {
                ruleList.add(ruleFile.get());
            }
        }
        List<Profile.Domain> domains = new ArrayList<>();
        List<Profile.Area> areas = new ArrayList<>();
        List<Profile.Item> items = new ArrayList<>();
        List<ObservationSpec> observations = new ArrayList<>();
        List<DeclaredCriterion> criteria = new ArrayList<>();
        List<Profile.ThresholdOverride> overrides = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        int i = 0;
        for (JsonNode n : array("domains", root.get("domains"))) {
            String p = "domains[" + i++ + "]";
            fields(p, n, "id", "zh", "en");
            domains.add(new Profile.Domain(text(p + ".id", n.get("id")), name(p, n)));
        }
        i = 0;
        for (JsonNode n : array("areas", root.get("areas"))) {
            String p = "areas[" + i++ + "]";
            fields(p, n, "id", "domain", "zh", "en");
            areas.add(new Profile.Area(text(p + ".id", n.get("id")), text(p + ".domain", n.get("domain")), name(p, n)));
        }
        i = 0;
        for (JsonNode n : array("items", root.get("items"))) {
            String p = "items[" + i++ + "]";
            fields(p, n, "id", "area", "zh", "en");
            items.add(new Profile.Item(text(p + ".id", n.get("id")), text(p + ".area", n.get("area")), name(p, n)));
        }
        i = 0;
        for (JsonNode n : array("observations", root.get("observations"))) {
            String p = "observations[" + i++ + "]";
            fields(p, n, "name", "type", "unit", "words", "en", "zh", "source");
            String obsName = text(p + ".name", n.get("name"));
            String type = text(p + ".type", n.get("type")).toUpperCase(Locale.ROOT);
            ObservationType t;
            try {
                t = ObservationType.valueOf(type);
            } catch (IllegalArgumentException e) {
                bad(p + ".type", n.get("type"), "FLAG, NUMBER or SET");
                continue;
            }
            String unit = t == ObservationType.NUMBER ? text(p + ".unit", n.get("unit")) : "";
            if (t == ObservationType.NUMBER && !Units.families().contains(unit)) {
                bad(p + ".unit", n.get("unit"), "a unit family, one of " + Units.families());
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            if (t == ObservationType.SET) {
                for (JsonNode w : array(p + ".words", n.get("words"))) {
                    if (!words.add(text(p + ".words[]", w))) {
                        bad(p + ".words[]", w, "each word once");
                    }
                }
                if (words.isEmpty()) {
                    bad(p + ".words", n.get("words"), "the allowed words of the set");
                }
            }
            observations.add(new ObservationSpec(obsName, t, unit, words, name(p, n), opt(p + ".source", n.get("source")),
                    List.of(), ""));
        }
        i = 0;
        for (JsonNode n : array("criteria", root.get("criteria"))) {
            String p = "criteria[" + i++ + "]";
            fields(p, n, "id", "item", "level", "zh", "en", "condition");
            String id = text(p + ".id", n.get("id"));
            String item = text(p + ".item", n.get("item"));
            int level = whole(n.get("level"), 1, 5);
            if (level < 1) {
                bad(p + ".level", n.get("level"), "a whole level from 1 to 5");
            }
            Condition c = condition(p + ".condition", n.get("condition"));
            if (c != null && !id.isEmpty() && level >= 1) {
                if (!id.matches("^[a-z][a-z0-9-]*\\..+")) {
                    bad(p + ".id", n.get("id"), "a namespaced id such as acme.6.1.1.L3.1");
                    continue;
                }
                criteria.add(new DeclaredCriterion(new Criterion(id, item, level, 0, CriterionKind.REQUIREMENT,
                        name(p, n), Text.EMPTY, List.of(), ""), c));
            }
        }
        i = 0;
        for (JsonNode n : array("overrides", root.get("overrides"))) {
            String p = "overrides[" + i++ + "]";
            fields(p, n, "criterion", "parameter", "value", "unit");
            if (n.get("value") == null || !n.get("value").isNumber() || !Double.isFinite(n.get("value").doubleValue())) {
                bad(p + ".value", n.get("value"), "a finite number");
                continue;
            }
            String unit = opt(p + ".unit", n.get("unit"));
            overrides.add(new Profile.ThresholdOverride(text(p + ".criterion", n.get("criterion")),
                    text(p + ".parameter", n.get("parameter")), n.get("value").doubleValue(), unit));
        }
        i = 0;
        for (JsonNode n : array("waivers", root.get("waivers"))) {
            String p = "waivers[" + i++ + "]";
            fields(p, n, "criterion", "kind", "reason", "approver", "expires");
            String kind = opt(p + ".kind", n.get("kind")).isEmpty() ? "not_applicable" : opt(p + ".kind", n.get("kind"));
            Waiver.Kind k;
            try {
                k = Waiver.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                bad(p + ".kind", n.get("kind"), "not_applicable or disabled");
                continue;
            }
            Optional<LocalDate> expires = Optional.empty();
            String expiry = opt(p + ".expires", n.get("expires"));
            if (!expiry.isEmpty()) {
                try {
                    if (!expiry.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not YYYY-MM-DD", expiry, 0);
                    }
                    expires = Optional.of(LocalDate.parse(expiry));
                } catch (DateTimeParseException e) {
                    bad(p + ".expires", n.get("expires"), "a date YYYY-MM-DD");
                    continue;
                }
            }
            waivers.add(new Waiver(text(p + ".criterion", n.get("criterion")), k, opt(p + ".reason", n.get("reason")),
                    opt(p + ".approver", n.get("approver")), expires));
        }
        Optional<LevelPolicy> policy = Optional.empty();
        JsonNode policyNode = root.get("policy");
        if (policyNode != null) {
            fields("policy", policyNode, "same", "partialCredit");
            LevelPolicy lp = LevelPolicy.STRICT;
            String same = opt("policy.same", policyNode.get("same"));
            if (!same.isEmpty()) {
                try {
                    lp = lp.withSame(LevelPolicy.Same.valueOf(same.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    bad("policy.same", policyNode.get("same"), "inherit or cap");
                }
            }
            String pc = opt("policy.partialCredit", policyNode.get("partialCredit"));
            if (!pc.isEmpty()) {
                try {
                    Coverage c = Coverage.valueOf(pc.toUpperCase(Locale.ROOT));
                    if (c == Coverage.NONE) {
                        throw new IllegalArgumentException("none would count a not-met verdict as met");
                    }
                    lp = lp.withPartialCredit(c);
                } catch (RuntimeException e) {
                    bad("policy.partialCredit", policyNode.get("partialCredit"), "all, most or some");
                }
            }
            policy = Optional.of(lp);
        }
        Profile.Freshness freshness = Profile.Freshness.NONE;
        JsonNode fresh = root.get("freshness");
        if (fresh != null) {
            fields("freshness", fresh, "attestationDays", "observationDays", "criteria");
            OptionalInt att = fresh.has("attestationDays")
                    ? OptionalInt.of(Math.max(0, days("freshness.attestationDays", fresh.get("attestationDays"))))
                    : OptionalInt.empty();
            OptionalInt obs = fresh.has("observationDays")
                    ? OptionalInt.of(Math.max(0, days("freshness.observationDays", fresh.get("observationDays"))))
                    : OptionalInt.empty();
            Map<String, Integer> perCriterion = new LinkedHashMap<>();
            JsonNode per = fresh.get("criteria");
            if (per != null) {
                if (!per.isObject()) {
                    bad("freshness.criteria", per, "an object of criterion id to days");
                } else {
                    for (Iterator<String> it = per.fieldNames(); it.hasNext();) {
                        String id = it.next();
                        int days = days("freshness.criteria." + id, per.get(id));
                        if (days >= 0) {
                            perCriterion.put(id, days);
                        }
                    }
                }
            }
            freshness = new Profile.Freshness(att, obs, perCriterion);
        }
        return new Profile(name, schema, ruleList, domains, areas, items, observations, criteria, overrides, waivers,
                policy, freshness);
    }

    void bad(String path, JsonNode value, String expected) {
        problems.add(new Problem(file + ": " + TerminalText.escape(path), value == null ? ""
                : MaturityException.cut(value.isNumber() ? value.asText() : value), expected)); // 1e400: Infinity
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
                problems.add(described(file + ": " + (path.isEmpty() ? f : path + "." + f),
                        "unknown field; expected one of "
                        + new java.util.TreeSet<>(ok) + ". " + Strings.maybe(f, ok)));
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
