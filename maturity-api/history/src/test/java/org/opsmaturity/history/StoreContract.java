package org.opsmaturity.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Verdict;

/** What every history store does, on SQLite and on PostgreSQL alike: subclasses give a fresh store. */
abstract class StoreContract {
    static final Instant Q3 = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant Q4 = Instant.parse("2026-10-01T00:00:00Z");
    static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    /** A new, empty store (a file path or a JDBC URL). */
    abstract String newStore() throws Exception;

    static Facts facts(String subject, double availability, boolean collected) {
        Facts.Builder b = Facts.builder().subject(subject).observe("continuity.availability", availability, "%");
        if (collected) {
            b.attest("1.1.1.L1.1", Verdict.MET, "ssh-based collection scripts");
        }
        return b.build();
    }

    static Run record(History h, Assessor assessor, Facts f, Instant at) {
        return h.record(assessor, f, assessor.evaluate(f), at);
    }

    @Test
    void recordsRunsAndReadsThemBackWithTheirResultDocument() throws Exception {
        Assessor std = Assessor.standard();
        try (History h = History.open(newStore())) {
            assertEquals(1, h.schemaVersion());
            Facts f = facts("payments", 99.97, true);
            Assessment a = std.evaluate(f);
            Run r = h.record(std, f, a, Q3);
            record(h, std, facts("search", 99.5, false), Q3);
            Run r2 = record(h, std, facts("payments", 99.97, false), Q4);
            assertEquals(Json.write(a), h.result(r.id()));
            assertEquals(std.profileDigest(), r.profileDigest());
            assertTrue(r.modelVersion().matches("[0-9a-f]{16}"), r.modelVersion());
            assertFalse(r.factsDigest().equals(r2.factsDigest()));
            assertEquals(List.of("payments", "search"), h.subjects().stream().map(Subject::name).toList());
            assertEquals(2, h.subjects().get(0).runs());
            assertEquals(List.of(r.id(), r2.id()), h.runs("payments").stream().map(Run::id).toList());
            assertEquals(r2.id(), h.latest("payments").get(0).id());
            assertEquals(2, h.latest().size());
            Trend t = h.trend("payments", "1.1.1");
            assertEquals(List.of(a.item("1.1.1").level(), std.evaluate(facts("payments", 99.97, false)).item("1.1.1").level()),
                    t.points().stream().map(Trend.Point::level).toList());
            assertTrue(t.comparable());
            assertEquals(1, h.trend("payments", "overall", Q4, DEC).points().size());
        }
    }

    @Test
    void aTrendMarksTheRunWhereTheProfileChanged() throws Exception {
        Assessor strict = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99).build();
        try (History h = History.open(newStore())) {
            Facts f = facts("payments", 99.97, true);
            record(h, Assessor.standard(), f, Q3);
            record(h, Assessor.standard(), f, Q4);
            record(h, strict, f, DEC);
            Trend t = h.trend("payments", "6");
            assertEquals(List.of(true, true, false), t.points().stream().map(Trend.Point::comparable).toList());
            assertTrue(t.points().get(2).rulesChange().startsWith("profile "), t.points().get(2).rulesChange());
            assertFalse(t.comparable());
        }
    }

    @Test
    void changesSeparateEvidenceFromRules() throws Exception {
        Assessor strict = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99).build();
        try (History h = History.open(newStore())) {
            record(h, Assessor.standard(), facts("payments", 99.97, false), Q3);
            record(h, Assessor.standard(), facts("payments", 99.97, true), Q4);   // evidence: an attestation added
            record(h, strict, facts("payments", 99.97, true), DEC);                // rules: a stricter profile
            record(h, Assessor.standard(), facts("search", 99.97, true), Q4);     // one run: nothing to compare
            List<Change> all = h.changes(Q4);
            assertEquals(2, all.size(), all.toString());
            Change evidence = all.get(0);
            assertEquals(Change.Cause.EVIDENCE, evidence.cause());
            assertEquals(List.of(new Change.CriterionChange("1.1.1.L1.1", CriterionStatus.UNKNOWN, CriterionStatus.MET,
                    Change.Cause.EVIDENCE, evidence.criteria().get(0).reason())), evidence.criteria());
            Change rules = all.get(1);
            assertEquals(Change.Cause.RULES, rules.cause());
            assertEquals(1, rules.criteria().size(), rules.criteria().toString());
            Change.CriterionChange c = rules.criteria().get(0);
            assertEquals("6.1.1.L3.2", c.criterionId());
            assertEquals(CriterionStatus.MET, c.before());
            assertEquals(CriterionStatus.NOT_MET, c.after());
            assertEquals(Change.Cause.RULES, c.cause());
            assertTrue(c.reason().contains("99.99"), c.reason());
            assertEquals(List.of(rules), h.changes(DEC));
            assertEquals(List.of(), h.changes(DEC.plusSeconds(1)));
        }
    }

    @Test
    void aBatchIsRecordedWhole() throws Exception {
        Assessor std = Assessor.standard();
        try (History h = History.open(newStore())) {
            List<History.Entry> entries = new ArrayList<>();
            java.util.Map<String, Assessment> evaluated = new java.util.HashMap<>();
            for (int i = 0; i < 600; i++) { // more than one executeBatch
                Facts f = facts("team " + (i % 20), 99.0 + (i % 3) * 0.5, i % 2 == 0);
                Assessment a = evaluated.computeIfAbsent(Json.write(f), k -> std.evaluate(f));
                entries.add(History.Entry.of(std, f, a, Q3.plusSeconds(i)));
            }
            List<Run> runs = h.recordAll(entries);
            assertEquals(600, runs.size());
            assertEquals(20, h.subjects().size());
            assertEquals(30, h.runs("team 7").size());
            assertEquals(30, h.trend("team 7", "6.1.1").points().size());
            assertEquals(Json.write(entries.get(599).assessment()), h.result(runs.get(599).id()));
            // a bad entry in a batch: nothing of it is recorded
            Facts nameless = Facts.builder().build();
            List<History.Entry> bad = List.of(entries.get(0), History.Entry.of(std, nameless, std.evaluate(nameless), Q4));
            HistoryException e = assertThrows(HistoryException.class, () -> h.recordAll(bad));
            assertTrue(e.getMessage().startsWith("subject: entry 2 has an empty subject"), e.getMessage());
            assertEquals(30, h.runs("team 7").size());
            assertEquals(600, h.subjects().stream().mapToInt(Subject::runs).sum());
        }
    }

    @Test
    void badQueriesNameTheValueAndWhatWasExpected() throws Exception {
        String store = newStore();
        try (History h = History.open(store)) {
            HistoryException none = assertThrows(HistoryException.class, () -> h.trend("payments", "overall"));
            assertTrue(none.getMessage().startsWith("subject: 'payments' has no runs in history"), none.getMessage());
            record(h, Assessor.standard(), facts("payments", 99.97, true), Q3);
            HistoryException subject = assertThrows(HistoryException.class, () -> h.runs("paymants"));
            assertTrue(subject.getMessage().contains("'paymants' has no runs") && subject.hint().contains("payments"),
                    subject.getMessage());
            HistoryException target = assertThrows(HistoryException.class, () -> h.trend("payments", "6.9"));
            assertTrue(target.getMessage().startsWith("target: '6.9' is not in the runs of 'payments'"), target.getMessage());
            HistoryException run = assertThrows(HistoryException.class, () -> h.result(999));
            assertTrue(run.getMessage().startsWith("run: '999' is not in history"), run.getMessage());
            Facts other = facts("search", 99.0, true);
            HistoryException mixed = assertThrows(HistoryException.class, () -> History.Entry.of(Assessor.standard(),
                    other, Assessor.standard().evaluate(facts("payments", 99.0, true)), Q3));
            assertTrue(mixed.getMessage().startsWith("subject: the facts are of 'search' but the assessment is of 'payments'"),
                    mixed.getMessage());
        }
        try (History again = History.openExisting(store)) {
            assertEquals(1, again.runs("payments").size());
        }
    }
}
