package org.opsmaturity.reports;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Coverage;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.reports.internal.Labels;
import org.opsmaturity.reports.internal.QuestionnaireForm;


/**
 * Reads a filled questionnaire CSV into facts: one attestation per row with a verdict. The header row
 * names the columns in English or Chinese (as {@link QuestionnaireForm} writes them); only {@code id} and
 * {@code verdict} are required, other columns (e.g. notes an interviewer added) are ignored. Rows with
 * an empty verdict are not known and give no fact. Every bad row is reported, not only the first.
 */
final class QuestionnaireImport {
    /** Words accepted as a verdict besides met / not_met, case-insensitive. */
    static final Map<String, Verdict> WORDS = Map.ofEntries(
            Map.entry("yes", Verdict.MET), Map.entry("y", Verdict.MET), Map.entry("no", Verdict.NOT_MET),
            Map.entry("n", Verdict.NOT_MET), Map.entry("是", Verdict.MET), Map.entry("否", Verdict.NOT_MET),
            Map.entry("达标", Verdict.MET), Map.entry("未达标", Verdict.NOT_MET), Map.entry("符合", Verdict.MET),
            Map.entry("不符合", Verdict.NOT_MET), Map.entry("满足", Verdict.MET), Map.entry("不满足", Verdict.NOT_MET));
    /** Words that mean "not known", like an empty cell. */
    static final List<String> NOT_KNOWN = List.of("unknown", "?", "n/a", "未知", "不确定");
    /** What a verdict cell may say, for messages. */
    static final String VERDICTS = "met, not_met, partial some or partial most (or yes/no, 是/否, 达标/未达标)";
    private static final Pattern PARTIAL = Pattern.compile("partial[ _:-]*\\(?(some|most)\\)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-|/|\\.|年)(\\d{1,2})(?:-|/|\\.|月)(\\d{1,2})日?");

    private QuestionnaireImport() {
    }

    /**
     * Reads the CSV text (a leading byte-order mark is ignored). {@code file} names the source in
     * messages. Throws a {@link QuestionnaireException} listing every bad row.
     */
    static Questionnaire.Answers read(String csv, String file, String subject, Catalog catalog) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = parse(text, file);
        if (rows.isEmpty()) {
            throw new QuestionnaireException(file, List.of(new QuestionnaireException.Problem(1, "(header)", "",
                    "a header row: " + String.join(",", QuestionnaireForm.COLUMNS), "")));
        }
        List<QuestionnaireException.Problem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(rows.get(0), problems);
        for (String required : List.of("id", "verdict")) {
            if (!columns.containsKey(required)) {
                String header = String.join(",", rows.get(0));
                String separator = header.contains(";") ? "';'" : header.contains("\t") ? "a tab" : "";
                problems.add(new QuestionnaireException.Problem(1, required, "", "a column named " + required + " or "
                        + Labels.of("zh").format("q_col_" + required) + " in the header row", separator.isEmpty() ? ""
                                : "the columns seem separated by " + separator + ": save the file as comma-separated CSV "
                                        + "(CSV UTF-8)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new QuestionnaireException(file, problems);
        }
        Map<String, List<String>> same = QuestionnaireForm.sameQuestions(catalog);
        List<Answer> answers = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int notKnown = 0;
        List<String> warnings = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String id = cell(row, columns, "id");
            String verdictText = cell(row, columns, "verdict");
            int before = problems.size();
            Optional<Criterion> criterion = catalog.findCriterion(id);
            if (id.isEmpty()) {
                problems.add(problem(rowNumber, "id", id, "a criterion id such as 1.1.1.L3.4", ""));
            } else if (criterion.isEmpty()) {
                problems.add(problem(rowNumber, "id", id, "a criterion id of the catalogue",
                        Strings.maybe(id, catalog.criterionIds())));
            } else if (!criterion.get().isRequirement()) {
                problems.add(problem(rowNumber, "id", id, "a requirement (this criterion only describes a shortfall "
                        + "and gates nothing)", "Maybe delete the row"));
            }
            Attestation verdict = null;
            if (!verdictText.isEmpty() && !NOT_KNOWN.contains(verdictText.toLowerCase(Locale.ROOT))) {
                verdict = verdict(id, verdictText);
                if (verdict == null) {
                    problems.add(problem(rowNumber, "verdict", verdictText, VERDICTS + ", or empty when not known",
                            verdictText.toLowerCase(Locale.ROOT).startsWith("partial")
                                    ? "a partial verdict says how much: partial some or partial most" : ""));
                }
            }
            Optional<LocalDate> date = Optional.empty();
            String dateText = cell(row, columns, "date");
            if (!dateText.isEmpty()) {
                date = date(dateText);
                if (date.isEmpty()) {
                    problems.add(problem(rowNumber, "date", dateText, "a date YYYY-MM-DD (or YYYY/MM/DD) from "
                            + Evidence.FIRST_DATE + " to " + Evidence.LAST_DATE, ""));
                }
            }
            if (verdict != null && criterion.isPresent()) {
                Integer earlier = firstRow.putIfAbsent(id, rowNumber);
                if (earlier != null) {
                    problems.add(problem(rowNumber, "id", id, "each criterion once", "row " + earlier + " has it too"));
                }
            }
            for (String column : List.of("evidence", "assessor", "link")) {
                String value = cell(row, columns, column);
                if (value.length() > Json.MAX_STRING_LENGTH) {
                    problems.add(problem(rowNumber, column, value, "at most " + Json.MAX_STRING_LENGTH + " characters (it "
                            + "has " + value.length() + ")", "Maybe link long evidence instead of pasting it"));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            if (verdict == null) {
                notKnown++;
                if (!cell(row, columns, "evidence").isEmpty()) {
                    warnings.add("row " + rowNumber + ": " + MaturityException.cut(id) + " has evidence but no verdict; "
                            + "the row is not known and its evidence is not imported");
                }
                continue;
            }
            Evidence evidence = new Evidence(cell(row, columns, "evidence"), cell(row, columns, "link"),
                    cell(row, columns, "assessor"), date);
            answers.add(new Answer(rowNumber, new Attestation(id, verdict.verdict(), evidence, verdict.coverage())));
        }
        Facts.Builder facts = Facts.builder().subject(subject);
        int sameQuestion = 0;
        java.util.Set<String> attested = new java.util.HashSet<>(firstRow.keySet());
        for (Answer answer : answers) {
            Attestation a = answer.attestation();
            facts.attest(a);
            for (String other : same.getOrDefault(a.criterionId(), List.of())) {
                if (other.equals(a.criterionId())) {
                    continue;
                }
                Integer own = firstRow.get(other);
                if (own == null && attested.add(other)) {
                    facts.attest(new Attestation(other, a.verdict(), a.evidence(), a.coverage()));
                    sameQuestion++;
                } else if (own != null && own > answer.row()) {
                    Attestation b = answers.stream().filter(x -> x.row() == own).findFirst().orElseThrow().attestation();
                    if (b.verdict() != a.verdict() || b.coverage() != a.coverage()) {
                        problems.add(problem(own, "verdict", verdictWord(b), "the answer of row " + answer.row() + " ("
                                + verdictWord(a) + "): " + other + " asks the same question as " + a.criterionId(),
                                "Maybe answer it once; the answer counts for " + String.join(", ",
                                        same.get(a.criterionId()))));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new QuestionnaireException(file, problems);
        }
        return new Questionnaire.Answers(facts.build(), answers.size(), notKnown, sameQuestion, warnings);
    }

    /** An answered row: its number and the attestation it gives. */
    private record Answer(int row, Attestation attestation) {
    }

    private static String verdictWord(Attestation a) {
        return a.verdict() == Verdict.PARTIAL ? "partial " + a.coverage().name().toLowerCase(Locale.ROOT)
                : a.verdict().name().toLowerCase(Locale.ROOT);
    }

    /** YYYY-MM-DD, or as spreadsheets write dates: YYYY/M/D, YYYY.M.D, YYYY年M月D日; in the evidence date range. */
    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.isBefore(Evidence.FIRST_DATE) || d.isAfter(Evidence.LAST_DATE) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static QuestionnaireException.Problem problem(int row, String column, String value, String expected,
            String hint) {
        return new QuestionnaireException.Problem(row, column, value, expected, hint);
    }

    /** The verdict (and coverage) of a cell, as an attestation of {@code id}, or null when the cell is not one. */
    private static Attestation verdict(String id, String text) {
        String w = text.trim().toLowerCase(Locale.ROOT);
        Verdict v = WORDS.get(w);
        if (v != null) {
            return new Attestation(id, v, Evidence.none());
        }
        Matcher partial = PARTIAL.matcher(w);
        if (partial.matches()) {
            return new Attestation(id, Verdict.PARTIAL, Evidence.none(),
                    partial.group(1).equals("some") ? Coverage.SOME : Coverage.MOST);
        }
        if (w.equals("met") || w.equals("not_met") || w.equals("not met") || w.equals("not-met")) {
            return new Attestation(id, w.equals("met") ? Verdict.MET : Verdict.NOT_MET, Evidence.none());
        }
        return null;
    }

    /** Column name (in English) to index, from a header in English or Chinese. */
    private static Map<String, Integer> columns(List<String> header, List<QuestionnaireException.Problem> problems) {
        Map<String, String> names = new HashMap<>();
        for (String lang : Labels.LANGUAGES) {
            Labels t = Labels.of(lang);
            for (String c : QuestionnaireForm.COLUMNS) {
                names.put(t.format("q_col_" + c).toLowerCase(Locale.ROOT), c);
            }
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String c = names.get(header.get(i).trim().toLowerCase(Locale.ROOT));
            if (c != null && columns.putIfAbsent(c, i) != null) {
                problems.add(new QuestionnaireException.Problem(1, header.get(i), header.get(i), "each column once (columns "
                        + (columns.get(c) + 1) + " and " + (i + 1) + " are both " + c + ")", "Maybe delete one of them"));
            }
        }
        return columns;
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.size() || row.get(i) == null ? "" : row.get(i).trim();
    }

    private static List<List<String>> parse(String text, String file) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new QuestionnaireException(file, List.of(new QuestionnaireException.Problem(rows.size() + 1, "(row)",
                    "", "a well-formed CSV row (" + MaturityException.cut(e.getMessage()) + ")",
                    "Maybe a quote is not closed")));
        }
        return rows;
    }
}
