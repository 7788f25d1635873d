package org.opsmaturity.api;

import java.io.IOException;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.InvalidExtensionException;
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
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Profiles() {
    }

    static void apply(Assessor.Builder b, Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InvalidExtensionException(List.of(file + ": not well-formed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidExtensionException(List.of(file + ": cannot be read (" + e + ")"));
        }
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(file.toString(), problems);
        if (root == null || !root.isObject()) {
            throw new InvalidExtensionException(List.of(file + ": expected a JSON object"));
        }
        r.fields("", root, "$schema", "name", "rules", "domains", "areas", "items", "observations", "criteria",
                "overrides", "waivers", "policy", "freshness");
        Path dir = file.toAbsolutePath().getParent();
        for (JsonNode n : r.array("rules", root.get("rules"))) {
            if (!n.isTextual()) {
                r.bad("rules[]", n, "a path to a DRL file, relative to the profile");
            } else {
                b.addRules(dir.resolve(n.textValue()));
            }
        }
        int i = 0;
        for (JsonNode n : r.array("domains", root.get("domains"))) {
            String p = "domains[" + i++ + "]";
            r.fields(p, n, "id", "zh", "en");
            b.addDomain(r.text(p + ".id", n.get("id")), new Text(r.opt(n.get("zh")), r.opt(n.get("en"))));
        }
        i = 0;
        for (JsonNode n : r.array("areas", root.get("areas"))) {
            String p = "areas[" + i++ + "]";
            r.fields(p, n, "id", "domain", "zh", "en");
            b.addArea(r.text(p + ".id", n.get("id")), r.text(p + ".domain", n.get("domain")),
                    new Text(r.opt(n.get("zh")), r.opt(n.get("en"))));
        }
        i = 0;
        for (JsonNode n : r.array("items", root.get("items"))) {
            String p = "items[" + i++ + "]";
            r.fields(p, n, "id", "area", "zh", "en");
            b.addItem(r.text(p + ".id", n.get("id")), r.text(p + ".area", n.get("area")),
                    new Text(r.opt(n.get("zh")), r.opt(n.get("en"))));
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
                    words.add(w.asText());
                }
                if (words.isEmpty()) {
                    r.bad(p + ".words", n.get("words"), "the allowed words of the set");
                }
            }
            b.addObservation(new ObservationSpec(name, t, unit, words, new Text(r.opt(n.get("zh")), r.opt(n.get("en"))),
                    r.opt(n.get("source")), List.of(), ""));
        }
        i = 0;
        for (JsonNode n : r.array("criteria", root.get("criteria"))) {
            String p = "criteria[" + i++ + "]";
            r.fields(p, n, "id", "item", "level", "zh", "en", "condition");
            String id = r.text(p + ".id", n.get("id"));
            String item = r.text(p + ".item", n.get("item"));
            int level = n.has("level") && n.get("level").canConvertToInt() ? n.get("level").intValue() : 0;
            if (level < 1 || level > 5) {
                r.bad(p + ".level", n.get("level"), "a level from 1 to 5");
            }
            Condition c = r.condition(p + ".condition", n.get("condition"));
            if (c != null && !id.isEmpty() && level >= 1 && level <= 5) {
                if (!id.matches("^[a-z][a-z0-9-]*\\..+")) {
                    r.bad(p + ".id", n.get("id"), "a namespaced id such as acme.6.1.1.L3.1");
                    continue;
                }
                b.addCriterion(new DeclaredCriterion(new Criterion(id, item, level, 0, CriterionKind.REQUIREMENT,
                        new Text(r.opt(n.get("zh")), r.opt(n.get("en"))), Text.EMPTY, List.of(), ""), c));
            }
        }
        i = 0;
        for (JsonNode n : r.array("overrides", root.get("overrides"))) {
            String p = "overrides[" + i++ + "]";
            r.fields(p, n, "criterion", "parameter", "value", "unit");
            if (n.get("value") == null || !n.get("value").isNumber()) {
                r.bad(p + ".value", n.get("value"), "a number");
                continue;
            }
            String unit = r.opt(n.get("unit"));
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
            String kind = r.opt(n.get("kind")).isEmpty() ? "not_applicable" : r.opt(n.get("kind"));
            Waiver.Kind k;
            try {
                k = Waiver.Kind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                r.bad(p + ".kind", n.get("kind"), "not_applicable or disabled");
                continue;
            }
            Optional<LocalDate> expires = Optional.empty();
            if (!r.opt(n.get("expires")).isEmpty()) {
                try {
                    expires = Optional.of(LocalDate.parse(r.opt(n.get("expires"))));
                } catch (DateTimeParseException e) {
                    r.bad(p + ".expires", n.get("expires"), "a date YYYY-MM-DD");
                    continue;
                }
            }
            b.waive(new Waiver(r.text(p + ".criterion", n.get("criterion")), k, r.opt(n.get("reason")),
                    r.opt(n.get("approver")), expires));
        }
        JsonNode policy = root.get("policy");
        if (policy != null) {
            r.fields("policy", policy, "same", "partialCredit");
            LevelPolicy lp = LevelPolicy.STRICT;
            String same = r.opt(policy.get("same"));
            if (!same.isEmpty()) {
                try {
                    lp = lp.withSame(LevelPolicy.Same.valueOf(same.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    r.bad("policy.same", policy.get("same"), "inherit or cap");
                }
            }
            String pc = r.opt(policy.get("partialCredit"));
            if (!pc.isEmpty()) {
                try {
                    lp = lp.withPartialCredit(Coverage.valueOf(pc.toUpperCase(Locale.ROOT)));
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
            int att = fresh.has("attestationDays") ? fresh.get("attestationDays").asInt() : f.attestationDays();
            int obs = fresh.has("observationDays") ? fresh.get("observationDays").asInt() : f.observationDays();
            f = new org.opsmaturity.model.Freshness(att, obs, f.criterionDays());
            JsonNode per = fresh.get("criteria");
            if (per != null) {
                if (!per.isObject()) {
                    r.bad("freshness.criteria", per, "an object of criterion id to days");
                } else {
                    for (Iterator<String> it = per.fieldNames(); it.hasNext();) {
                        String id = it.next();
                        if (!per.get(id).canConvertToInt()) {
                            r.bad("freshness.criteria." + id, per.get(id), "a number of days");
                        } else {
                            f = f.withCriterion(id, per.get(id).intValue());
                        }
                    }
                }
            }
            b.freshness(f);
        }
        problems.forEach(b::problem);
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
            problems.add(file + ": " + path + ": " + (value == null ? "missing" : "'" + value + "'")
                    + " is not valid; expected " + expected);
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
                bad(path, n, "a string");
                return "";
            }
            return n.textValue();
        }

        String opt(JsonNode n) {
            return n == null || n.isNull() ? "" : n.asText();
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
            String unit = opt(n.get("unit"));
            if (n.has("atLeast") || n.has("atMost")) {
                String key = n.has("atLeast") ? "atLeast" : "atMost";
                if (!n.get(key).isNumber()) {
                    bad(path + "." + key, n.get(key), "a number");
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
                    if (!Units.isKnown(unit)) {
                        bad(path + ".unit", n.get("unit"), "a unit, one of " + Units.all());
                        return null;
                    }
                    return new Condition.Equals(obs, v.doubleValue(), unit);
                }
                if (v.isArray()) {
                    List<String> words = new ArrayList<>();
                    v.forEach(w -> words.add(w.asText()));
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
