package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Diff;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Expiry;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Roadmap;
import org.opsmaturity.model.Rollup;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.WarningCode;
import org.opsmaturity.model.WhatIf;

/** Explanations, roadmaps, evidence freshness, what-if, diff and many subjects. */
class DecisionsTest {
    static final Clock DAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final Assessor assessor = Assessor.builder().clock(DAY).build();

    static Facts.Builder level1Of111() {
        return Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "ssh scripts").attest("1.1.1.L1.2", Verdict.MET, "snmp");
    }

    @Test
    void anItemsExplanationNamesTheFirstUnmetRequirementOfTheNextLevel() {
        Assessment a = assessor.evaluate(level1Of111().attest("1.1.1.L2.1", Verdict.NOT_MET, "").build());
        var e = a.explain("1.1.1");
        assertEquals(List.of("1.1.1.L2.1"), e.blocking());
        assertTrue(e.sentence().en().startsWith("1.1.1 is at level 1 because 1.1.1.L2.1 of level 2 is not met: "),
                e.sentence().en());
        assertTrue(e.sentence().zh().contains("1.1.1.L2.1 未满足：独立采集服务"), e.sentence().zh());
    }

    @Test
    void aRollupsExplanationNamesTheWeakestLinkAndByHowMuch() {
        Facts.Builder b = Facts.builder();
        // every item of area 1.1 at level 2 or more, except 1.1.2 which is free up to level 1
        for (var c : assessor.catalog().item("1.1.1").criteria()) {
            if (c.isRequirement() && c.level() <= 3) {
                b.attest(c.id(), Verdict.MET, "");
            }
        }
        Assessment a = assessor.evaluate(b.build());
        assertEquals(1, a.level("1.1"));
        var e = a.explain("1.1");
        assertEquals(List.of("1.1.2"), e.blocking());
        assertEquals(2, e.headroom()); // 1.1.1 is at 3: lifting 1.1.2 lifts the area by up to 2
        assertTrue(e.sentence().en().contains("held down by item 1.1.2; raising it would lift it by up to 2 levels"),
                e.sentence().en());
    }

    @Test
    void aRoadmapListsWhatToMeetGroupedByItemAndOrderedByLevel() {
        Assessment a = assessor.evaluate(level1Of111().attest("1.1.1.L2.1", Verdict.NOT_MET, "").build());
        Roadmap r = a.roadmap("1.1.1", 2);
        assertEquals(List.of("1.1.1.L2.1", "1.1.1.L2.2", "1.1.1.L2.3", "1.1.1.L2.4", "1.1.1.L2.5"), r.criteria());
        assertEquals(2, r.met());
        assertEquals(1, r.missing());
        assertEquals(4, r.unknown());
        Roadmap area = a.roadmap("1.1", 2);
        assertEquals(List.of("1.1.1", "1.1.2"), area.steps().stream().map(Roadmap.Step::itemId).distinct().toList());
        assertTrue(Json.write(r).contains("\"target\" : \"1.1.1\""));
    }

    @Test
    void staleEvidenceBecomesUnknownAndLevelsSayUntilWhenTheyHold() {
        Evidence recent = Evidence.of("reviewed").withObservedAt(LocalDate.of(2026, 11, 1));
        Evidence old = Evidence.of("reviewed").withObservedAt(LocalDate.of(2025, 6, 1));
        Facts f = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, recent).attest("1.1.1.L1.2", Verdict.MET,
                Evidence.of("agentless").withObservedAt(LocalDate.of(2026, 3, 1)))
                .attest("1.1.1.L2.1", Verdict.MET, old)
                .observe(Observation.number("monitoring.processing.latency", 30, "s")
                        .withEvidence(Evidence.of("p99").withObservedAt(LocalDate.of(2026, 1, 2))))
                .build();
        Assessment a = assessor.evaluate(f);
        assertEquals(CriterionStatus.UNKNOWN, a.status("1.1.1.L2.1"));
        assertEquals(CriterionStatus.UNKNOWN, a.status("1.2.2.L3.3")); // observed 2026-01-02 + 180 d < today
        assertEquals(2, a.warnings(WarningCode.STALE_EVIDENCE).size());
        assertEquals(Optional.of(new Expiry(LocalDate.of(2027, 3, 1), "1.1.1.L1.2")), a.item("1.1.1").expiry());
        assertEquals(Optional.of(LocalDate.of(2027, 11, 1)), a.criterion("1.1.1.L1.1").validUntil());
        // per-criterion validity, and no limit at all
        Assessor strictOnOne = Assessor.builder().clock(DAY).freshness(Freshness.DEFAULT.withCriterion("1.1.1.L1.1", 20))
                .build();
        assertEquals(CriterionStatus.UNKNOWN, strictOnOne.evaluate(f).status("1.1.1.L1.1"));
        Assessor unlimited = Assessor.builder().clock(DAY).freshness(Freshness.UNLIMITED).build();
        assertEquals(CriterionStatus.MET, unlimited.evaluate(f).status("1.1.1.L2.1"));
    }

    @Test
    void whatIfShowsWhichLevelsChangeWithoutRebuildingAnything() {
        Facts now = level1Of111().build();
        Facts.Builder h = Facts.builder();
        for (int n = 1; n <= 5; n++) {
            h.attest("1.1.1.L2." + n, Verdict.MET, "planned for Q1");
        }
        WhatIf w = assessor.whatIf(now, h.build());
        assertEquals(1, w.before().item("1.1.1").level());
        assertEquals(2, w.after().item("1.1.1").level());
        assertTrue(w.changes().levels().stream().anyMatch(c -> c.id().equals("1.1.1") && c.delta() == 1));
        assertEquals(5, w.changes().gained().size());
    }

    @Test
    void aDiffOfTwoQuartersShowsLevelsCriteriaConflictsAndWaivers() {
        Assessment q3 = assessor.evaluate(level1Of111().attest("1.1.1.L2.1", Verdict.MET, "").build());
        Assessment q4 = assessor.evaluate(Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "")
                .attest("1.1.1.L1.2", Verdict.NOT_MET, "snmp collector retired")
                .attest("1.2.2.L3.3", Verdict.NOT_MET, "").observe("monitoring.processing.latency", 10, "s").build());
        Diff d = Diff.between(q3, q4);
        assertTrue(d.levels().stream().anyMatch(c -> c.kind().equals("item") && c.id().equals("1.1.1")
                && c.before() == 1 && c.after() == 0));
        assertEquals(List.of("1.1.1.L1.2", "1.1.1.L2.1"), d.lost().stream().map(Diff.StatusChange::criterionId).toList());
        assertEquals(1, d.newConflicts().size());
        assertTrue(Diff.between(q3, q3).isEmpty());
        assertTrue(Json.write(d).contains("\"lost\""));
    }

    @Test
    void manySubjectsWithSharedFactsAndARollup() {
        Facts shared = Facts.builder().attest("1.1.1.L1.1", Verdict.MET, "org-wide agentless collection").build();
        List<Facts> teams = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            Facts.Builder b = Facts.builder().subject("team-" + t);
            if (t % 3 != 0) {
                b.attest("1.1.1.L1.2", Verdict.MET, "");
            }
            if (t == 7) {
                b.attest("1.1.1.L1.1", Verdict.NOT_MET, "this team has its own collection");
            }
            teams.add(b.build());
        }
        Assessor.Batch batch = assessor.evaluateAll(shared, teams);
        assertEquals(30, batch.assessments().size());
        Rollup r = batch.rollup();
        assertEquals(30, r.subjects());
        int[] d = r.item("1.1.1").distribution();
        assertEquals(11, d[0]); // t % 3 == 0 (10 teams) and team 7
        assertEquals(19, d[1]);
        // the 19 teams at level 1 all miss the five level-2 points; 10 teams miss 1.1.1.L1.2
        assertEquals(new Rollup.Count("1.1.1.L2.1", 19), r.item("1.1.1").mostMissing().get(0));
        assertEquals(Rollup.KEEP, r.item("1.1.1").mostMissing().size());
        assertEquals(Rollup.KEEP, r.item("1.1.1").weakest().size());
        assertEquals(0, r.item("1.1.1").weakest().get(0).level());
        // streamed: nothing kept but what the caller keeps
        int[] seen = {0};
        Rollup streamed = assessor.evaluateAll(shared, teams, a -> seen[0]++);
        assertEquals(30, seen[0]);
        assertEquals(r, streamed);
        assertTrue(Json.write(r).contains("\"mostMissing\""));
    }
}
