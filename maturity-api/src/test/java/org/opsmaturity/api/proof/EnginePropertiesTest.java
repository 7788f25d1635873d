package org.opsmaturity.api.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opsmaturity.api.Json;
import org.opsmaturity.api.proof.FactSets.CaseRow;
import org.opsmaturity.api.proof.FactSets.FactSet;
import org.opsmaturity.api.proof.LevelOracle.Status;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.ConflictingFactsException;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/**
 * Differential properties of the engine against {@link LevelOracle}, over random fact sets of
 * {@link FactSets}. Each property runs jqwik's default number of tries: 1,000 in the normal build, 10,000
 * with {@code mvn -pl maturity-api -am verify -Plong-properties} (docs/reliability.md). A falsified
 * property prints the shrunk fact set as a JSON facts document.
 */
class EnginePropertiesTest {
    private static final LevelOracle ORACLE = LevelOracle.standard();
    /** Observation name -> the criteria whose rules read it (vocabulary column "criteria"). */
    private static final Map<String, Set<String>> READERS = FactSets.VOCABULARY.specs().stream()
            .collect(Collectors.toMap(ObservationSpec::name, s -> Set.copyOf(s.criteria())));

    @Provide
    Arbitrary<FactSet> facts() {
        return FactSets.factSets();
    }

    @Provide
    Arbitrary<FactSet> lenientFacts() {
        return FactSets.lenientFactSets();
    }

    // ------------------------------------------------------------------ the oracle

    @Property
    void engineLevelsEqualTheOracleLevels(@ForAll("facts") FactSet fs) {
        Assessment a = FactSets.ASSESSOR.evaluate(fs.facts());
        checkStatuses(fs.facts(), a);
        assertLevelsAsOracle(a);
    }

    @Property
    void engineLevelsEqualTheOracleLevelsWithALenientAssessorAndUnknownIds(@ForAll("lenientFacts") FactSet fs) {
        Assessment a = FactSets.LENIENT.evaluate(fs.facts());
        checkStatuses(fs.facts(), a);
        assertLevelsAsOracle(a);
    }

    /** The catalogue the oracle reads is the one the engine assesses against. */
    @net.jqwik.api.Example
    void theOracleReadsTheSameCatalogue() {
        assertEquals(FactSets.CATALOG.criteria().stream().map(c -> c.id()).toList(), ORACLE.criterionIds());
        assertEquals(FactSets.CATALOG.requirements().stream().map(c -> c.id()).toList(), ORACLE.requirementIds());
        assertEquals(334, ORACLE.requirementIds().size());
        assertEquals(35, ORACLE.itemIds().size());
    }

    static void assertLevelsAsOracle(Assessment a) {
        Map<String, Status> statuses = new HashMap<>();
        for (CriterionResult c : a.criteria()) {
            statuses.put(c.criterionId(), Status.valueOf(c.status().name()));
        }
        LevelOracle.Result want = ORACLE.derive(statuses);
        assertEquals(want.items().keySet().stream().toList(), a.items().stream().map(ItemResult::itemId).toList());
        for (ItemResult i : a.items()) {
            LevelOracle.ItemLevels w = want.items().get(i.itemId());
            String at = "item " + i.itemId();
            assertEquals(w.level(), i.level(), at + " level");
            assertEquals(w.potential(), i.potential(), at + " potential");
            assertEquals(w.gaps(), i.gaps().stream().map(g -> g.criterionId() + " " + g.status()).toList(), at + " gaps");
            assertEquals(w.unknowns(), i.unknowns(), at + " unknowns");
            assertEquals(w.ahead(), i.ahead(), at + " ahead");
            assertEquals(w.score(), i.score(), 1e-9, at + " score");
        }
        assertRollups(want.areas(), a.areas(), "area");
        assertRollups(want.domains(), a.domains(), "domain");
        assertRollup(want.overall(), a.overall(), "overall");
    }

    private static void assertRollups(Map<String, LevelOracle.Rollup> want, List<LevelResult> got, String what) {
        assertEquals(want.keySet().stream().toList(), got.stream().map(LevelResult::id).toList(), what + " ids");
        for (LevelResult r : got) {
            assertRollup(want.get(r.id()), r, what + " " + r.id());
        }
    }

    private static void assertRollup(LevelOracle.Rollup want, LevelResult got, String at) {
        assertEquals(want.level(), got.level(), at + " level");
        assertEquals(want.potential(), got.potential(), at + " potential");
        assertEquals(want.limitedBy(), got.limitedBy(), at + " limitedBy");
        // docs/levels.md gives no rounding for the mean: allow the rounding of each stage
        assertEquals(want.score(), got.score(), 0.0051, at + " score");
    }

    /**
     * Criterion statuses where the facts alone tell the answer: attested criteria have the attested
     * status; a rule case row whose observations are all given (with the row's values) gives the row's
     * outcome; a criterion none of whose observations is given and that is not attested is UNKNOWN;
     * CONFLICT warnings name exactly the attested criteria whose rule says otherwise.
     */
    static void checkStatuses(Facts facts, Assessment a) {
        Map<String, Attestation> attested = new LinkedHashMap<>();
        for (Attestation x : facts.attestations()) {
            if (FactSets.CATALOG.findCriterion(x.criterionId()).isPresent()
                    && !stale(newest(facts.attestations().stream().filter(y -> y.criterionId().equals(x.criterionId()))
                            .map(Attestation::evidence).toList()), ATTESTATION_DAYS)) {
                attested.putIfAbsent(x.criterionId(), x);
            }
        }
        Map<String, Observation> given = new LinkedHashMap<>();
        for (Observation o : facts.observations()) {
            if (READERS.containsKey(o.name()) && !stale(newest(facts.observations().stream()
                    .filter(y -> y.name().equals(o.name())).map(Observation::evidence).toList()), OBSERVATION_DAYS)) {
                given.putIfAbsent(o.name(), o);
            }
        }
        Set<String> read = new HashSet<>();
        given.keySet().forEach(n -> read.addAll(READERS.get(n)));
        for (CriterionResult c : a.criteria()) {
            Attestation x = attested.get(c.criterionId());
            if (x != null) {
                // the default policy counts only full coverage: met is MET, not_met and partial are NOT_MET
                String want = x.verdict() == Verdict.MET ? "MET" : "NOT_MET";
                assertEquals(want, c.status().name(), c.criterionId() + " is attested " + x.verdict());
                assertEquals(Source.ATTESTATION, c.source(), c.criterionId());
                assertEquals(Justification.ATTESTATION, c.justifications().get(0).ruleId(), c.criterionId());
            } else if (!read.contains(c.criterionId())) {
                assertEquals(CriterionStatus.UNKNOWN, c.status(), c.criterionId() + " has no (fresh) fact");
                assertEquals(Source.NONE, c.source(), c.criterionId());
                assertEquals(List.of(), c.justifications(), c.criterionId());
            } else {
                assertEquals(c.status() == CriterionStatus.UNKNOWN ? Source.NONE : Source.OBSERVATION, c.source(),
                        c.criterionId());
            }
        }
        for (CaseRow row : FactSets.CASE_ROWS) {
            if (!row.observations().stream().allMatch(o -> given.containsKey(o.name()) && same(o, given.get(o.name())))) {
                continue;
            }
            if (row.expected().equals("UNKNOWN")) {
                Set<String> rowNames = row.observations().stream().map(Observation::name).collect(Collectors.toSet());
                boolean others = given.keySet().stream()
                        .anyMatch(n -> !rowNames.contains(n) && READERS.get(n).contains(row.criterion()));
                if (others) {
                    continue;
                }
            }
            assertEquals(row.expected(), ruleStatus(a.criterion(row.criterion())).name(),
                    "rule of " + row.criterion() + " as case " + row.source());
        }
        Set<String> conflicts = new HashSet<>();
        attested.keySet().forEach(id -> {
            CriterionStatus rule = ruleStatus(a.criterion(id));
            if (rule != CriterionStatus.UNKNOWN && rule != a.status(id)) {
                conflicts.add(id);
            }
        });
        assertEquals(conflicts, a.warnings(WarningCode.CONFLICT).stream().map(Warning::subject)
                .collect(Collectors.toSet()), "CONFLICT warnings");
    }

    /** The default validity periods of evidence (docs/decisions.md, "Evidence freshness"). */
    static final int ATTESTATION_DAYS = 365;
    static final int OBSERVATION_DAYS = 180;

    /**
     * The date of the copy of a fact that is used (docs/reliability.md): none when a copy is undated
     * (undated evidence never goes stale), else the latest.
     */
    static Optional<LocalDate> newest(List<Evidence> copies) {
        if (copies.stream().anyMatch(e -> e.observedAt().isEmpty())) {
            return Optional.empty();
        }
        return copies.stream().map(Evidence::observedAt).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Whether evidence of that date is past its validity on the assessors' day. */
    static boolean stale(Optional<LocalDate> observedAt, int days) {
        return observedAt.isPresent() && observedAt.get().plusDays(days).isBefore(FactSets.TODAY);
    }

    /**
     * What the rules said about a criterion (strong Kleene over the firings): NOT_MET if any firing says
     * so, else UNKNOWN if one is undecided or none fired, else MET.
     */
    static CriterionStatus ruleStatus(CriterionResult c) {
        List<Justification> rules = c.justifications().stream()
                .filter(j -> !j.ruleId().equals(Justification.ATTESTATION)).toList();
        if (rules.stream().anyMatch(j -> j.status() == CriterionStatus.NOT_MET)) {
            return CriterionStatus.NOT_MET;
        }
        return rules.isEmpty() || rules.stream().anyMatch(j -> j.status() == CriterionStatus.UNKNOWN)
                ? CriterionStatus.UNKNOWN : CriterionStatus.MET;
    }

    // ------------------------------------------------------------------ partial observations

    /**
     * Strong Kleene, read independently of the rules' combinators: each part of a rule reads one
     * observation, so a criterion's outcome on a set of observations is decided by single observations.
     * For every criterion, with no attestations: when some observation it reads decides it alone (assessed
     * with nothing else given), the whole set gives that outcome; when none does, the criterion is UNKNOWN
     * while one of the observations it reads (vocabulary column "criteria") is missing, and decided once
     * all are given. The fact sets hold partial case rows, single observations and complete rows.
     */
    @Property(tries = 150)
    void partialObservationsDecideAsTheirPartsAlone(@ForAll("facts") FactSet fs) {
        Facts.Builder b = Facts.builder();
        Map<String, Observation> given = new LinkedHashMap<>();
        for (Observation o : fs.facts().observations()) {
            if (given.putIfAbsent(o.name(), o.withEvidence(Evidence.none())) == null) {
                b.observe(given.get(o.name()));
            }
        }
        Assessment whole = FactSets.ASSESSOR.evaluate(b.build());
        Map<String, Map<String, CriterionStatus>> alone = new HashMap<>();
        for (Observation o : given.values()) {
            Assessment one = FactSets.ASSESSOR.evaluate(Facts.builder().observe(o).build());
            Map<String, CriterionStatus> m = new HashMap<>();
            READERS.get(o.name()).forEach(c -> m.put(c, one.status(c)));
            alone.put(o.name(), m);
        }
        for (CriterionResult c : whole.criteria()) {
            Set<String> reads = READERS.entrySet().stream().filter(e -> e.getValue().contains(c.criterionId()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            Set<CriterionStatus> decidedAlone = reads.stream().filter(given::containsKey)
                    .map(n -> alone.get(n).get(c.criterionId())).filter(s -> s != CriterionStatus.UNKNOWN)
                    .collect(Collectors.toSet());
            String at = c.criterionId() + " reading " + reads + ", given " + given.keySet().stream()
                    .filter(reads::contains).toList() + ", decided alone " + decidedAlone;
            if (!decidedAlone.isEmpty()) {
                assertEquals(1, decidedAlone.size(), at);
                assertEquals(decidedAlone.iterator().next(), c.status(), at);
            } else if (!reads.isEmpty() && given.keySet().containsAll(reads)) {
                assertTrue(c.status() == CriterionStatus.MET || c.status() == CriterionStatus.NOT_MET, at + ": " + c.status());
            } else {
                assertEquals(CriterionStatus.UNKNOWN, c.status(), at);
            }
            // every observation a rule reads is recorded by it, decided or not
            Set<String> recorded = c.justifications().stream().flatMap(j -> j.observations().stream())
                    .map(Observation::name).collect(Collectors.toSet());
            assertEquals(reads.stream().filter(given::containsKey).collect(Collectors.toSet()), recorded, at);
        }
        assertEquals(List.of(), whole.warnings(WarningCode.UNUSED_OBSERVATION), "every given observation is read");
    }

    /** Same observed value; numbers compared in one unit with the documented 1e-9 relative tolerance. */
    static boolean same(Observation x, Observation y) {
        if (x.type() != y.type()) {
            return false;
        }
        return switch (x.type()) {
            case FLAG -> x.flag() == y.flag();
            case SET -> x.values().equals(y.values());
            case NUMBER -> Units.convertible(x.unit(), y.unit())
                    && Units.compare(x.number(), Units.convert(y.number(), y.unit(), x.unit())) == 0;
        };
    }

    // ------------------------------------------------------------------ invariants

    @Property
    void shufflingTheFactsChangesNothing(@ForAll("facts") FactSet fs, @ForAll long seed) {
        Assessment first = FactSets.ASSESSOR.evaluate(fs.facts());
        Random random = new Random(seed);
        List<Attestation> atts = new ArrayList<>(fs.facts().attestations());
        List<Observation> obs = new ArrayList<>(fs.facts().observations());
        Collections.shuffle(atts, random);
        Collections.shuffle(obs, random);
        Facts.Builder b = Facts.builder().subject(fs.facts().subject());
        atts.forEach(b::attest);
        obs.forEach(b::observe);
        Assessment shuffled = FactSets.ASSESSOR.evaluate(b.build());
        assertSameAssessment(first, shuffled, true);
    }

    /** Equal assessments, compared part by part so that a failure names the part. */
    static void assertSameAssessment(Assessment want, Assessment got, boolean positionsMayDiffer) {
        for (int i = 0; i < want.criteria().size(); i++) {
            assertEquals(want.criteria().get(i), got.criteria().get(i), "criterion " + i);
        }
        assertEquals(want.items(), got.items(), "items");
        assertEquals(want.areas(), got.areas(), "areas");
        assertEquals(want.domains(), got.domains(), "domains");
        assertEquals(want.overall(), got.overall(), "overall");
        if (positionsMayDiffer) {
            assertEquals(positionless(want.warnings()), positionless(got.warnings()), "warnings");
        } else {
            assertEquals(want.warnings(), got.warnings(), "warnings");
            assertEquals(want, got);
        }
    }

    /**
     * Warnings with the input positions they cite ({@code attestations[7]}) left out, sorted: a
     * warning's message points at the fact in the input, so it moves with the fact.
     */
    static List<String> positionless(List<Warning> warnings) {
        return warnings.stream().map(w -> w.code() + " " + w.subject() + " "
                + w.message().replaceAll("(attestations|observations)\\[\\d+\\]", "$1[]")).sorted().toList();
    }

    @Property
    void evaluatingTwiceGivesEqualResults(@ForAll("facts") FactSet fs) {
        Assessment first = FactSets.ASSESSOR.evaluate(fs.facts());
        Assessment second = FactSets.ASSESSOR.evaluate(fs.facts());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(Json.write(first), Json.write(second));
    }

    @Property
    void addingAMetAttestationNeverLowersAnyLevel(@ForAll("facts") FactSet fs,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 350) int pick) {
        Set<String> notMet = fs.facts().attestations().stream().filter(x -> x.verdict() != Verdict.MET)
                .map(Attestation::criterionId).collect(Collectors.toSet());
        List<String> ids = ORACLE.criterionIds();
        String id = ids.get(pick);
        for (int i = 1; notMet.contains(id); i++) {
            id = ids.get((pick + i) % ids.size());
        }
        Assessment before = FactSets.ASSESSOR.evaluate(fs.facts());
        Assessment after = FactSets.ASSESSOR.evaluate(fs.facts().toBuilder().attest(id, Verdict.MET, "added").build());
        for (String part : parts(before)) {
            assertTrue(after.level(part) >= before.level(part), part + " level fell after attesting " + id + " met");
            assertTrue(after.potential(part) >= before.potential(part),
                    part + " potential fell after attesting " + id + " met");
        }
        assertEquals(CriterionStatus.MET, after.status(id));
    }

    @Property
    void potentialIsNeverBelowConfirmedAndLevelsStayWithinZeroToFive(@ForAll("facts") FactSet fs) {
        Assessment a = FactSets.ASSESSOR.evaluate(fs.facts());
        for (String part : parts(a)) {
            int level = a.level(part);
            int potential = a.potential(part);
            assertTrue(level >= 0 && level <= 5, part + " level " + level);
            assertTrue(potential >= 0 && potential <= 5, part + " potential " + potential);
            assertTrue(potential >= level, part + " potential " + potential + " < level " + level);
        }
    }

    private static List<String> parts(Assessment a) {
        List<String> ids = new ArrayList<>();
        a.items().forEach(i -> ids.add(i.itemId()));
        a.areas().forEach(x -> ids.add(x.id()));
        a.domains().forEach(x -> ids.add(x.id()));
        ids.add("overall");
        return ids;
    }

    @Property
    void everyInputFactIsUsedOrReportedInAWarning(@ForAll("lenientFacts") FactSet fs) {
        checkAccounting(fs.facts(), FactSets.LENIENT.evaluate(fs.facts()));
    }

    /**
     * Every input fact is used once or reported: repeats as DUPLICATE, unknown ids as UNKNOWN_ID, stale
     * evidence as STALE_EVIDENCE, observations that decided nothing as UNUSED_OBSERVATION.
     */
    static void checkAccounting(Facts facts, Assessment a) {
        Map<String, Long> warnings = a.warnings().stream()
                .collect(Collectors.groupingBy(w -> w.code() + " " + w.subject(), Collectors.counting()));
        Function<String, Long> count = k -> warnings.getOrDefault(k, 0L);
        Map<String, Long> attestations = facts.attestations().stream()
                .collect(Collectors.groupingBy(Attestation::criterionId, LinkedHashMap::new, Collectors.counting()));
        attestations.forEach((id, n) -> {
            if (FactSets.CATALOG.findCriterion(id).isEmpty()) {
                assertEquals(n, count.apply("UNKNOWN_ID " + id), id + ": one UNKNOWN_ID warning per attestation");
                return;
            }
            assertEquals(n - 1, count.apply("DUPLICATE " + id), id + ": one DUPLICATE warning per repeat");
            List<Attestation> used = a.criterion(id).justifications().stream()
                    .flatMap(j -> j.attestations().stream()).toList();
            boolean stale = stale(newest(facts.attestations().stream().filter(x -> x.criterionId().equals(id))
                    .map(Attestation::evidence).toList()), ATTESTATION_DAYS);
            assertEquals(stale ? 1 : 0, count.apply("STALE_EVIDENCE " + id), id + ": stale evidence reported");
            assertEquals(stale ? 0 : 1, used.size(), id + ": the attestation is used unless stale");
            assertTrue(used.stream().allMatch(facts.attestations()::contains), id + ": the used attestation is an input");
            if (!FactSets.CATALOG.criterion(id).isRequirement()) {
                assertTrue(count.apply("NOT_A_REQUIREMENT " + id) >= 1, id + ": a shortfall attested");
            }
        });
        Set<String> usedNames = new HashSet<>();
        a.criteria().forEach(c -> c.justifications().forEach(j -> j.observations().forEach(o -> {
            assertTrue(facts.observations().contains(o), o.display() + ": a used observation is an input");
            usedNames.add(o.name());
        })));
        Map<String, Long> observations = facts.observations().stream()
                .collect(Collectors.groupingBy(Observation::name, LinkedHashMap::new, Collectors.counting()));
        observations.forEach((name, n) -> {
            if (FactSets.VOCABULARY.spec(name).isEmpty()) {
                assertEquals(n, count.apply("UNKNOWN_ID " + name), name + ": one UNKNOWN_ID warning per observation");
                return;
            }
            assertEquals(n - 1, count.apply("DUPLICATE " + name), name + ": one DUPLICATE warning per repeat");
            long unused = count.apply("UNUSED_OBSERVATION " + name);
            long stale = count.apply("STALE_EVIDENCE " + name);
            assertEquals(stale(newest(facts.observations().stream().filter(o -> o.name().equals(name))
                    .map(Observation::evidence).toList()), OBSERVATION_DAYS) ? 1 : 0, stale, name + ": stale evidence");
            assertEquals(1, (usedNames.contains(name) ? 1 : 0) + unused + stale, name + ": used by a rule ("
                    + usedNames.contains(name) + "), reported unused (" + unused + ") or stale (" + stale + ")");
        });
        long accounted = a.warnings().stream().filter(w -> w.code() == WarningCode.UNKNOWN_ID
                || w.code() == WarningCode.DUPLICATE).count();
        long distinctKnown = attestations.keySet().stream().filter(id -> FactSets.CATALOG.findCriterion(id).isPresent())
                .count() + observations.keySet().stream().filter(n -> FactSets.VOCABULARY.spec(n).isPresent()).count();
        assertEquals(facts.attestations().size() + facts.observations().size(), accounted + distinctKnown,
                "facts in = facts used once + facts reported");
    }

    @Property
    void theJsonFormOfAFactSetAssessesTheSame(@ForAll("facts") FactSet fs) {
        Facts read = Json.readFacts(Json.write(fs.facts()));
        assertEquals(fs.facts(), read);
        assertEquals(FactSets.ASSESSOR.evaluate(fs.facts()), FactSets.ASSESSOR.evaluate(read));
    }

    @Property
    void aContradictingFactRejectsTheWholeSet(@ForAll("facts") FactSet fs,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10_000) int pick) {
        Facts f = fs.facts();
        int n = f.attestations().size() + f.observations().size();
        net.jqwik.api.Assume.that(n > 0);
        Assessment before = FactSets.ASSESSOR.evaluate(f);
        int k = pick % n;
        Facts.Builder b = f.toBuilder();
        String path;
        if (k < f.attestations().size()) {
            Attestation x = f.attestations().get(k);
            b.attest(x.verdict() == Verdict.MET ? Attestation.notMet(x.criterionId(), "the other verdict")
                    : x.verdict() == Verdict.NOT_MET ? Attestation.met(x.criterionId(), "the other verdict")
                    : Attestation.partial(x.criterionId(), x.coverage() == Coverage.SOME ? Coverage.MOST : Coverage.SOME,
                            "the other coverage"));
            path = "attestations[" + f.attestations().size() + "]." + (x.verdict() == Verdict.PARTIAL ? "coverage" : "verdict");
        } else {
            Observation o = f.observations().get(k - f.attestations().size());
            b.observe(other(o));
            path = "observations[" + f.observations().size() + "].value";
        }
        Facts bad = b.build();
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> FactSets.ASSESSOR.evaluate(bad));
        assertInstanceOf(ConflictingFactsException.class, e, e.getMessage());
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.hint().startsWith("Maybe "), e.getMessage());
        // the assessor is not left half-way: the valid facts still give the result they gave before
        assertEquals(before, FactSets.ASSESSOR.evaluate(f));
    }

    /** An observation of the same name with another valid value. */
    private static Observation other(Observation o) {
        if (o.type() == ObservationType.FLAG) {
            return Observation.flag(o.name(), !o.flag());
        }
        if (o.type() == ObservationType.SET) {
            ObservationSpec spec = FactSets.VOCABULARY.spec(o.name()).orElseThrow();
            Set<String> words = new HashSet<>(o.values());
            String w = spec.words().iterator().next();
            if (!words.remove(w)) {
                words.add(w);
            }
            return Observation.set(o.name(), words);
        }
        double v = o.number();
        String family = FactSets.VOCABULARY.spec(o.name()).orElseThrow().unitFamily();
        if (family.equals("count") || family.equals("level")) {
            return Observation.number(o.name(), v >= 1 ? v - 1 : v + 1, o.unit());
        }
        return Observation.number(o.name(), v == 0 ? 1 : v / 2, o.unit());
    }

    @net.jqwik.api.Example
    void theGeneratorsReachEveryLevelAndEveryKindOfFact() {
        Set<Integer> levels = new HashSet<>();
        Set<WarningCode> codes = new HashSet<>();
        Set<String> units = new HashSet<>();
        Arbitraries.lazy(FactSets::lenientFactSets).sampleStream().limit(300).forEach(fs -> {
            Assessment a = FactSets.LENIENT.evaluate(fs.facts());
            a.items().forEach(i -> levels.add(i.level()));
            a.warnings().forEach(w -> codes.add(w.code()));
            fs.facts().observations().forEach(o -> units.add(o.unit()));
        });
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), levels, "item levels reached");
        Set<WarningCode> reachable = new HashSet<>(Set.of(WarningCode.values()));
        reachable.remove(WarningCode.WAIVER_EXPIRED); // the standard assessor has no waivers
        // every name of the vocabulary is read by a standard rule, which records it even when undecided
        reachable.remove(WarningCode.UNUSED_OBSERVATION);
        assertEquals(reachable, codes, "warning codes reached");
        assertTrue(units.containsAll(List.of("%", "min/yr", "s", "min", "ms", "count", "level")), units.toString());
    }
}
