package org.opsmaturity.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Verdict;

/**
 * The questionnaire items of issue 16: company criteria of a profile asked and accepted, the same question at
 * several levels asked once, spreadsheet dates, an export pre-filled from facts; each with bad input.
 */
class QuestionnaireItemsTest {
    static final Catalog STANDARD = Catalog.standard();
    static final String HEADER = "id,verdict,evidence,assessor,date,link\r\n";

    static Questionnaire.Answers read(String rows, Catalog catalog) {
        return Questionnaire.read(HEADER + rows, "filled.csv", "Harbor", catalog);
    }

    static Map<String, Attestation> byId(Facts f) {
        return f.attestations().stream().collect(Collectors.toMap(Attestation::criterionId, a -> a));
    }

    @Test
    void aProfilesCompanyCriteriaAreAskedAndAcceptedAsAssessAcceptsThem(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("acme-profile.json"), """
                {"criteria": [{"id": "acme.2.2.1.L3.1", "item": "2.2.1", "level": 3, "en": "Change success is at least 98 %",
                  "condition": {"observation": "change.deployment.success-rate", "atLeast": 98, "unit": "%"}}]}
                """);
        Assessor acme = Assessor.builder().profile(profile).build();
        String csv = Questionnaire.export(acme.catalog(), "2", Locale.ENGLISH).csv();
        assertTrue(csv.contains("\r\n\"acme.2.2.1.L3.1\",\"2.2.1 Change process management\",\"3\",\"Change success is at "
                + "least 98 %\""), csv);
        Questionnaire.Answers r = read("acme.2.2.1.L3.1,met,CAB minutes,li,2026-11-20,\r\n", acme.catalog());
        assertEquals(CriterionStatus.MET, acme.evaluate(r.facts()).status("acme.2.2.1.L3.1"));
        QuestionnaireException e = assertThrows(QuestionnaireException.class,
                () -> read("acme.2.2.1.L3.1,met,,,,\r\n", STANDARD));
        assertEquals("row 2, column id: 'acme.2.2.1.L3.1' is not valid; expected a criterion id of the catalogue",
                e.problems().get(0).display().replaceAll(" \\(Maybe.*", ""));
    }

    @Test
    void theSameQuestionAtSeveralLevelsIsAskedOnceAndItsAnswerCountsForAll() {
        String csv = Questionnaire.export(STANDARD, "6", Locale.ENGLISH).csv();
        assertTrue(csv.contains("\"6.1.1.L3.1\",\"6.1.1 Measuring RTO and RPO\",\"3\""), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("\"6.1.1.L3.1\"") && l.endsWith(",\"6.1.1.L4.1, 6.1.1.L5.1\"")));
        assertFalse(csv.contains("\"6.1.1.L4.1\",\"6.1.1"), "asked once");
        assertFalse(csv.contains("\"6.1.1.L5.1\",\"6.1.1"), "asked once");
        assertTrue(Questionnaire.export(STANDARD, "6", Locale.CHINESE).markdown()
                .contains(" (同时回答 6.1.1.L4.1, 6.1.1.L5.1：同一问题在更高级别再次出现) |"), "the form notes it");

        Questionnaire.Answers r = read("6.1.1.L3.1,met,RTO standard v2,li,2026-11-20,\r\n", STANDARD);
        assertEquals(1, r.answered());
        assertEquals(2, r.sameQuestion());
        Map<String, Attestation> a = byId(r.facts());
        for (String id : List.of("6.1.1.L3.1", "6.1.1.L4.1", "6.1.1.L5.1")) {
            assertEquals(Verdict.MET, a.get(id).verdict(), id);
            assertEquals("RTO standard v2", a.get(id).evidence().text(), id);
        }
        // an older form that asks each level: agreeing answers are kept as given, no copy doubles them
        Questionnaire.Answers old = read("6.1.1.L3.1,met,,,,\r\n6.1.1.L4.1,met,v3,,,\r\n", STANDARD);
        assertEquals(3, old.facts().attestations().size());
        assertEquals("v3", byId(old.facts()).get("6.1.1.L4.1").evidence().text());
        // ... and disagreeing answers are refused, naming both rows
        QuestionnaireException e = assertThrows(QuestionnaireException.class,
                () -> read("6.1.1.L3.1,met,,,,\r\n6.1.1.L5.1,no,,,,\r\n", STANDARD));
        assertEquals("row 3, column verdict: 'not_met' is not valid; expected the answer of row 2 (met): 6.1.1.L5.1 asks "
                + "the same question as 6.1.1.L3.1 (Maybe answer it once; the answer counts for 6.1.1.L3.1, 6.1.1.L4.1, "
                + "6.1.1.L5.1)", e.problems().get(0).display());
    }

    @Test
    void spreadsheetDatesAreAcceptedAndImpossibleOnesNamed() {
        Questionnaire.Answers r = read("1.1.1.L1.1,met,,,2026/11/20,\r\n1.1.1.L2.1,met,,,2026.1.5,\r\n"
                + "1.1.1.L3.1,met,,,2026年11月2日,\r\n", STANDARD);
        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 2)),
                r.facts().attestations().stream().map(x -> x.evidence().observedAt().orElseThrow()).toList());
        QuestionnaireException e = assertThrows(QuestionnaireException.class, () -> read("1.1.1.L1.1,met,,,2026/13/01,\r\n"
                + "1.1.1.L2.1,met,,,20/11/2026,\r\n1.1.1.L3.1,met,,,1900/01/01,\r\n", STANDARD));
        assertEquals(List.of("2026/13/01", "20/11/2026", "1900/01/01"), e.problems().stream().map(p -> p.value()).toList());
        assertEquals("row 2, column date: '2026/13/01' is not valid; expected a date YYYY-MM-DD (or YYYY/MM/DD) from "
                + "1970-01-01 to 9899-12-31", e.problems().get(0).display());
    }

    @Test
    void anExportPrefilledFromFactsImportsBackToTheSameAttestations() {
        Attestation met = new Attestation("6.1.1.L2.1", Verdict.MET,
                new Evidence("RTO standard v2", "https://wiki.example/rto", "li", java.util.Optional.of(LocalDate.of(2026, 11, 20))));
        Attestation partial = Attestation.partial("6.2.1.L3.1", Coverage.MOST, "plan covers most services");
        Attestation higher = Attestation.notMet("6.1.1.L4.1", "no automated RTO monitoring");
        Facts facts = Facts.builder().subject("Harbor").attest(met).attest(partial).attest(higher)
                .attest(Attestation.met("1.1.1.L1.1", "agents everywhere"))
                .observe("continuity.availability", 99.97, "%").build();
        Questionnaire q = Questionnaire.export(STANDARD, "6", Locale.ENGLISH).prefilled(facts);
        String csv = q.csv();
        assertTrue(csv.contains(",\"met\",\"RTO standard v2\",\"li\",\"2026-11-20\",\"https://wiki.example/rto\","), csv);
        assertTrue(csv.contains(",\"partial most\",\"plan covers most services\","), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("\"6.1.1.L3.1\"") && l.contains(",\"not_met\",\"no automated")),
                "the higher level's attestation fills the row that asks its question");
        assertEquals(List.of("the attestation of 1.1.1.L1.1 is not asked in this questionnaire (domain 6 only)",
                "1 observation is not part of a questionnaire (it asks for attestations): keep the facts file for them"),
                q.warnings());
        Questionnaire.Answers back = Questionnaire.read(csv, "prefilled.csv", "Harbor", STANDARD);
        Map<String, Attestation> a = byId(back.facts());
        assertEquals(met, a.get("6.1.1.L2.1"));
        assertEquals(partial, a.get("6.2.1.L3.1"));
        assertEquals(new Attestation("6.1.1.L3.1", higher.verdict(), higher.evidence(), higher.coverage()), a.get("6.1.1.L3.1"));
        assertEquals(higher, a.get("6.1.1.L4.1"));
        assertTrue(Questionnaire.export(STANDARD, "", Locale.ENGLISH).warnings().isEmpty());
    }

    @Test
    void aPartialVerdictWithoutHowMuchIsRefusedWithTheWordsThatWork() {
        QuestionnaireException e = assertThrows(QuestionnaireException.class, () -> read("1.1.1.L1.1,partial,,,,\r\n", STANDARD));
        assertEquals("row 2, column verdict: 'partial' is not valid; expected met, not_met, partial some or partial most "
                + "(or yes/no, 是/否, 达标/未达标), or empty when not known (a partial verdict says how much: partial some or "
                + "partial most)", e.problems().get(0).display());
        assertEquals(Coverage.SOME, read("1.1.1.L1.1,Partial (some),,,,\r\n", STANDARD).facts().attestations().get(0).coverage());
    }
}
