package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.WarningCode;

class AssessorTest {
    private final Assessor assessor = Assessor.standard();

    @Test
    void preloadInTheBackgroundAndAgainLeavesOneRuleBaseAndNoSessionOpen() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Assessor.preloadInBackground());
        }
        for (Thread t : threads) {
            assertTrue(t.isDaemon(), t.getName());
            t.join();
        }
        Assessor.preload();
        assertSame(org.opsmaturity.rules.StandardRules.kieBase(), org.opsmaturity.rules.StandardRules.kieBase());
        assertEquals(0, RuleSessions.open());
        assertEquals(assessor.evaluate(Facts.empty()).overall(), Assessor.builder().build().evaluate(Facts.empty()).overall());
    }

    @Test
    void standardIsSharedAndCoversTheWholeSeed() {
        assertSame(assessor, Assessor.standard());
        assertEquals(7, assessor.catalog().domains().size());
        assertEquals(35, assessor.catalog().items().size());
    }

    @Test
    void withNoFactsEveryCriterionIsUnknownAndEveryItemStartsAtItsFreeLevels() {
        Assessment a = assessor.evaluate(Facts.empty());
        assertTrue(a.criteria().stream().allMatch(c -> c.status() == CriterionStatus.UNKNOWN
                && c.source() == Source.NONE));
        for (Item item : assessor.catalog().items()) {
            int free = 0;
            while (free < 5 && item.level(free + 1).addsNoRequirement()) {
                free++;
            }
            assertEquals(free, a.item(item.id()).level(), item.id());
            assertEquals(5, a.item(item.id()).potential(), item.id());
        }
        assertEquals(0, a.overall().level());
        assertEquals(5, a.overall().potential());
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void anAttestationDecidesAndStandsOverObservationsWithAConflictWarning() {
        Facts f = Facts.builder()
                .observe("monitoring.processing.latency", 30, "s")
                .attest("1.2.2.L3.3", Verdict.NOT_MET, new Evidence("p99 is 3 min in peak hours", "https://wiki/x",
                        "alice", java.util.Optional.empty()))
                .build();
        Assessment a = assessor.evaluate(f);
        var r = a.criterion("1.2.2.L3.3");
        assertEquals(CriterionStatus.NOT_MET, r.status());
        assertEquals(Source.ATTESTATION, r.source());
        assertEquals("attestation", r.justifications().get(0).ruleId());
        assertEquals("1.2.2.L3.3", r.justifications().get(1).ruleId());
        assertEquals(CriterionStatus.MET, r.justifications().get(1).status());
        assertEquals(1, a.warnings(WarningCode.CONFLICT).size());
        assertTrue(a.warnings(WarningCode.CONFLICT).get(0).message().contains("attestation stands"));
    }

    @Test
    void observationJustificationNamesTheValueAndTheThreshold() {
        Assessment a = assessor.evaluate(Facts.builder().observe("monitoring.processing.latency", 2, "min").build());
        var j = a.criterion("1.2.2.L3.3").justifications().get(0);
        assertEquals(CriterionStatus.NOT_MET, j.status());
        assertEquals("monitoring.processing.latency = 2 min not < 1 min (maxLatency)", j.reason());
        assertEquals("monitoring.processing.latency", j.observations().get(0).name());
    }

    @Test
    void availabilityDecidesByPercentOrByDowntimeAndSaysWhich() {
        Assessment byMinutes = assessor.evaluate(Facts.builder().observe("continuity.availability", 262.8, "min/yr").build());
        var j = byMinutes.criterion("6.1.1.L3.2").justifications().get(0);
        assertEquals(CriterionStatus.MET, j.status());
        assertTrue(j.reason().startsWith("continuity.availability = 262.8 min/yr (99.95 %)"), j.reason());
        Assessment byPercent = assessor.evaluate(Facts.builder().observe("continuity.availability", 99.94, "%").build());
        assertEquals(CriterionStatus.NOT_MET, byPercent.status("6.1.1.L3.2"));
    }

    @Test
    void theOrderOfFactsChangesNothing() {
        List<Attestation> atts = new ArrayList<>();
        for (var c : assessor.catalog().requirements()) {
            if (c.id().hashCode() % 3 == 0) {
                atts.add(new Attestation(c.id(), c.id().hashCode() % 2 == 0 ? Verdict.MET : Verdict.NOT_MET, null));
            }
        }
        List<Observation> obs = new ArrayList<>(List.of(Observation.number("monitoring.processing.latency", 30, "s"),
                Observation.number("continuity.availability", 99.99, "%"),
                Observation.number("monitoring.intake.reporting-granularity", 30, "s")));
        Assessment first = assessor.evaluate(build(atts, obs));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(atts, random);
            Collections.shuffle(obs, random);
            assertEquals(first, assessor.evaluate(build(atts, obs)));
        }
    }

    private static Facts build(List<Attestation> atts, List<Observation> obs) {
        Facts.Builder b = Facts.builder();
        atts.forEach(b::attest);
        obs.forEach(b::observe);
        return b.build();
    }

    @Test
    void evaluatingTwiceGivesEqualResults() {
        // (Facts is immutable, so evaluate cannot change its input: nothing to check there)
        Facts f = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "ssh scripts").build();
        assertEquals(assessor.evaluate(f), assessor.evaluate(f));
    }

    @Test
    void unknownIdsAreErrorsWithAHintOrWarningsWhenLenient() {
        Facts f = Facts.builder().attest("1.1.1.L3.40", Verdict.MET, "").observe("monitoring.procesing.latency", 3, "s")
                .build();
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(f));
        assertEquals("attestations[0].criterion", e.path());
        assertEquals(2, e.problems().size(), e.getMessage()); // both unknown ids at once
        assertEquals("observations[0].name", e.problems().get(1).path());
        assertTrue(e.problems().get(0).hint().startsWith("Maybe you meant 1.1.1.L3.4"), e.getMessage());
        Assessment a = Assessor.builder().lenient().build().evaluate(f);
        assertEquals(2, a.warnings(WarningCode.UNKNOWN_ID).size());
    }

    @Test
    void disagreeingDuplicatesAreErrorsAndAgreeingOnesWarnings() {
        Facts twice = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "a").attest("1.1.1.L1.1", Verdict.MET, "b")
                .build();
        assertEquals(1, assessor.evaluate(twice).warnings(WarningCode.DUPLICATE).size());
        Facts disagree = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "a")
                .attest("1.1.1.L1.1", Verdict.NOT_MET, "b").build();
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(disagree));
        assertEquals("attestations[1].verdict", e.path());
    }

    @Test
    void badObservationValuesNameThePathTheValueAndWhatWasExpected() {
        var e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(Facts.builder()
                .observe("continuity.availability", 150, "%").build()));
        assertEquals("observations[0].value", e.path());
        assertTrue(e.getMessage().contains("'150 %'") && e.getMessage().contains("0 to 100"), e.getMessage());
        e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(Facts.builder()
                .observe("monitoring.processing.latency", 3, "GB").build()));
        assertEquals("observations[0].unit", e.path());
        e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(Facts.builder()
                .observe("monitoring.processing.latency", true).build()));
        assertEquals("observations[0].value", e.path());
        e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(Facts.builder()
                .observe("monitoring.processing.latency", Double.NaN, "s").build()));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
        e = assertThrows(InvalidFactsException.class, () -> assessor.evaluate(null));
        assertEquals("facts", e.path());
    }

    @Test
    void anObservationThatARuleReadsIsUsedEvenWhenItDecidesNothingYet() {
        // 6.1.1.L4.3 joins three observations: a passing one alone leaves it UNKNOWN, but it is read
        Assessment a = assessor.evaluate(Facts.builder().observe("continuity.backup.offsite", true).build());
        assertEquals(List.of(), a.warnings(WarningCode.UNUSED_OBSERVATION));
        assertEquals(CriterionStatus.UNKNOWN, a.status("6.1.1.L4.3"));
        var j = a.criterion("6.1.1.L4.3").justifications();
        assertEquals(1, j.size());
        assertEquals(CriterionStatus.UNKNOWN, j.get(0).status());
        assertEquals(List.of("continuity.backup.offsite"), j.get(0).observations().stream().map(o -> o.name()).toList());
        assertTrue(j.get(0).reason().contains("continuity.rpo.offsite not given"), j.get(0).reason());
    }

    @Test
    void oneFailingPartDecidesAJoinedCriterion() {
        // the case of issue 12: same-city RPO 12 min and nothing said about the off-site RPO
        Assessment a = assessor.evaluate(Facts.builder().observe("continuity.availability", 99.999, "%")
                .observe("continuity.rpo.same-city", 12, "min").build());
        assertEquals(CriterionStatus.NOT_MET, a.status("6.1.1.L4.3"));
        assertEquals(CriterionStatus.NOT_MET, a.status("6.1.1.L5.3"));
        assertTrue(a.criterion("6.1.1.L4.3").justifications().get(0).reason()
                .startsWith("decided by NOT [continuity.rpo.same-city = 12 min not < 10 min (maxRpo)]"),
                a.criterion("6.1.1.L4.3").justifications().get(0).reason());
        assertEquals(3, a.item("6.1.1").potential());
        assertEquals(List.of(), a.warnings(WarningCode.UNUSED_OBSERVATION));
    }

    @Test
    void anUndecidedRuleDoesNotHideAnAttestation() {
        Assessment a = assessor.evaluate(Facts.builder().observe("continuity.backup.offsite", true)
                .attest("6.1.1.L4.3", Verdict.MET, "audit 2026").build());
        assertEquals(CriterionStatus.MET, a.status("6.1.1.L4.3"));
        assertEquals(org.opsmaturity.model.Source.ATTESTATION, a.criterion("6.1.1.L4.3").source());
        assertEquals(List.of(), a.warnings(WarningCode.CONFLICT));
        Assessment b = assessor.evaluate(Facts.builder().observe("continuity.rpo.offsite", 30, "min")
                .attest("6.1.1.L4.3", Verdict.MET, "audit 2026").build());
        assertEquals(CriterionStatus.MET, b.status("6.1.1.L4.3"), "the attestation stands");
        assertEquals(List.of("6.1.1.L4.3"), b.warnings(WarningCode.CONFLICT).stream().map(w -> w.subject()).toList());
    }

    @Test
    void anAttestedShortfallIsToldWhatItMeansForTheLevel() {
        Assessment a = assessor.evaluate(Facts.builder().attest("2.1.1.L1.1", Verdict.MET, "no classification yet")
                .attest("6.1.1.L2.2", Verdict.NOT_MET, "").build());
        var present = a.warnings(WarningCode.NOT_A_REQUIREMENT).stream().filter(w -> w.subject().equals("2.1.1.L1.1"))
                .findFirst().orElseThrow().message();
        assertTrue(present.contains("2.1.1.L1.1 describes a shortfall of level 1") && present.contains("lowers no level by itself")
                && present.contains("attest as not_met the requirements of level 2 and above"), present);
        var absent = a.warnings(WarningCode.NOT_A_REQUIREMENT).stream().filter(w -> w.subject().equals("6.1.1.L2.2"))
                .findFirst().orElseThrow().message();
        assertTrue(absent.contains("shortfall of level 2") && absent.contains("raises no level by itself")
                && absent.contains("requirements of level 3 and above"), absent);
        assertEquals(1, a.item("2.1.1").level(), "a level-1 shortfall cell asks for nothing");
    }

    @Test
    void theExampleOfDocsLevelsMd() {
        Facts.Builder b = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "").attest("1.1.1.L1.2", Verdict.MET, "");
        for (int n = 1; n <= 4; n++) {
            b.attest("1.1.1.L2." + n, Verdict.MET, "");
        }
        for (int n = 1; n <= 9; n++) {
            b.attest("1.1.1.L3." + n, n == 8 ? Verdict.NOT_MET : Verdict.MET, "");
        }
        var item = assessor.evaluate(b.build()).item("1.1.1");
        assertEquals(1, item.level());
        assertEquals(2, item.potential());
        assertEquals(List.of(new org.opsmaturity.model.Gap("1.1.1.L2.5", 2, CriterionStatus.UNKNOWN)), item.gaps());
        assertEquals(12, item.ahead().size());
    }
}
