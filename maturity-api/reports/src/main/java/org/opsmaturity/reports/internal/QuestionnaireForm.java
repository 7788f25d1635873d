package org.opsmaturity.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Verdict;

/**
 * The interview questionnaire's rows: one per requirement of the catalogue (or of one domain), with its id,
 * item, level, text and illustration, and columns for the verdict, the evidence, the assessor, the date and
 * a link. A requirement whose text repeats one of a lower level of the same item (6.1.1.L3.1 = L4.1 = L5.1)
 * is asked once, at the lowest level; the column {@code also} names the others, and the import applies the
 * answer to all of them. Optionally pre-filled from the attestations of a facts document.
 */
public final class QuestionnaireForm {
    /** The columns, in order; the header row names them in the questionnaire's language. */
    public static final List<String> COLUMNS = List.of("id", "item", "level", "criterion", "illustration", "verdict",
            "evidence", "assessor", "date", "link", "also");

    private final Catalog catalog;
    private final String domain;
    private final Labels t;
    private final Map<String, Attestation> answers;
    private final List<String> warnings;

    private QuestionnaireForm(Catalog catalog, String domain, Labels t, Map<String, Attestation> answers,
            List<String> warnings) {
        this.catalog = catalog;
        this.domain = domain;
        this.t = t;
        this.answers = answers;
        this.warnings = List.copyOf(warnings);
    }

    /** The questionnaire of a catalogue's domain ("" for every domain) in "en" or "zh". */
    public static QuestionnaireForm of(Catalog catalog, String domain, String lang) {
        String d = domain == null ? "" : domain;
        if (!d.isEmpty() && catalog.findDomain(d).isEmpty()) {
            throw new MaturityException("domain: '" + MaturityException.cut(d) + "' is not valid; expected one of "
                    + catalog.domains().stream().map(Domain::id).toList(),
                    "Maybe write a domain id such as --domain 6, or leave it out for every domain.");
        }
        return new QuestionnaireForm(catalog, d, Labels.of(lang), Map.of(), List.of());
    }

    /**
     * The same questionnaire with the answers of a facts document's attestations filled in. What the facts hold
     * that the questionnaire cannot carry (observations, attestations of criteria it does not ask) is listed in
     * {@link #warnings()}, never dropped silently.
     */
    public QuestionnaireForm prefilled(Facts facts) {
        Map<String, List<String>> same = sameQuestions(catalog);
        Set<String> asked = questions().stream().map(Question::id).collect(Collectors.toSet());
        Map<String, Attestation> byId = new LinkedHashMap<>();
        facts.attestations().forEach(a -> byId.put(a.criterionId(), a));
        Map<String, Attestation> filled = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (Attestation a : byId.values()) {
            String id = a.criterionId();
            String row = same.getOrDefault(id, List.of(id)).get(0);
            if (!asked.contains(row)) {
                notes.add("the attestation of " + MaturityException.cut(id) + " is not asked in this questionnaire"
                        + (domain.isEmpty() ? " (not a requirement of the catalogue)" : " (domain " + domain + " only)"));
                continue;
            }
            Attestation first = filled.putIfAbsent(row, a);
            if (first != null && (first.verdict() != a.verdict() || first.coverage() != a.coverage())) {
                notes.add("the attestations of " + first.criterionId() + " and " + id + " answer the same question "
                        + "differently; the row of " + row + " shows " + first.criterionId() + "'s");
            }
        }
        if (!facts.observations().isEmpty()) {
            notes.add(facts.observations().size() + " observation" + (facts.observations().size() == 1 ? " is" : "s are")
                    + " not part of a questionnaire (it asks for attestations): keep the facts file for them");
        }
        return new QuestionnaireForm(catalog, domain, t, Map.copyOf(filled), notes);
    }

    /** What a pre-filled questionnaire could not carry from the facts, one sentence each. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The requirements of each item that ask the same question (the same text, trailing punctuation aside) at
     * several levels: every member's id to the group's ids, lowest level first. Requirements asked once map to
     * nothing.
     */
    public static Map<String, List<String>> sameQuestions(Catalog catalog) {
        Map<String, List<String>> out = new HashMap<>();
        for (Item i : catalog.items()) {
            Map<String, List<String>> byText = new LinkedHashMap<>();
            for (Criterion c : i.criteria()) {
                if (c.isRequirement()) {
                    String text = c.text().zh().isBlank() ? c.text().en() : c.text().zh();
                    byText.computeIfAbsent(normal(text), k -> new ArrayList<>()).add(c.id());
                }
            }
            for (List<String> ids : byText.values()) {
                if (ids.size() > 1) {
                    ids.forEach(id -> out.put(id, List.copyOf(ids)));
                }
            }
        }
        return out;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("[\\s。.；;，,]+$", "").toLowerCase(Locale.ROOT);
    }

    /** An answer as the CSV's cells: verdict, evidence, assessor, date, link. */
    public record Answer(String verdict, String evidence, String assessor, String date, String link) {
        static final Answer NONE = new Answer("", "", "", "", "");

        static Answer of(Attestation a) {
            String verdict = a.verdict() == Verdict.PARTIAL ? "partial " + a.coverage().name().toLowerCase(Locale.ROOT)
                    : a.verdict().name().toLowerCase(Locale.ROOT);
            return new Answer(verdict, a.evidence().text(), a.evidence().by(),
                    a.evidence().observedAt().map(Object::toString).orElse(""), a.evidence().link());
        }
    }

    /**
     * One requirement to ask about; {@code also} the ids of the same question at higher levels (comma-separated,
     * "" for none), {@code alsoNote} that said in the questionnaire's language.
     */
    public record Question(String id, String item, int level, String criterion, String illustration, String also,
            String alsoNote, Answer answer) {
    }

    /** The questions of one item, for the Markdown form. */
    public record ItemQuestions(String id, String name, List<Question> questions) {
    }

    /** The questions of one domain, for the Markdown form. */
    public record DomainQuestions(String id, String name, List<ItemQuestions> items) {
    }

    public List<DomainQuestions> domains() {
        Map<String, List<String>> same = sameQuestions(catalog);
        List<DomainQuestions> out = new ArrayList<>();
        for (Domain d : catalog.domains()) {
            if (!domain.isEmpty() && !d.id().equals(domain)) {
                continue;
            }
            List<ItemQuestions> items = new ArrayList<>();
            for (Item i : d.items()) {
                List<Question> qs = new ArrayList<>();
                for (Criterion c : i.criteria()) {
                    List<String> group = same.getOrDefault(c.id(), List.of(c.id()));
                    if (c.isRequirement() && group.get(0).equals(c.id())) {
                        String also = String.join(", ", group.subList(1, group.size()));
                        Attestation a = answers.get(c.id());
                        qs.add(new Question(c.id(), i.id() + " " + i.name().in(t.lang()), c.level(),
                                c.text().in(t.lang()), c.illustration().in(t.lang()), also,
                                also.isEmpty() ? "" : t.format("q_also", also), a == null ? Answer.NONE : Answer.of(a)));
                    }
                }
                items.add(new ItemQuestions(i.id(), i.name().in(t.lang()), qs));
            }
            out.add(new DomainQuestions(d.id(), d.name().in(t.lang()), items));
        }
        return out;
    }

    public List<Question> questions() {
        return domains().stream().flatMap(d -> d.items().stream()).flatMap(i -> i.questions().stream()).toList();
    }

    public Labels t() {
        return t;
    }

    /** The header cells in this questionnaire's language. */
    public List<String> header() {
        return COLUMNS.stream().map(c -> t.format("q_col_" + c)).toList();
    }

    /** The CSV form: a byte-order mark, the header row, one row per question; CRLF line ends (RFC 4180). */
    public String csv() {
        StringBuilder s = new StringBuilder("\uFEFF");
        row(s, header());
        for (Question q : questions()) {
            Answer a = q.answer();
            row(s, List.of(q.id(), q.item(), Integer.toString(q.level()), q.criterion(), q.illustration(), a.verdict(),
                    a.evidence(), a.assessor(), a.date(), a.link(), q.also()));
        }
        return s.toString();
    }

    /** The Markdown form. */
    public String markdown() {
        return Templates.renderMarkdown("questionnaire.md.mustache", this);
    }

    private static void row(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            s.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        s.append("\r\n");
    }
}
