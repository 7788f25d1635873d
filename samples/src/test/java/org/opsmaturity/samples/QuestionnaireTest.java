package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Source;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.reports.Questionnaire;
import org.opsmaturity.reports.QuestionnaireException;
import org.opsmaturity.schemas.Schemas;

/** Exporting the questionnaire, filling it in as an interviewer would, and importing it as facts. */
class QuestionnaireTest {
    static final Catalog CATALOG = Catalog.standard();

    static List<List<String>> rows(String csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.substring(1))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    static String csv(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        for (List<String> r : rows) {
            s.append(String.join(",", r.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        return s.toString();
    }

    @Test
    void csvHasOneRowPerRequirementWithEmptyAnswerColumns() throws Exception {
        String csv = Questionnaire.export(CATALOG, "", java.util.Locale.forLanguageTag("en")).csv();
        assertTrue(csv.startsWith("\uFEFF\"id\",\"item\",\"level\",\"criterion\",\"illustration\",\"verdict\",\"evidence\","
                + "\"assessor\",\"date\",\"link\",\"also answers\"\r\n"), csv.substring(0, 140));
        List<List<String>> rows = rows(csv);
        // each requirement once, except the 6 that repeat a lower level's question (6.1.1.L4.1 = L3.1, ...)
        assertEquals(CATALOG.requirements().size() - 6 + 1, rows.size());
        List<String> first = rows.get(1);
        assertEquals("1.1.1.L1.1", first.get(0));
        assertEquals("1.1.1 Collection service", first.get(1));
        assertEquals("1", first.get(2));
        assertEquals(CATALOG.criterion("1.1.1.L1.1").text().en(), first.get(3));
        assertEquals(CATALOG.criterion("1.1.1.L1.1").illustration().en(), first.get(4));
        assertEquals(List.of("", "", "", "", "", ""), first.subList(5, 11));
        List<List<String>> zh = rows(Questionnaire.export(CATALOG, "6", java.util.Locale.forLanguageTag("zh")).csv());
        assertEquals("编号", zh.get(0).get(0));
        assertEquals(CATALOG.domain("6").items().stream().mapToLong(i -> i.criteria().stream()
                .filter(c -> c.isRequirement()).count()).sum() - 6 + 1, zh.size());
        assertTrue(zh.stream().skip(1).allMatch(r -> r.get(0).startsWith("6.")));
        assertEquals(CATALOG.criterion(zh.get(1).get(0)).text().zh(), zh.get(1).get(3));
    }

    @Test
    void markdownFormListsEveryRequirementOfTheDomain() {
        String md = Questionnaire.export(CATALOG, "7", java.util.Locale.forLanguageTag("zh")).markdown();
        assertTrue(md.startsWith("# 成熟度访谈问卷"), md.substring(0, 40));
        assertEquals(CATALOG.domain("7").items().stream().mapToLong(i -> i.criteria().stream()
                .filter(c -> c.isRequirement()).count()).sum(), md.lines().filter(l -> l.startsWith("| `7.")).count());
    }

    @Test
    void aFilledQuestionnaireImportsAsValidFactsThatDecideTheCriteria() throws Exception {
        List<List<String>> rows = rows(Questionnaire.export(CATALOG, "6", java.util.Locale.forLanguageTag("zh")).csv());
        // the interviewer answers three rows, one with Chinese words, leaves the rest empty and adds a column
        rows.get(0).add("备注");
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).add("");
        }
        fill(rows.get(1), "met", "RTO/RPO standard v2 (wiki)", "auditor-li", "2026-11-20");
        fill(rows.get(2), "否", "no automated RTO monitoring", "auditor-li", "");
        fill(rows.get(3), "unknown", "", "", "");
        Questionnaire.Answers r = Questionnaire.read("\uFEFF" + csv(rows), "bcm.csv", "Harbor", CATALOG);
        assertEquals(2, r.answered());
        assertEquals(rows.size() - 1 - 2, r.notKnown(), "the unanswered rows and the one marked unknown");
        Facts f = r.facts();
        String json = Json.write(f);
        assertEquals(List.of(), Schemas.validate(Schemas.FACTS, json), json);
        assertEquals(f, Json.readFacts(json));
        Assessment a = ReportsTest.ON_THE_DAY.evaluate(f);
        String met = rows.get(1).get(0);
        assertEquals(CriterionStatus.MET, a.status(met));
        assertEquals(Source.ATTESTATION, a.criterion(met).source());
        assertEquals(Verdict.NOT_MET, f.attestations().get(1).verdict());
        assertEquals("auditor-li", f.attestations().get(0).evidence().by());
        assertEquals("2026-11-20", f.attestations().get(0).evidence().observedAt().orElseThrow().toString());
        assertEquals("Harbor", f.subject());
    }

    private static void fill(List<String> row, String verdict, String evidence, String assessor, String date) {
        row.set(5, verdict);
        row.set(6, evidence);
        row.set(7, assessor);
        row.set(8, date);
    }

    @Test
    void everyBadRowIsReportedWithRowColumnAndValue() throws Exception {
        List<List<String>> rows = rows(Questionnaire.export(CATALOG, "1", java.util.Locale.forLanguageTag("en")).csv());
        fill(rows.get(1), "maybe", "", "", "");
        fill(rows.get(2), "met", "", "", "20.11.2026");
        rows.get(3).set(0, "1.1.1.L9.1");
        fill(rows.get(3), "met", "", "", "");
        fill(rows.get(4), "met", "", "", "");
        rows.get(5).set(0, rows.get(4).get(0));
        fill(rows.get(5), "not_met", "", "", "");
        QuestionnaireException e = assertThrows(QuestionnaireException.class,
                () -> Questionnaire.read(csv(rows), "filled.csv", "", CATALOG));
        List<String> lines = e.problems().stream().map(QuestionnaireException.Problem::display).toList();
        assertEquals(List.of(
                "row 2, column verdict: 'maybe' is not valid; expected met, not_met, partial some or partial most (or yes/no, "
                        + "是/否, 达标/未达标), "
                        + "or empty when not known",
                "row 3, column date: '20.11.2026' is not valid; expected a date YYYY-MM-DD (or YYYY/MM/DD) from 1970-01-01 "
                        + "to 9899-12-31",
                "row 4, column id: '1.1.1.L9.1' is not valid; expected a criterion id of the catalogue (Maybe you meant "
                        + "1.1.1.L1.1, 1.1.1.L2.1, 1.1.1.L3.1?)",
                "row 6, column id: '" + rows.get(4).get(0) + "' is not valid; expected each criterion once (row 5 has it too)"),
                lines);
        assertTrue(e.getMessage().startsWith("filled.csv: 4 bad rows"), e.getMessage());
    }

    @Test
    void aCsvWithoutTheNeededColumnsOrNotACsvIsRejected() {
        QuestionnaireException e = assertThrows(QuestionnaireException.class,
                () -> Questionnaire.read("a,b\r\n1,2\r\n", "x.csv", "", CATALOG));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).display().startsWith("row 1, column id: missing"), e.getMessage());
        QuestionnaireException q = assertThrows(QuestionnaireException.class,
                () -> Questionnaire.read("id,verdict\r\n\"1.1.1.L1.1,met\r\n", "x.csv", "", CATALOG));
        assertTrue(q.getMessage().contains("row 2"), q.getMessage());
    }
}
