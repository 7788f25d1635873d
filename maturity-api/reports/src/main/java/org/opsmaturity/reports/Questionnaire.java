package org.opsmaturity.reports;

import java.util.List;
import java.util.Locale;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.reports.internal.QuestionnaireForm;

/**
 * The interview questionnaire: one row per requirement of a catalogue (or of one of its domains), with its
 * id, item, level, text and illustration, and columns for the verdict, the evidence, the assessor and the
 * date. {@link #csv()} writes it for a spreadsheet (UTF-8 with a byte-order mark, so spreadsheet programs
 * read the Chinese text), {@link #markdown()} as a form to print or put in a wiki, and {@link #read} turns
 * a filled CSV back into facts.
 */
public final class Questionnaire {
    /** The CSV columns, in order; the header row names them in the questionnaire's language. */
    public static final List<String> COLUMNS = QuestionnaireForm.COLUMNS;

    private final QuestionnaireForm form;

    private Questionnaire(QuestionnaireForm form) {
        this.form = form;
    }

    /**
     * The questionnaire of a catalogue: {@link Catalog#standard()}, or an assessor's catalogue with a
     * company's criteria ({@code assessor.catalog()}).
     *
     * @param catalog the catalogue whose requirements are asked
     * @param domain a domain id of the catalogue, or "" for every domain
     * @param locale the language: a locale of language {@code en} or {@code zh}
     * @return the questionnaire, with empty answer columns
     * @throws MaturityException if the domain is not one of the catalogue's or the language is neither en nor zh
     */
    public static Questionnaire export(Catalog catalog, String domain, Locale locale) {
        return new Questionnaire(QuestionnaireForm.of(catalog, domain, Report.language(locale)));
    }

    /**
     * The same questionnaire with the answers that a facts document's attestations give filled in (verdict,
     * evidence, assessor, date, link), to check and complete in an interview and import again. What the facts
     * hold that a questionnaire cannot carry is listed in {@link #warnings()}.
     *
     * @param facts the facts whose attestations fill the answer columns
     * @return the pre-filled questionnaire
     */
    public Questionnaire prefilled(Facts facts) {
        return new Questionnaire(form.prefilled(java.util.Objects.requireNonNull(facts, "facts")));
    }

    /**
     * What a {@link #prefilled} questionnaire could not carry from the facts: its observations, attestations of
     * criteria it does not ask, same questions attested differently. Empty for a blank questionnaire.
     *
     * @return one sentence each
     */
    public List<String> warnings() {
        return form.warnings();
    }

    /**
     * How many questions the questionnaire asks: its rows.
     *
     * @return the number of questions
     */
    public int size() {
        return form.questions().size();
    }

    /**
     * The questionnaire as a CSV text: a byte-order mark, the header row and one row per requirement,
     * CRLF line ends (RFC 4180).
     *
     * @return the CSV text
     */
    public String csv() {
        return form.csv();
    }

    /**
     * The questionnaire as a Markdown form.
     *
     * @return the Markdown text
     */
    public String markdown() {
        return form.markdown();
    }

    /**
     * What a filled questionnaire holds: the facts (one attestation per answered row), how many rows were
     * answered and how many left not known, and warnings about what was read but not used.
     *
     * @param facts the attestations, as facts of the subject
     * @param answered the rows with a verdict
     * @param notKnown the rows without one (empty or "unknown")
     * @param sameQuestion the attestations added because a row's answer also answers the same question asked at
     *        other levels (6.1.1.L3.1 = L4.1 = L5.1), beyond the rows themselves
     * @param warnings what was read but not imported, one sentence each
     */
    public record Answers(Facts facts, int answered, int notKnown, int sameQuestion, List<String> warnings) {
        /**
         * The answers, with an immutable copy of the warnings.
         *
         * @param facts the attestations, as facts of the subject
         * @param answered the rows with a verdict
         * @param notKnown the rows without one (empty or "unknown")
         * @param sameQuestion the attestations added because a row's answer also answers the same question asked at
         *                     other levels (6.1.1.L3.1 = L4.1 = L5.1), beyond the rows themselves
         * @param warnings what was read but not imported, one sentence each
         * @throws NullPointerException if facts or warnings is null
         */
        public Answers {
            java.util.Objects.requireNonNull(facts, "facts");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads a filled questionnaire CSV into facts. The header row names the columns in English or Chinese
     * (as {@link #csv()} writes them); only {@code id} and {@code verdict} are required, other columns are
     * ignored; a leading byte-order mark is ignored. Rows with an empty verdict are not known and give no fact.
     * A verdict is met, not_met, partial some or partial most (or yes/no, 是/否, 达标/未达标); a date YYYY-MM-DD
     * or as spreadsheets write it (YYYY/MM/DD, YYYY.MM.DD, YYYY年MM月DD日). An answer also answers the same
     * question asked at other levels of the item (the CSV's column {@code also}), unless their own rows answer
     * them; their answers must then agree.
     *
     * @param csv the CSV text
     * @param file the name of its source, for messages
     * @param subject the subject of the facts
     * @param catalog the catalogue whose criterion ids the rows may name
     * @return the facts and counts
     * @throws QuestionnaireException listing every bad row, with row, column and value
     */
    public static Answers read(String csv, String file, String subject, Catalog catalog) {
        return QuestionnaireImport.read(csv, file, subject, catalog);
    }
}
