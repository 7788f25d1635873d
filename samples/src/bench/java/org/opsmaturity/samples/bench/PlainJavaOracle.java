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
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.rules.Checks;
import org.opsmaturity.rules.Given;

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
    /** A rule over several observations (docs/levels.md): {@code $g : Given(anyOf(names))}. */
    private static final Pattern ANY_OF = Pattern.compile("(\\$\\w+)\\s*:\\s*Given\\(\\s*anyOf\\(\\s*(\"[^\"]+\"(\\s*,\\s*\"[^\"]+\")*)\\s*\\)\\s*\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final byte UNKNOWN = 0;
    private static final byte MET = 1;
    private static final byte NOT_MET = 2;

    /** The outcome: per item confirmed level and potential (catalogue order), and the overall level. */
    record Result(int[] levels, int[] potentials, int overall, int overallPotential) {
    }

    private interface Expr {
        Finding eval(Checks checks, Observation[] given, Given g);
    }

    /** Reads an observation by its index in the oracle's array or by its name; null when not given. */
    interface Lookup {
        Observation get(int index, String name);
    }

    private interface Test {
        /** MET, NOT_MET or UNKNOWN (strong Kleene: a part whose observation is not given is UNKNOWN). */
        byte status(Lookup given);
    }

    /** A consequence both ways: the Finding through {@link Checks} (with its reason), and the status alone. */
    private record Node(Expr finding, Test status) {
    }

    /** A rule: fires when all its observations are given, or ({@code any}) when any of them is. */
    private record CompiledRule(String criterionId, String[] observationNames, boolean any, Node consequence) {
    }

    private final Checks checks;
    private final boolean reasons;
    private final CompiledRule[] rules;
    private final int[] ruleCriterion;
    private final Map<String, Integer> observationIndex;
    private final int[][] ruleObservations;
    private final Item[] items;
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    private final int[][][] requirementsByItemLevel;
    private final int[][] itemsByDomain;

    private PlainJavaOracle(Catalog catalog, Checks checks, boolean reasons, List<CompiledRule> rules,
            Map<String, Integer> observationIndex) {
        this.observationIndex = observationIndex;
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
        Map<String, Integer> observationIndex = new HashMap<>();
        try (Stream<Path> files = Files.list(drlDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
                Matcher m = RULE.matcher(text);
                while (m.find()) {
                    // a standard rule's consequence names its criterion by the rule: check.flag(kcontext, $o)
                    rules.add(compile(f.getFileName() + " rule " + m.group(1), m.group(1), m.group(2),
                            m.group(3).replace("(kcontext", "(\"" + m.group(1) + "\""), checks, observationIndex));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rules in " + drlDir);
        }
        return new PlainJavaOracle(catalog, checks, reasons, rules, observationIndex);
    }

    int ruleCount() {
        return rules.length;
    }

    /**
     * A rule's status test alone: its criterion, the observations that trigger it (all of them, or any when
     * {@code any}), and the comparisons in strong Kleene logic over observations looked up by name (no text).
     */
    record RuleTest(String criterionId, String[] observations, boolean any,
            java.util.function.Function<Map<String, Observation>, CriterionStatus> status) {
        boolean fires(Map<String, Observation> observed) {
            for (String n : observations) {
                if (observed.containsKey(n) == any) {
                    return any;
                }
            }
            return !any;
        }
    }

    /** Every rule's status test, in DRL order (for peers that organise the same comparisons their own way). */
    List<RuleTest> ruleTests() {
        List<RuleTest> out = new ArrayList<>(rules.length);
        for (CompiledRule r : rules) {
            Test t = r.consequence().status();
            out.add(new RuleTest(r.criterionId(), r.observationNames().clone(), r.any(),
                    observed -> status(t.status((index, name) -> observed.get(name)))));
        }
        return out;
    }

    private static CriterionStatus status(byte b) {
        return b == MET ? CriterionStatus.MET : b == NOT_MET ? CriterionStatus.NOT_MET : CriterionStatus.UNKNOWN;
    }

    private static CompiledRule compile(String where, String id, String when, String then, Checks checks,
            Map<String, Integer> observationIndex) {
        List<String> vars = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String given = null;
        Matcher anyOf = ANY_OF.matcher(when);
        if (anyOf.find()) {
            given = anyOf.group(1);
            Matcher q = QUOTED.matcher(anyOf.group(2));
            while (q.find()) {
                names.add(q.group(1));
            }
            when = anyOf.replaceFirst("");
        } else {
            Matcher b = BINDING.matcher(when);
            while (b.find()) {
                vars.add(b.group(1));
                names.add(b.group(2));
            }
            when = BINDING.matcher(when).replaceAll("");
        }
        if (!when.isBlank()) {
            throw new IllegalArgumentException(where + ": the oracle reads only Observation(name == \"...\") patterns"
                    + " and the Given form of docs/levels.md, found: " + when.trim());
        }
        for (String n : names) {
            observationIndex.computeIfAbsent(n, k -> observationIndex.size());
        }
        String body = then.trim();
        String open = body.startsWith("outcomes.add(") ? "outcomes.add(" : "insert(";
        if (!body.startsWith(open) || !body.endsWith(");")) {
            throw new IllegalArgumentException(where + ": expected outcomes.add(check...) or insert(check...); found "
                    + body);
        }
        List<Integer> varIndex = vars.isEmpty() ? List.of() : new ArrayList<>();
        for (int k = 0; k < vars.size(); k++) {
            varIndex.add(observationIndex.get(names.get(k)));
        }
        Parser p = new Parser(where, body.substring(open.length(), body.length() - 2), vars, varIndex, names, given,
                observationIndex, checks);
        Node e = p.call();
        p.end();
        return new CompiledRule(id, names.toArray(String[]::new), given != null, e);
    }

    /** A recursive-descent parser of {@code check.m("id", $o, "word", check.n(...), ...)}. */
    private static final class Parser {
        private final String where;
        private final String s;
        private final List<String> vars;
        private final List<Integer> varIndex;
        private final List<String> varNames;
        private final String given;
        private final Map<String, Integer> observationIndex;
        private final Checks checks;
        private int i;

        Parser(String where, String s, List<String> vars, List<Integer> varIndex, List<String> varNames, String given,
                Map<String, Integer> observationIndex, Checks checks) {
            this.varNames = varNames;
            this.where = where;
            this.s = s;
            this.vars = vars;
            this.varIndex = varIndex;
            this.given = given;
            this.observationIndex = observationIndex;
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
                    String var = s.substring(st, i);
                    if (var.equals(given)) {
                        // $g, "name": the observation of that name, read from the Given (may be missing)
                        expect(",");
                        skip();
                        int end = s.indexOf('"', i + 1);
                        String name = s.substring(i + 1, end);
                        i = end + 1;
                        Integer index = observationIndex.get(name);
                        if (index == null) {
                            throw new IllegalArgumentException(where + ": " + name + " is not among the rule's names");
                        }
                        args.add(new Ref(index, name, true));
                    } else {
                        int index = vars.indexOf(var);
                        if (index < 0) {
                            throw new IllegalArgumentException(where + ": unbound " + var);
                        }
                        args.add(new Ref(varIndex.get(index), varNames.get(index), false));
                    }
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
            if (method.equals("all") || method.equals("any")) {
                Node[] parts = args.subList(1, args.size()).stream().map(a -> (Node) a).toArray(Node[]::new);
                boolean all = method.equals("all");
                Expr finding = (c, o, g) -> {
                    Finding[] fs = new Finding[parts.length];
                    for (int k = 0; k < parts.length; k++) {
                        fs[k] = parts[k].finding().eval(c, o, g);
                    }
                    return all ? c.all(id, fs) : c.any(id, fs);
                };
                byte decisive = all ? NOT_MET : MET;
                Test status = l -> {
                    boolean open = false;
                    for (Node n : parts) {
                        byte b = n.status().status(l);
                        if (b == decisive) {
                            return decisive;
                        }
                        open |= b == UNKNOWN;
                    }
                    return open ? UNKNOWN : all ? MET : NOT_MET;
                };
                return new Node(finding, status);
            }
            Ref v = (Ref) args.get(1);
            int at = 2; // the first argument after the observation ($g, "name" is one Ref)
            Leaf test;
            Leaf3 call;
            switch (method) {
                case "flag" -> {
                    test = Observation::flag;
                    call = (c, o) -> c.flag(id, o);
                }
                case "atLeast", "above", "atMost", "below" -> {
                    String param = (String) args.get(at);
                    Parameter p = checks.parameter(id, param);
                    test = switch (method) {
                        case "atLeast" -> o -> Units.compare(o.as(p.unit()), p.value()) >= 0;
                        case "above" -> o -> Units.compare(o.as(p.unit()), p.value()) > 0;
                        case "atMost" -> o -> Units.compare(o.as(p.unit()), p.value()) <= 0;
                        default -> o -> Units.compare(o.as(p.unit()), p.value()) < 0;
                    };
                    call = switch (method) {
                        case "atLeast" -> (c, o) -> c.atLeast(id, o, param);
                        case "above" -> (c, o) -> c.above(id, o, param);
                        case "atMost" -> (c, o) -> c.atMost(id, o, param);
                        default -> (c, o) -> c.below(id, o, param);
                    };
                }
                case "sizeAtLeast" -> {
                    String param = (String) args.get(at);
                    Parameter p = checks.parameter(id, param);
                    test = o -> Units.compare(o.values().size(), p.value()) >= 0;
                    call = (c, o) -> c.sizeAtLeast(id, o, param);
                }
                case "containsAll", "containsAny" -> {
                    String[] words = args.subList(at, args.size()).stream().map(a -> (String) a).toArray(String[]::new);
                    boolean all = method.equals("containsAll");
                    test = o -> {
                        for (String w : words) {
                            if (o.has(w) != all) {
                                return !all;
                            }
                        }
                        return all;
                    };
                    call = all ? (c, o) -> c.containsAll(id, o, words) : (c, o) -> c.containsAny(id, o, words);
                }
                default -> throw new IllegalArgumentException(where + ": check." + method + " is not known to the oracle");
            }
            int index = v.index();
            Test status = l -> {
                Observation o = l.get(index, v.name());
                return o == null ? UNKNOWN : test.met(o) ? MET : NOT_MET;
            };
            Expr finding = v.given()
                    ? (c, o, g) -> givenCall(c, method, id, g, v.name(), args.subList(at, args.size()))
                    : (c, o, g) -> call.eval(c, o[index]);
            return new Node(finding, status);
        }
    }

    /** {@code check.<method>(id, $g, "name", ...)}: the Given form, through the same Checks method as the rule. */
    private static Finding givenCall(Checks c, String method, String id, Given g, String name, List<Object> rest) {
        return switch (method) {
            case "flag" -> c.flag(id, g, name);
            case "atLeast" -> c.atLeast(id, g, name, (String) rest.get(0));
            case "above" -> c.above(id, g, name, (String) rest.get(0));
            case "atMost" -> c.atMost(id, g, name, (String) rest.get(0));
            case "below" -> c.below(id, g, name, (String) rest.get(0));
            case "sizeAtLeast" -> c.sizeAtLeast(id, g, name, (String) rest.get(0));
            case "containsAll" -> c.containsAll(id, g, name, rest.stream().map(a -> (String) a).toArray(String[]::new));
            default -> c.containsAny(id, g, name, rest.stream().map(a -> (String) a).toArray(String[]::new));
        };
    }

    /** An observation argument: by its index in the oracle's array, and by name when read from the Given. */
    private record Ref(int index, String name, boolean given) {
    }

    private interface Leaf {
        boolean met(Observation o);
    }

    private interface Leaf3 {
        Finding eval(Checks c, Observation o);
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
        Given g = reasons ? Given.of(facts.observations()) : null;
        Lookup lookup = (index, name) -> given[index];
        // per criterion: 1 found, 2 a NOT_MET finding, 4 an UNKNOWN one (strong Kleene over its rules)
        byte[] found = new byte[criterionIndex.size()];
        for (int ri = 0; ri < rules.length; ri++) {
            CompiledRule r = rules[ri];
            int[] needs = ruleObservations[ri];
            boolean fires = !r.any();
            for (int k = 0; k < needs.length; k++) {
                if ((given[needs[k]] != null) == r.any()) {
                    fires = r.any();
                    break;
                }
            }
            int index = ruleCriterion[ri];
            if (fires && index >= 0) {
                byte b = reasons ? code(r.consequence.finding().eval(checks, given, g).status())
                        : r.consequence.status().status(lookup);
                found[index] |= (byte) (1 | (b == NOT_MET ? 2 : 0) | (b == UNKNOWN ? 4 : 0));
            }
        }
        // 0 unknown, 1 met, 2 not met
        byte[] status = new byte[criterionIndex.size()];
        for (int c = 0; c < status.length; c++) {
            status[c] = (found[c] & 2) != 0 ? NOT_MET : found[c] == 1 ? MET : UNKNOWN;
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

    private static byte code(CriterionStatus s) {
        return s == CriterionStatus.MET ? MET : s == CriterionStatus.NOT_MET ? NOT_MET : UNKNOWN;
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
        // the build's copy: the hand-written DRL with the single-flag rules generated from the template
        for (Path p : List.of(Path.of("maturity-rules/target/kie-project/src/main/resources/org/opsmaturity/rules"),
                Path.of("../maturity-rules/target/kie-project/src/main/resources/org/opsmaturity/rules"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("the DRL sources are not found from " + Path.of("").toAbsolutePath()
                + "; expected maturity-rules/target/kie-project/src/main/resources/org/opsmaturity/rules (made by the"
                + " build). Maybe run from the repository root or pass -Dopsmaturity.drl.dir=<dir>.");
    }
}
