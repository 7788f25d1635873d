package org.opsmaturity.samples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.rules.Checks;

/**
 * The plain-Java baseline of the benchmarks: the same criteria evaluated without Drools, and the levels
 * derived by a minimal plain-Java derivation of its own (statuses, cumulative item levels and potentials,
 * weakest-link roll-ups; no justifications, gaps or warnings).
 *
 * <p>It stands in for the test oracle of issue 4 until that lands: it reads the standard DRL files once
 * (every rule there is a join of {@code Observation(name == "...")} patterns whose consequence inserts one
 * {@code check.<method>(...)} expression), turns each rule into a plain Java closure, and at evaluation time
 * does only map look-ups and those closures: either the same {@link Checks} calls as the rules (Finding
 * and reason text), or the status alone ({@link #fromDrl}). It takes
 * valid facts (no fact checking) and is checked against the {@code Assessor} on every benchmark input
 * before anything is timed ({@link #agrees}).
 */
final class PlainJavaOracle {
    private static final Pattern RULE = Pattern.compile("rule\\s+\"([^\"]+)\"\\s+when(.*?)\\bthen\\b(.*?)\\bend\\b",
            Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*Observation\\(\\s*name\\s*==\\s*\"([^\"]+)\"\\s*\\)");

    /** The outcome: per item confirmed level and potential (catalogue order), and the overall level. */
    record Result(int[] levels, int[] potentials, int overall, int overallPotential) {
    }

    private interface Expr {
        Finding eval(Checks checks, Observation[] bound);
    }

    private interface Test {
        boolean met(Observation[] bound);
    }

    /** A consequence both ways: the Finding through {@link Checks} (with its reason), and the status alone. */
    private record Node(Expr finding, Test status) {
    }

    private record CompiledRule(String criterionId, String[] observationNames, Node consequence) {
    }

    private final Checks checks;
    private final boolean reasons;
    private final CompiledRule[] rules;
    private final int[] ruleCriterion;
    private final Map<String, Integer> observationIndex = new HashMap<>();
    private final int[][] ruleObservations;
    private final Item[] items;
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    private final int[][][] requirementsByItemLevel;
    private final int[][] itemsByDomain;

    private PlainJavaOracle(Catalog catalog, Checks checks, boolean reasons, List<CompiledRule> rules) {
        this.checks = checks;
        this.reasons = reasons;
        this.rules = rules.toArray(CompiledRule[]::new);
        this.items = catalog.items().toArray(Item[]::new);
        List<Criterion> criteria = catalog.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            criterionIndex.put(criteria.get(i).id(), i);
        }
        ruleObservations = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            String[] names = rules.get(r).observationNames();
            ruleObservations[r] = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                ruleObservations[r][k] = observationIndex.computeIfAbsent(names[k], n -> observationIndex.size());
            }
        }
        ruleCriterion = rules.stream().mapToInt(r -> criterionIndex.getOrDefault(r.criterionId(), -1)).toArray();
        requirementsByItemLevel = new int[items.length][][];
        for (int i = 0; i < items.length; i++) {
            requirementsByItemLevel[i] = new int[items[i].levels().size()][];
            for (int l = 1; l <= items[i].levels().size(); l++) {
                requirementsByItemLevel[i][l - 1] = items[i].level(l).requirements().stream()
                        .mapToInt(c -> criterionIndex.get(c.id())).toArray();
            }
        }
        List<String> itemIds = catalog.items().stream().map(Item::id).toList();
        itemsByDomain = catalog.domains().stream().map(d -> d.areas().stream().flatMap(a -> a.items().stream())
                .mapToInt(it -> itemIds.indexOf(it.id())).toArray()).toArray(int[][]::new);
    }

    /**
     * Reads every {@code *.drl} in {@code drlDir} and compiles its rules to plain Java closures. With
     * {@code reasons} each rule builds its Finding through {@link Checks}, reason text included, as the DRL
     * consequence does; without, it computes only the status (the same comparisons, thresholds and unit
     * conversions, no text and no Finding).
     */
    static PlainJavaOracle fromDrl(Path drlDir, Catalog catalog, Checks checks, boolean reasons) {
        List<CompiledRule> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(drlDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
                Matcher m = RULE.matcher(text);
                while (m.find()) {
                    rules.add(compile(f.getFileName() + " rule " + m.group(1), m.group(1), m.group(2), m.group(3),
                            checks));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rules in " + drlDir);
        }
        return new PlainJavaOracle(catalog, checks, reasons, rules);
    }

    int ruleCount() {
        return rules.length;
    }

    /** A rule's status test alone: its criterion, the observations it joins, and the comparison (no text). */
    record RuleTest(String criterionId, String[] observations, java.util.function.Predicate<Observation[]> met) {
    }

    /** Every rule's status test, in DRL order (for peers that organise the same comparisons their own way). */
    List<RuleTest> ruleTests() {
        List<RuleTest> out = new ArrayList<>(rules.length);
        for (CompiledRule r : rules) {
            Test t = r.consequence().status();
            out.add(new RuleTest(r.criterionId(), r.observationNames().clone(), t::met));
        }
        return out;
    }

    private static CompiledRule compile(String where, String id, String when, String then, Checks checks) {
        List<String> vars = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher b = BINDING.matcher(when);
        while (b.find()) {
            vars.add(b.group(1));
            names.add(b.group(2));
        }
        if (!BINDING.matcher(when).replaceAll("").isBlank()) {
            throw new IllegalArgumentException(where + ": the oracle reads only Observation(name == \"...\") patterns,"
                    + " found: " + when.trim());
        }
        String body = then.trim();
        if (!body.startsWith("insert(") || !body.endsWith(");")) {
            throw new IllegalArgumentException(where + ": expected insert(check...); found " + body);
        }
        Parser p = new Parser(where, body.substring("insert(".length(), body.length() - 2), vars, checks);
        Node e = p.call();
        p.end();
        return new CompiledRule(id, names.toArray(String[]::new), e);
    }

    /** A recursive-descent parser of {@code check.m("id", $o, "word", check.n(...), ...)}. */
    private static final class Parser {
        private final String where;
        private final String s;
        private final List<String> vars;
        private final Checks checks;
        private int i;

        Parser(String where, String s, List<String> vars, Checks checks) {
            this.where = where;
            this.s = s;
            this.vars = vars;
            this.checks = checks;
        }

        Node call() {
            skip();
            expect("check.");
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String method = s.substring(start, i);
            expect("(");
            List<Object> args = new ArrayList<>();
            while (true) {
                skip();
                char c = s.charAt(i);
                if (c == '"') {
                    int end = s.indexOf('"', i + 1);
                    args.add(s.substring(i + 1, end));
                    i = end + 1;
                } else if (c == '$') {
                    int st = i++;
                    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    int index = vars.indexOf(s.substring(st, i));
                    if (index < 0) {
                        throw new IllegalArgumentException(where + ": unbound " + s.substring(st, i));
                    }
                    args.add(index);
                } else {
                    args.add(call());
                }
                skip();
                if (s.charAt(i) == ',') {
                    i++;
                } else {
                    expect(")");
                    break;
                }
            }
            return build(method, args);
        }

        void end() {
            skip();
            if (i != s.length()) {
                throw new IllegalArgumentException(where + ": unexpected '" + s.substring(i) + "'");
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(String t) {
            skip();
            if (!s.startsWith(t, i)) {
                throw new IllegalArgumentException(where + ": expected '" + t + "' at '" + s.substring(i) + "'");
            }
            i += t.length();
        }

        private Node build(String method, List<Object> args) {
            String id = (String) args.get(0);
            switch (method) {
                case "all", "any" -> {
                    Node[] parts = args.subList(1, args.size()).stream().map(a -> (Node) a).toArray(Node[]::new);
                    boolean all = method.equals("all");
                    Expr finding = (c, o) -> {
                        Finding[] fs = new Finding[parts.length];
                        for (int k = 0; k < parts.length; k++) {
                            fs[k] = parts[k].finding().eval(c, o);
                        }
                        return all ? c.all(id, fs) : c.any(id, fs);
                    };
                    Test status = o -> {
                        for (Node n : parts) {
                            if (n.status().met(o) != all) {
                                return !all;
                            }
                        }
                        return all;
                    };
                    return new Node(finding, status);
                }
                case "flag" -> {
                    int v = (Integer) args.get(1);
                    return new Node((c, o) -> c.flag(id, o[v]), o -> o[v].flag());
                }
                case "atLeast", "above", "atMost", "below" -> {
                    int v = (Integer) args.get(1);
                    String param = (String) args.get(2);
                    Parameter p = checks.parameter(id, param);
                    return switch (method) {
                        case "atLeast" -> new Node((c, o) -> c.atLeast(id, o[v], param),
                                o -> Units.compare(o[v].as(p.unit()), p.value()) >= 0);
                        case "above" -> new Node((c, o) -> c.above(id, o[v], param),
                                o -> Units.compare(o[v].as(p.unit()), p.value()) > 0);
                        case "atMost" -> new Node((c, o) -> c.atMost(id, o[v], param),
                                o -> Units.compare(o[v].as(p.unit()), p.value()) <= 0);
                        default -> new Node((c, o) -> c.below(id, o[v], param),
                                o -> Units.compare(o[v].as(p.unit()), p.value()) < 0);
                    };
                }
                case "sizeAtLeast" -> {
                    int v = (Integer) args.get(1);
                    String param = (String) args.get(2);
                    Parameter p = checks.parameter(id, param);
                    return new Node((c, o) -> c.sizeAtLeast(id, o[v], param),
                            o -> Units.compare(o[v].values().size(), p.value()) >= 0);
                }
                case "containsAll", "containsAny" -> {
                    int v = (Integer) args.get(1);
                    String[] words = args.subList(2, args.size()).stream().map(a -> (String) a).toArray(String[]::new);
                    boolean all = method.equals("containsAll");
                    Test status = o -> {
                        for (String w : words) {
                            if (o[v].has(w) != all) {
                                return !all;
                            }
                        }
                        return all;
                    };
                    return new Node(all ? (c, o) -> c.containsAll(id, o[v], words)
                            : (c, o) -> c.containsAny(id, o[v], words), status);
                }
                default -> throw new IllegalArgumentException(where + ": check." + method + " is not known to the oracle");
            }
        }
    }

    /** Evaluates valid facts: rule closures, then statuses and levels in plain Java. */
    Result evaluate(Facts facts) {
        Observation[] given = new Observation[observationIndex.size()];
        for (Observation o : facts.observations()) {
            Integer index = observationIndex.get(o.name());
            if (index != null && given[index] == null) {
                given[index] = o;
            }
        }
        // 0 unknown, 1 met, 2 not met
        byte[] status = new byte[criterionIndex.size()];
        for (int ri = 0; ri < rules.length; ri++) {
            CompiledRule r = rules[ri];
            int[] needs = ruleObservations[ri];
            Observation[] bound = new Observation[needs.length];
            boolean all = true;
            for (int k = 0; k < bound.length && all; k++) {
                bound[k] = given[needs[k]];
                all = bound[k] != null;
            }
            if (all) {
                boolean met = reasons ? r.consequence.finding().eval(checks, bound).met()
                        : r.consequence.status().met(bound);
                int index = ruleCriterion[ri];
                if (index >= 0 && status[index] != 2) {
                    status[index] = (byte) (met ? 1 : 2);
                }
            }
        }
        for (Attestation a : facts.attestations()) {
            Integer index = criterionIndex.get(a.criterionId());
            if (index != null) {
                status[index] = (byte) (a.verdict() == Verdict.MET ? 1 : 2);
            }
        }
        int[] levels = new int[items.length];
        int[] potentials = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            int level = 0;
            int potential = 0;
            boolean confirmedOpen = true;
            boolean potentialOpen = true;
            for (int l = 0; l < requirementsByItemLevel[i].length; l++) {
                boolean allMet = true;
                boolean noneFailed = true;
                for (int c : requirementsByItemLevel[i][l]) {
                    allMet &= status[c] == 1;
                    noneFailed &= status[c] != 2;
                }
                confirmedOpen &= allMet;
                potentialOpen &= noneFailed;
                if (confirmedOpen) {
                    level = l + 1;
                }
                if (potentialOpen) {
                    potential = l + 1;
                }
            }
            levels[i] = level;
            potentials[i] = potential;
        }
        // weakest link: an area is its lowest item, a domain its lowest area, so a domain is its lowest item
        int overall = Integer.MAX_VALUE;
        int overallPotential = Integer.MAX_VALUE;
        for (int[] domainItems : itemsByDomain) {
            int dl = domainItems.length == 0 ? 0 : Integer.MAX_VALUE;
            int dp = dl;
            for (int i : domainItems) {
                dl = Math.min(dl, levels[i]);
                dp = Math.min(dp, potentials[i]);
            }
            overall = Math.min(overall, dl);
            overallPotential = Math.min(overallPotential, dp);
        }
        return new Result(levels, potentials, itemsByDomain.length == 0 ? 0 : overall,
                itemsByDomain.length == 0 ? 0 : overallPotential);
    }

    /** Whether the oracle's levels equal the assessment's, item by item and overall; the message says where not. */
    String disagreement(Facts facts, org.opsmaturity.model.Assessment a) {
        Result r = evaluate(facts);
        for (int i = 0; i < items.length; i++) {
            var ir = a.item(items[i].id());
            if (ir.level() != r.levels[i] || ir.potential() != r.potentials[i]) {
                return facts.subject() + ": item " + items[i].id() + " assessor " + ir.level() + "/" + ir.potential()
                        + ", oracle " + r.levels[i] + "/" + r.potentials[i];
            }
        }
        if (a.overall().level() != r.overall || a.overall().potential() != r.overallPotential) {
            return facts.subject() + ": overall assessor " + a.overall().level() + ", oracle " + r.overall;
        }
        return "";
    }

    /** Throws unless the oracle agrees with the assessments of all the facts. */
    static void agrees(PlainJavaOracle oracle, org.opsmaturity.api.Assessor assessor, List<Facts> inputs) {
        for (Facts f : inputs) {
            String d = oracle.disagreement(f, assessor.evaluate(f));
            if (!d.isEmpty()) {
                throw new IllegalStateException("the plain-Java oracle disagrees with the Assessor: " + d);
            }
        }
    }

    /** The DRL sources of the standard rules: {@code -Dopsmaturity.drl.dir}, else found from the working directory. */
    static Path drlDir() {
        String given = System.getProperty("opsmaturity.drl.dir");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p : List.of(Path.of("maturity-rules/src/main/resources/org/opsmaturity/rules"),
                Path.of("../maturity-rules/src/main/resources/org/opsmaturity/rules"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("the DRL sources are not found from " + Path.of("").toAbsolutePath()
                + "; expected maturity-rules/src/main/resources/org/opsmaturity/rules. Maybe run from the repository"
                + " root or pass -Dopsmaturity.drl.dir=<dir>.");
    }
}
