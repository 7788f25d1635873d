package org.opsmaturity.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.MaturityException;



/**
 * The interview questionnaire: one row per requirement of the catalogue (or of one domain), with its
 * id, item, level, text and illustration, and empty columns for the verdict, the evidence, the assessor
 * and the date. As CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text)
 * to fill in and import with {@link QuestionnaireImport}, or as a Markdown form to print or put in a wiki.
 */
public final class QuestionnaireForm {
    /** The columns, in order; the header row names them in the questionnaire's language. */
    public static final List<String> COLUMNS = List.of("id", "item", "level", "criterion", "illustration", "verdict",
            "evidence", "assessor", "date");

    private final Catalog catalog;
    private final String domain;
    private final Labels t;

    private QuestionnaireForm(Catalog catalog, String domain, String lang) {
        if (!domain.isEmpty() && catalog.findDomain(domain).isEmpty()) {
            throw new MaturityException("domain: '" + MaturityException.cut(domain) + "' is not valid; expected one of "
                    + catalog.domains().stream().map(Domain::id).toList(),
                    "Maybe write a domain id such as --domain 6, or leave it out for every domain.");
        }
        this.catalog = catalog;
        this.domain = domain;
        this.t = Labels.of(lang);
    }

    /** The questionnaire of a catalogue's domain ("" for every domain) in "en" or "zh". */
    public static QuestionnaireForm of(Catalog catalog, String domain, String lang) {
        return new QuestionnaireForm(catalog, domain == null ? "" : domain, lang);
    }

    /** One requirement to ask about. */
    public record Question(String id, String item, int level, String criterion, String illustration) {
    }

    /** The questions of one item, for the Markdown form. */
    public record ItemQuestions(String id, String name, List<Question> questions) {
    }

    /** The questions of one domain, for the Markdown form. */
    public record DomainQuestions(String id, String name, List<ItemQuestions> items) {
    }

    public List<DomainQuestions> domains() {
        List<DomainQuestions> out = new ArrayList<>();
        for (Domain d : catalog.domains()) {
            if (!domain.isEmpty() && !d.id().equals(domain)) {
                continue;
            }
            List<ItemQuestions> items = new ArrayList<>();
            for (Item i : d.items()) {
                List<Question> qs = new ArrayList<>();
                for (Criterion c : i.criteria()) {
                    if (c.isRequirement()) {
                        qs.add(new Question(c.id(), i.id() + " " + i.name().in(t.lang()), c.level(),
                                c.text().in(t.lang()), c.illustration().in(t.lang())));
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

    /** The CSV form: a byte-order mark, the header row, one row per requirement; CRLF line ends (RFC 4180). */
    public String csv() {
        StringBuilder s = new StringBuilder("\uFEFF");
        row(s, header());
        for (Question q : questions()) {
            row(s, List.of(q.id(), q.item(), Integer.toString(q.level()), q.criterion(), q.illustration(), "", "", "", ""));
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
