package org.opsmaturity.api.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Vocabulary;

/**
 * Generators of random fact sets over the whole catalogue, for the property tests.
 *
 * <p>A fact set is assembled from a random list of chunks, so that jqwik shrinks a failing set by
 * dropping and simplifying chunks:
 * <ul>
 * <li>an item profile: every requirement of an item up to a level attested MET, with at most one hole
 *     (a requirement left out, attested NOT_MET, or attested partial), so that items reach every level;</li>
 * <li>a single attestation of any criterion (shortfalls included), any verdict (partial with some or
 *     most coverage);</li>
 * <li>the observations of a rule case row of maturity-rules (cases/<key>.tsv), which sit on both
 *     sides of every threshold, optionally with an attestation that contradicts the row (a conflict);</li>
 * <li>part of a case row: a random non-empty subset of its observations (partial evidence, which strong
 *     Kleene logic may already decide);</li>
 * <li>a number observation at, just below or just above a threshold of one of the criteria that read
 *     it, in a random unit of its family (the same boundary written in another unit);</li>
 * <li>a flag or a set observation with a random value;</li>
 * <li>a duplicate of a fact already in the set: the same verdict or value, other evidence, and for a
 *     number possibly another unit;</li>
 * <li>for a lenient assessor only, unknown criterion ids and observation names.</li>
 * </ul>
 * Evidence is undated, or dated fresh or stale relative to {@link #TODAY} (the assessors' clock). A
 * fact that would contradict an earlier one (a second verdict for a criterion, a second value for a
 * name) is dropped while assembling: such sets are errors, tested separately. Criteria that no chunk
 * decides stay UNKNOWN.
 */
final class FactSets {
    static final Path CASES = Path.of("../maturity-rules/src/test/resources/cases");
    /** The day the properties assess on: evidence dates below are fresh or stale relative to it. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    /** The standard assessor (default policy and freshness) on a fixed day. */
    static final Assessor ASSESSOR = Assessor.builder().clock(CLOCK).build();
    static final Assessor LENIENT = Assessor.builder().lenient().clock(CLOCK).build();
    static final Catalog CATALOG = ASSESSOR.catalog();
    static final Vocabulary VOCABULARY = ASSESSOR.vocabulary();

    /** One row of the rule cases: the criterion, the expected status, the observations. */
    record CaseRow(String source, String criterion, String expected, List<Observation> observations) {
    }

    /** A generated fact set; prints as the JSON facts document, ready to paste into a regression file. */
    record FactSet(Facts facts) {
        @Override
        public String toString() {
            return System.lineSeparator() + Json.write(facts);
        }
    }

    /** A piece of a fact set before assembly. */
    record Chunk(List<Attestation> attestations, List<Observation> observations, int duplicate) {
        static Chunk of(List<Attestation> a, List<Observation> o) {
            return new Chunk(a, o, -1);
        }
    }

    static final List<CaseRow> CASE_ROWS = readCases();
    private static final List<String> CRITERIA = CATALOG.criteria().stream().map(Criterion::id).toList();
    private static final List<ObservationSpec> NUMBERS = specs(ObservationType.NUMBER);
    private static final List<ObservationSpec> FLAGS = specs(ObservationType.FLAG);
    private static final List<ObservationSpec> SETS = specs(ObservationType.SET);
    /** Evidence: undated, fresh, stale for observations only (older than 180 days), stale for both. */
    private static final List<Evidence> EVIDENCE = List.of(Evidence.none(), Evidence.of("exported from the CMDB"),
            new Evidence("runbook reviewed", "https://wiki.example/runbook", "auditor-li",
                    Optional.of(LocalDate.of(2026, 11, 20))),
            Evidence.of("值班表 2026 第四季度").withBy("张三"), Evidence.none().withLink("https://ci.example/job/42"),
            Evidence.of("spring review").withObservedAt(LocalDate.of(2026, 3, 1)),
            Evidence.of("old audit").withBy("auditor-wu").withObservedAt(LocalDate.of(2025, 1, 15)));
    private static final List<String> SUBJECTS = List.of("", "Harbor Logistics", "支付平台", "team \"ops\" / night");

    private FactSets() {
    }

    private static List<ObservationSpec> specs(ObservationType type) {
        return VOCABULARY.specs().stream().filter(s -> s.type() == type).toList();
    }

    // ------------------------------------------------------------------ case rows

    static List<CaseRow> readCases() {
        List<CaseRow> out = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            String f = org.opsmaturity.model.CatalogTsv.domainKey(Integer.toString(d)) + ".tsv";
            List<String> lines;
            try {
                lines = Files.readAllLines(CASES.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int n = 0; n < lines.size(); n++) {
                String l = lines.get(n);
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] p = l.split("\t", -1);
                out.add(new CaseRow(f + ":" + (n + 1), p[0].trim(), p[1].trim(), observations(p[2].trim())));
            }
        }
        return List.copyOf(out);
    }

    /** Observations from the case notation {@code name=value;name=value}. */
    static List<Observation> observations(String text) {
        List<Observation> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            ObservationSpec spec = VOCABULARY.spec(name).orElseThrow(() -> new IllegalArgumentException(name));
            out.add(switch (spec.type()) {
                case FLAG -> Observation.flag(name, Boolean.parseBoolean(value));
                case NUMBER -> Observation.number(name, Double.parseDouble(value.split(" ", 2)[0]),
                        value.split(" ", 2)[1]);
                case SET -> value.equals("{}") ? Observation.set(name, Set.of())
                        : Observation.set(name, Set.of(value.split("\\|")));
            });
        }
        return out;
    }

    // ------------------------------------------------------------------ chunks

    private static Arbitrary<Evidence> evidence() {
        return Arbitraries.of(EVIDENCE);
    }

    private static Arbitrary<Chunk> itemProfile() {
        return Combinators.combine(Arbitraries.of(CATALOG.items()), Arbitraries.integers().between(0, 5),
                Arbitraries.of("none", "omit", "not_met", "partial"), Arbitraries.integers().between(0, 40), evidence())
                .as((item, level, hole, at, ev) -> {
                    List<Criterion> reqs = item.criteria().stream()
                            .filter(c -> c.isRequirement() && c.level() <= level).toList();
                    List<Attestation> atts = new ArrayList<>();
                    for (int i = 0; i < reqs.size(); i++) {
                        boolean isHole = !hole.equals("none") && i == at % reqs.size();
                        if (isHole && hole.equals("omit")) {
                            continue;
                        }
                        atts.add(!isHole ? new Attestation(reqs.get(i).id(), Verdict.MET, ev)
                                : hole.equals("partial") ? new Attestation(reqs.get(i).id(), Verdict.PARTIAL, ev, Coverage.MOST)
                                : new Attestation(reqs.get(i).id(), Verdict.NOT_MET, ev));
                    }
                    return Chunk.of(atts, List.of());
                });
    }

    private static Arbitrary<Chunk> singleAttestation() {
        return Combinators.combine(Arbitraries.of(CRITERIA), Arbitraries.of(Verdict.class),
                Arbitraries.of(Coverage.SOME, Coverage.MOST), evidence())
                .as((c, v, cov, e) -> Chunk.of(List.of(new Attestation(c, v, e, v == Verdict.PARTIAL ? cov : null)),
                        List.of()));
    }

    private static Arbitrary<Chunk> caseRow() {
        return Combinators.combine(Arbitraries.of(CASE_ROWS), Arbitraries.integers().between(0, 4), evidence())
                .as((row, conflict, ev) -> {
                    List<Attestation> atts = new ArrayList<>();
                    if (conflict == 0 && !row.expected().equals("UNKNOWN")) {
                        atts.add(new Attestation(row.criterion(),
                                row.expected().equals("MET") ? Verdict.NOT_MET : Verdict.MET, ev));
                    }
                    List<Observation> obs = row.observations().stream().map(o -> o.withEvidence(ev)).toList();
                    return Chunk.of(atts, obs);
                });
    }

    /** Part of a rule case row: a random non-empty subset of its observations (partial evidence). */
    private static Arbitrary<Chunk> partialCaseRow() {
        return Combinators.combine(Arbitraries.of(CASE_ROWS), Arbitraries.integers().between(1, 63), evidence())
                .as((row, mask, ev) -> {
                    List<Observation> obs = new ArrayList<>();
                    for (int i = 0; i < row.observations().size(); i++) {
                        if ((mask & (1 << (i % 6))) != 0) {
                            obs.add(row.observations().get(i).withEvidence(ev));
                        }
                    }
                    return Chunk.of(List.of(), obs.isEmpty() ? List.of(row.observations().get(0).withEvidence(ev)) : obs);
                });
    }

    /** Threshold values of the criteria reading a NUMBER observation, in the parameters' units. */
    private static List<Observation> thresholdValues(ObservationSpec spec) {
        List<Observation> out = new ArrayList<>();
        for (String id : spec.criteria()) {
            for (Parameter p : CATALOG.findCriterion(id).map(Criterion::parameters).orElse(List.of())) {
                if (!Units.fits(spec.unitFamily(), p.unit())) {
                    continue;
                }
                double t = p.value();
                boolean whole = spec.unitFamily().equals("count") || spec.unitFamily().equals("level");
                double[] around = whole ? new double[] {t - 1, t, t + 1, 0, t + 7}
                        : new double[] {t, t * (1 - 1e-3), t * (1 + 1e-3), t * 0.5, t * 2, 0};
                for (double v : around) {
                    if (valid(spec.unitFamily(), p.unit(), v)) {
                        out.add(Observation.number(spec.name(), v, p.unit()));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(Observation.number(spec.name(), 1, Units.unitsOf(spec.unitFamily()).get(0)));
        }
        return out;
    }

    private static boolean valid(String family, String unit, double v) {
        return switch (family) {
            case "percent" -> v >= 0 && v <= 100;
            case "availability" -> unit.equals("%") ? v >= 0 && v <= 100 : v >= 0 && v <= Units.MINUTES_PER_YEAR;
            case "level" -> v >= 0 && v <= 5;
            case "rate" -> true;
            default -> v >= 0;
        };
    }

    private static final Map<String, List<Observation>> THRESHOLDS = NUMBERS.stream()
            .collect(java.util.stream.Collectors.toMap(ObservationSpec::name, FactSets::thresholdValues));

    private static Arbitrary<Chunk> thresholdObservation() {
        return Arbitraries.of(NUMBERS).flatMap(spec -> Combinators.combine(Arbitraries.of(THRESHOLDS.get(spec.name())),
                Arbitraries.of(Units.unitsOf(spec.unitFamily())), evidence())
                .as((o, unit, ev) -> Chunk.of(List.of(), List.of(inUnit(o, unit).withEvidence(ev)))));
    }

    /** The observation in another unit of its family (the same quantity), or unchanged. */
    static Observation inUnit(Observation o, String unit) {
        String family = VOCABULARY.spec(o.name()).map(ObservationSpec::unitFamily).orElse("");
        if (!Units.fits(family, unit) || !Units.convertible(o.unit(), unit)) {
            return o;
        }
        return Observation.number(o.name(), Units.convert(o.number(), o.unit(), unit), unit).withEvidence(o.evidence());
    }

    private static Arbitrary<Chunk> flagObservation() {
        return Combinators.combine(Arbitraries.of(FLAGS), Arbitraries.of(true, false), evidence())
                .as((s, v, ev) -> Chunk.of(List.of(), List.of(Observation.flag(s.name(), v).withEvidence(ev))));
    }

    private static Arbitrary<Chunk> setObservation() {
        return Arbitraries.of(SETS).flatMap(s -> Combinators.combine(
                Arbitraries.subsetOf(s.words()), evidence())
                .as((words, ev) -> Chunk.of(List.of(), List.of(Observation.set(s.name(), words).withEvidence(ev)))));
    }

    private static Arbitrary<Chunk> duplicate() {
        return Arbitraries.integers().between(0, 1000).map(i -> new Chunk(List.of(), List.of(), i));
    }

    private static Arbitrary<Chunk> unknownIds() {
        return Combinators.combine(Arbitraries.of("1.1.1.L3.40", "9.9.9.L1.1", "1.1.2.L1", "bogus"),
                Arbitraries.of("monitoring.procesing.latency", "custom.team.size", "x")).as((c, o) -> Chunk.of(
                        List.of(new Attestation(c, Verdict.MET, Evidence.none())),
                        List.of(Observation.flag(o, true))));
    }

    private static Arbitrary<Chunk> chunk(boolean withUnknownIds) {
        List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Chunk>>> choices = new ArrayList<>(List.of(
                net.jqwik.api.Tuple.of(3, itemProfile()), net.jqwik.api.Tuple.of(3, singleAttestation()),
                net.jqwik.api.Tuple.of(5, caseRow()), net.jqwik.api.Tuple.of(3, partialCaseRow()),
                net.jqwik.api.Tuple.of(3, thresholdObservation()),
                net.jqwik.api.Tuple.of(2, flagObservation()), net.jqwik.api.Tuple.of(1, setObservation()),
                net.jqwik.api.Tuple.of(2, duplicate())));
        if (withUnknownIds) {
            choices.add(net.jqwik.api.Tuple.of(1, unknownIds()));
        }
        return Arbitraries.frequencyOf(choices.toArray(net.jqwik.api.Tuple.Tuple2[]::new));
    }

    /** Random valid fact sets for the standard (strict) assessor. */
    static Arbitrary<FactSet> factSets() {
        return factSets(false);
    }

    /** Random fact sets that also hold unknown ids, for a lenient assessor. */
    static Arbitrary<FactSet> lenientFactSets() {
        return factSets(true);
    }

    private static Arbitrary<FactSet> factSets(boolean withUnknownIds) {
        return Combinators.combine(Arbitraries.of(SUBJECTS), chunk(withUnknownIds).list().ofMaxSize(40),
                Arbitraries.of(Units.all()), evidence()).as(FactSets::assemble);
    }

    /**
     * Assembles chunks in order. A fact contradicting an earlier one is dropped; a duplicate chunk
     * repeats the fact at its index (modulo the facts so far) with other evidence, a number in the
     * unit {@code dupUnit} when that unit fits.
     */
    static FactSet assemble(String subject, List<Chunk> chunks, String dupUnit, Evidence dupEvidence) {
        Map<String, Coverage> verdicts = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        List<Attestation> atts = new ArrayList<>();
        List<Observation> obs = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.duplicate() >= 0) {
                int all = atts.size() + obs.size();
                if (all == 0) {
                    continue;
                }
                int k = c.duplicate() % all;
                if (k < atts.size()) {
                    Attestation a = atts.get(k);
                    atts.add(new Attestation(a.criterionId(), a.verdict(), dupEvidence, a.coverage()));
                } else {
                    Observation o = obs.get(k - atts.size());
                    Observation d = o.type() == ObservationType.NUMBER ? inUnit(o, dupUnit) : o;
                    obs.add(d.withEvidence(dupEvidence));
                }
                continue;
            }
            for (Attestation a : c.attestations()) {
                Coverage before = verdicts.putIfAbsent(a.criterionId(), a.coverage());
                if (before == null || before == a.coverage()) {
                    atts.add(a);
                }
            }
            for (Observation o : c.observations()) {
                if (names.add(o.name())) {
                    obs.add(o);
                }
            }
        }
        Facts.Builder b = Facts.builder().subject(subject);
        atts.forEach(b::attest);
        obs.forEach(b::observe);
        return new FactSet(b.build());
    }

}
