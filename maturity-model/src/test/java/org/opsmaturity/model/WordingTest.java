package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Typed reasons and warnings render to the English texts the JSON result carries (fixed here, so a change
 * of wording fails) and to Chinese with the same operands.
 */
class WordingTest {
    private static final Observation RPO = Observation.number("continuity.rpo.offsite", 20, "min");
    private static final Observation OFFSITE = Observation.flag("continuity.backup.offsite", false);
    private static final Observation TOOLS = Observation.set("monitoring.tools", "prometheus", "grafana");
    private static final Parameter MAX_RPO = new Parameter("maxRpo", 10, "min", Origin.TEXT);
    private static final Parameter MAX_RPO_S = new Parameter("maxRpo", 900, "s", Origin.TEXT);

    private static void check(String en, Reason r) {
        assertEquals(en, r.en());
        assertEquals(en, r.text(Locale.ENGLISH));
        String zh = r.text(Locale.SIMPLIFIED_CHINESE);
        assertNotEquals(en, zh, "zh of " + r);
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
    }

    private static void check(String en, WarningDetail d) {
        assertEquals(en, d.en());
        String zh = d.text(Locale.CHINESE);
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
    }

    @Test
    void ruleReasons() {
        check("continuity.backup.offsite = false, required true", new Reason.Flag(OFFSITE));
        check("continuity.rpo.offsite = 20 min not < 10 min (maxRpo)",
                new Reason.Comparison(RPO, Reason.Operator.BELOW, "maxRpo", MAX_RPO, false, false));
        check("continuity.rpo.offsite = 20 min (1200 s) not < 900 s (maxRpo)",
                new Reason.Comparison(RPO, Reason.Operator.BELOW, "maxRpo", MAX_RPO_S, true, false));
        assertTrue(new Reason.Comparison(RPO, Reason.Operator.BELOW, "maxRpo", MAX_RPO_S, true, false)
                .text(Locale.CHINESE).contains("已调整"), "an overridden parameter says so in zh");
        check("monitoring.tools = grafana|prometheus, lacks zabbix",
                new Reason.SetCheck(TOOLS, true, List.of("prometheus", "zabbix")));
        check("monitoring.tools = grafana|prometheus, has all of prometheus|grafana",
                new Reason.SetCheck(TOOLS, true, List.of("prometheus", "grafana")));
        check("monitoring.tools = grafana|prometheus, has one of zabbix|grafana",
                new Reason.SetCheck(TOOLS, false, List.of("zabbix", "grafana")));
        check("monitoring.tools = grafana|prometheus, has none of zabbix",
                new Reason.SetCheck(TOOLS, false, List.of("zabbix")));
        check("monitoring.tools = grafana|prometheus (2) >= 3 count not reached",
                new Reason.SizeCheck(TOOLS, "minTools", new Parameter("minTools", 3, "count", Origin.TEXT), false, false));
        check("continuity.rpo.same-city not given", new Reason.NotGiven("continuity.rpo.same-city"));
        Reason.Part no = new Reason.Part(CriterionStatus.NOT_MET, new Reason.Flag(OFFSITE));
        Reason.Part unknown = new Reason.Part(CriterionStatus.UNKNOWN, new Reason.NotGiven("continuity.rpo.offsite"));
        check("decided by NOT [continuity.backup.offsite = false, required true]: NOT [continuity.backup.offsite = false,"
                + " required true] and ? [continuity.rpo.offsite not given]",
                new Reason.Combined(true, CriterionStatus.NOT_MET, List.of(no, unknown), 0));
        check("undecided: ? [continuity.rpo.offsite not given] or NOT [continuity.backup.offsite = false, required true]",
                new Reason.Combined(false, CriterionStatus.UNKNOWN, List.of(unknown, no), -1));
        assertThrows(IllegalArgumentException.class,
                () -> new Reason.Combined(true, CriterionStatus.MET, List.of(no), 1));
    }

    @Test
    void decisionsByPeopleAndConditions() {
        Attestation partial = Attestation.partial("6.1.1.L3.2", Coverage.MOST, "two of three sites");
        check("attested partial (most of the scope; the policy counts all and above as met): \"two of three sites\"",
                new Reason.Attested(partial, Coverage.ALL));
        check("not applicable: no offsite data (approved by cto), until 2027-01-31", new Reason.Waived(
                Waiver.notApplicable("6.1.1.L4.3", "no offsite data", "cto", LocalDate.of(2027, 1, 31))));
        Reason test = new Reason.Test(RPO, new Condition.AtMost("continuity.rpo.offsite", 15, "min"), false);
        check("[continuity.rpo.offsite = 20 min, not <= 15 min] and [not (6.1.1.L3.2 is MET)] and [x.y not observed]",
                new Reason.Declared(new Reason.Conjunction(true, List.of(test,
                        new Reason.Negation(new Reason.StatusOf("6.1.1.L3.2", CriterionStatus.MET)),
                        new Reason.NotObserved("x.y")))));
        assertEquals("free text", new Reason.Prose("free text").text(Locale.CHINESE));
    }

    @Test
    void warnings() {
        check("attestations[2]: 1.1.1.L2.1 is attested MET twice; used once",
                new WarningDetail.DuplicateAttestation("attestations[2]", "1.1.1.L2.1", Verdict.MET));
        check("observations[0]: a.b is observed twice with the same value; used once",
                new WarningDetail.DuplicateObservation("observations[0]", "a.b"));
        check("attestations[0]: criterion '9.9' is not in the catalogue; the attestation is not used. ",
                new WarningDetail.UnknownCriterion("attestations[0]", "9.9", new Hint.None()));
        check("observations[1]: observation 'x' is not in the vocabulary; it is not used. Maybe you meant y, yy?",
                new WarningDetail.UnknownObservation("observations[1]", "x", new Hint.Closest(List.of("y", "yy"))));
        assertEquals("observations[1]：观测词汇表中没有 'x'，该观测未被使用。也许是指 y、yy？",
                new WarningDetail.UnknownObservation("observations[1]", "x", new Hint.Closest(List.of("y", "yy")))
                        .text(Locale.CHINESE));
        assertEquals("attestations[0]：目录中没有评估项 '9.9'，该认定未被使用。",
                new WarningDetail.UnknownCriterion("attestations[0]", "9.9", new Hint.None()).text(Locale.CHINESE));
        check("the attestation of 1.1.1.L2.1 observed on 2025-01-01 went stale on 2026-01-01; it is not used",
                new WarningDetail.StaleAttestation("1.1.1.L2.1", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        check("the observations deciding 1.1.1.L2.1 are older than its validity of 30 days (stale since 2026-01-01);"
                + " they are not used for it",
                new WarningDetail.StaleObservations("1.1.1.L2.1", 30, LocalDate.of(2026, 1, 1)));
        check("the waiver of 1.1.1.L2.1 expired on 2026-01-01; the criterion is assessed as usual",
                new WarningDetail.WaiverExpired("1.1.1.L2.1", LocalDate.of(2026, 1, 1)));
        check("6.1.1.L4.3 is attested MET but the observations give NOT_MET (continuity.backup.offsite = false, required"
                + " true); the attestation stands", new WarningDetail.Conflict("6.1.1.L4.3", CriterionStatus.MET,
                        CriterionStatus.NOT_MET, new Reason.Flag(OFFSITE)));
        check("a.b decided no criterion: no rule of this assessor reads it", new WarningDetail.UnusedObservation("a.b"));
        for (Verdict v : Verdict.values()) {
            check(new WarningDetail.NotARequirement("attestations[0]", "1.1.1.L1.1", 1, v).en(),
                    new WarningDetail.NotARequirement("attestations[0]", "1.1.1.L1.1", 1, v));
        }
        Warning w = new Warning(WarningCode.CONFLICT, "6.1.1.L4.3", new WarningDetail.Conflict("6.1.1.L4.3",
                CriterionStatus.MET, CriterionStatus.NOT_MET, new Reason.Flag(OFFSITE)));
        assertTrue(w.messageIn(Locale.CHINESE).contains("以认定为准"), w.messageIn(Locale.CHINESE));
        assertEquals(w.detail().en(), w.message());
        assertThrows(NullPointerException.class, () -> new Warning(WarningCode.CONFLICT, "x", (String) null));
    }

    @Test
    void aFindingKeepsItsOperandsAndRendersTheTextOnce() {
        Reason why = new Reason.Flag(OFFSITE);
        Finding f = new Finding("6.1.1.L4.3", "6.1.1.L4.3", false, why, List.of(OFFSITE));
        assertEquals(why, f.why());
        assertEquals(why.en(), f.reason());
        assertEquals(new Finding("6.1.1.L4.3", "6.1.1.L4.3", false, why.en(), List.of(OFFSITE)), f);
        Justification j = new Justification("6.1.1.L4.3", CriterionStatus.NOT_MET, f.why(), List.of(), f.observations());
        assertEquals(f.reason(), j.reason());
        assertTrue(j.reasonIn(Locale.CHINESE).contains("要求为真"));
    }

    /**
     * One of each kind, its data made of identifiers the test knows: the zh text, with those removed, has no
     * ASCII letter (the logic words, the unit words count and level, true, not, and so on are Chinese).
     */
    @Test
    void chineseThroughoutEveryKindButTheDataItEmbeds() {
        Observation lines = Observation.number("incident.support.lines", 3, "count");
        Observation tier = Observation.number("ops.tier", 2, "level");
        Parameter minLines = new Parameter("minSupportLines", 4, "count", Origin.TEXT);
        Reason.Part no = new Reason.Part(CriterionStatus.NOT_MET, new Reason.Flag(OFFSITE));
        Reason.Part unknown = new Reason.Part(CriterionStatus.UNKNOWN, new Reason.NotGiven("continuity.rpo.offsite"));
        Reason.Part yes = new Reason.Part(CriterionStatus.MET, new Reason.Comparison(lines, Reason.Operator.AT_LEAST,
                "minSupportLines", minLines, true, false));
        List<Reason> reasons = List.of(new Reason.Flag(OFFSITE),
                new Reason.Comparison(lines, Reason.Operator.AT_LEAST, "minSupportLines", minLines, false, false),
                new Reason.Comparison(RPO, Reason.Operator.BELOW, "maxRpo", MAX_RPO_S, true, false),
                new Reason.SetCheck(TOOLS, true, List.of("prometheus", "zabbix")),
                new Reason.SetCheck(TOOLS, false, List.of("zabbix")),
                new Reason.SizeCheck(TOOLS, "minTools", new Parameter("minTools", 3, "count", Origin.TEXT), false, false),
                new Reason.NotGiven("continuity.rpo.same-city"),
                new Reason.Combined(true, CriterionStatus.NOT_MET, List.of(no, unknown, yes), 0),
                new Reason.Combined(false, CriterionStatus.UNKNOWN, List.of(unknown, no), -1),
                new Reason.Attested(Attestation.partial("6.1.1.L3.2", Coverage.MOST, "6/9"), Coverage.ALL),
                new Reason.Attested(new Attestation("6.1.1.L3.2", Verdict.NOT_MET, Evidence.none().withBy("auditor")),
                        Coverage.ALL),
                new Reason.Waived(Waiver.notApplicable("6.1.1.L4.3", "-", "cto", LocalDate.of(2027, 1, 31))),
                new Reason.Waived(Waiver.disabled("6.1.1.L4.3", "-")),
                new Reason.Declared(new Reason.Conjunction(false, List.of(
                        new Reason.Test(tier, new Condition.AtLeast("ops.tier", 3, "level"), false),
                        new Reason.Test(lines, new Condition.Equals("incident.support.lines", 3, "count"), true),
                        new Reason.Test(TOOLS, new Condition.Contains("monitoring.tools", "zabbix"), false),
                        new Reason.Test(RPO, new Condition.AtMost("continuity.rpo.offsite", 15, "min"), false),
                        new Reason.Negation(new Reason.StatusOf("6.1.1.L3.2", CriterionStatus.MET)),
                        new Reason.NotObserved("x.y")))),
                new Reason.Prose("12"));
        List<String> data = List.of("incident.support.lines", "minSupportLines", "continuity.backup.offsite",
                "continuity.rpo.offsite", "continuity.rpo.same-city", "maxRpo", "monitoring.tools", "grafana",
                "prometheus", "zabbix", "minTools", "auditor", "cto", "ops.tier", "x.y", "false");
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        for (Reason r : reasons) {
            kinds(r, seen);
            assertNoEnglish(r.text(Locale.CHINESE), data);
        }
        assertEquals(java.util.Set.of(Reason.class.getPermittedSubclasses()), seen, "a kind of reason is not tried in zh");

        List<WarningDetail> details = List.of(
                new WarningDetail.UnknownCriterion("attestations[0]", "9.9", new Hint.None()),
                new WarningDetail.UnknownObservation("observations[1]", "x.y", new Hint.Closest(List.of("x.z"))),
                new WarningDetail.NotARequirement("attestations[0]", "1.1.1.L1.1", 1, Verdict.MET),
                new WarningDetail.NotARequirement("attestations[0]", "1.1.1.L1.1", 1, Verdict.NOT_MET),
                new WarningDetail.NotARequirement("attestations[0]", "1.1.1.L1.1", 1, Verdict.PARTIAL),
                new WarningDetail.DuplicateAttestation("attestations[2]", "1.1.1.L2.1", Verdict.PARTIAL),
                new WarningDetail.DuplicateObservation("observations[0]", "x.y"),
                new WarningDetail.StaleAttestation("1.1.1.L2.1", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
                new WarningDetail.StaleObservations("1.1.1.L2.1", 30, LocalDate.of(2026, 1, 1)),
                new WarningDetail.WaiverExpired("1.1.1.L2.1", LocalDate.of(2026, 1, 1)),
                new WarningDetail.Conflict("2.1.2.L3.1", CriterionStatus.MET, CriterionStatus.NOT_MET, reasons.get(7)),
                new WarningDetail.UnusedObservation("x.y"),
                new WarningDetail.Prose("12"));
        List<String> ids = new java.util.ArrayList<>(data);
        ids.addAll(List.of("attestations", "observations", "1.1.1.L1.1", "1.1.1.L2.1", "2.1.2.L3.1", "x.z"));
        for (WarningDetail d : details) {
            assertNoEnglish(d.text(Locale.CHINESE), ids);
        }
        assertEquals(java.util.Set.of(WarningDetail.class.getPermittedSubclasses()),
                details.stream().map(Object::getClass).collect(java.util.stream.Collectors.toSet()),
                "a kind of warning is not tried in zh");
    }

    /** Every kind of hint in zh: Chinese, with no ASCII word but the ids, names, commands and files it embeds. */
    @Test
    void everyHintInChinese() {
        List<Hint> hints = List.of(new Hint.Closest(List.of("1.1.1.L1.1", "monitoring.tools")),
                new Hint.StripSpaces("1.1.1.L1.1"), new Hint.EmptyCell("1.1.2.L1", CellKind.NONE),
                new Hint.EmptyCell("1.1.2.L5", CellKind.SAME), new Hint.EmptyCell("7.1.1.L5", CellKind.EMPTY),
                new Hint.EmptyCell("1.1.1.L1", CellKind.CRITERIA),
                new Hint.AttestPointsOneByOne("1.1.1.L2", "1.1.1.L2.1", "1.1.1.L2.5"),
                new Hint.AttestPointsOneByOne("1.2.1.L1", "1.2.1.L1.1", "1.2.1.L1.1"),
                new Hint.AttestItemCriteria("1.1.1"), new Hint.IdForm(), new Hint.NameForm(), new Hint.LookUpCriterion(),
                new Hint.LookUpName());
        List<String> embedded = List.of("monitoring.tools", "monitoring.processing.latency", "'catalog --observations'",
                "'catalog'", "docs/criteria.md", "docs/observations.md", ".L");
        for (Hint h : hints) {
            String zh = h.text(Locale.CHINESE);
            assertNotEquals(h.en(), zh);
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
            assertNoEnglish(zh, embedded);
        }
        assertEquals("", new Hint.None().text(Locale.CHINESE));
        java.util.Set<Class<?>> kinds = new java.util.HashSet<>(hints.stream().map(Object::getClass).toList());
        kinds.add(Hint.None.class);
        assertEquals(java.util.Set.of(Hint.class.getPermittedSubclasses()), kinds, "a kind of hint is not tried in zh");
    }

    /** No ASCII letter in a zh text once the identifiers and data it embeds are taken out. */
    private static void assertNoEnglish(String zh, List<String> data) {
        String rest = zh;
        for (String d : data) {
            rest = rest.replace(d, "");
        }
        rest = rest.replaceAll("[0-9]+\\.[0-9]+\\.[0-9]+\\.L[0-9]\\.[0-9]+", ""); // criterion ids
        rest = rest.replaceAll("(?<=[0-9] )(ms|s|min|h|d|[KMGTP]?B)(?![A-Za-z])", ""); // unit symbols after a number
        assertTrue(rest.chars().noneMatch(c -> c < 128 && Character.isLetter(c)), "English in zh: " + zh + " -> " + rest);
    }

    /** The kinds of a reason and of every reason inside it (a declared outcome, a conjunction's parts, a negation). */
    private static void kinds(Reason r, java.util.Set<Class<?>> seen) {
        seen.add(r.getClass());
        if (r instanceof Reason.Declared d) {
            kinds(d.outcome(), seen);
        } else if (r instanceof Reason.Conjunction c) {
            c.parts().forEach(p -> kinds(p, seen));
        } else if (r instanceof Reason.Negation n) {
            kinds(n.inner(), seen);
        }
    }
}
