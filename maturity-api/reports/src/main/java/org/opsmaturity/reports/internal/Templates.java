package org.opsmaturity.reports.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.opsmaturity.history.Trend;
import org.opsmaturity.model.Assessment;

/**
 * The Mustache templates of the reports and the questionnaire form (files next to this class): HTML with
 * HTML escaping, Markdown with Markdown escaping. Internal: the public surface is
 * {@link org.opsmaturity.reports.Report} and {@link org.opsmaturity.reports.Questionnaire}.
 */
public final class Templates {
    static final String ROOT = "org/opsmaturity/reports/internal";
    static final MustacheFactory HTML = new DefaultMustacheFactory(ROOT);
    private static final MustacheFactory MARKDOWN = new MarkdownFactory();

    private Templates() {
    }

    /** The HTML report; {@code domainTrends} empty for none (no history section). */
    public static String html(Assessment a, String lang, LocalDate date, List<Trend> domainTrends) {
        ReportModel model = ReportModel.of(a, lang, date);
        if (!domainTrends.isEmpty()) {
            model.withTrendSection(TrendCharts.of(a, domainTrends, lang).html());
        }
        return render(HTML, "report.html.mustache", model);
    }

    /** The HTML report without the history section. */
    public static String html(Assessment a, String lang, LocalDate date) {
        return render(HTML, "report.html.mustache", ReportModel.of(a, lang, date));
    }

    /** The Markdown report. */
    public static String markdown(Assessment a, String lang, LocalDate date) {
        return render(MARKDOWN, "report.md.mustache", ReportModel.of(a, lang, date));
    }

    static String render(MustacheFactory factory, String template, Object scope) {
        Mustache m = factory.compile(template);
        StringWriter w = new StringWriter();
        m.execute(w, scope);
        return w.toString();
    }

    /** Renders a template of this package with Markdown escaping (for the questionnaire form). */
    static String renderMarkdown(String template, Object scope) {
        return render(MARKDOWN, template, scope);
    }

    /** A value as the Markdown report writes it (see {@link MarkdownFactory#escape}). */
    public static String escapeMarkdown(String value) {
        return MarkdownFactory.escape(value);
    }

    /**
     * Escapes values for Markdown tables and text: the pipe, backslash, angle brackets and ampersand
     * (so no value becomes HTML), and line breaks become spaces.
     */
    static final class MarkdownFactory extends DefaultMustacheFactory {
        MarkdownFactory() {
            super(ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String escape(String value) {
            StringBuilder s = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\', '|', '*', '_', '`', '[', ']' -> s.append('\\').append(c);
                    case '<' -> s.append("&lt;");
                    case '>' -> s.append("&gt;");
                    case '&' -> s.append("&amp;");
                    case '\r' -> { }
                    case '\n' -> s.append(' ');
                    default -> s.append(c);
                }
            }
            return s.toString();
        }
    }
}
