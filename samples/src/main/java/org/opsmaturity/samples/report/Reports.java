package org.opsmaturity.samples.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.opsmaturity.history.Trend;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.opsmaturity.history.Trend;
import org.opsmaturity.model.Assessment;

/**
 * Renders an assessment as a report: Markdown for wikis and pull requests, or one self-contained HTML
 * file (inline CSS and SVG charts, no script, no external reference of any kind, a Content-Security-Policy
 * that forbids loading anything), in English or Chinese. Templates are Mustache files next to this class.
 */
public final class Reports {
    static final String ROOT = "org/opsmaturity/samples/report";
    static final MustacheFactory HTML = new DefaultMustacheFactory(ROOT);
    private static final MustacheFactory MARKDOWN = new MarkdownFactory();

    private Reports() {
    }

    public static String html(Assessment a, String lang, LocalDate date) {
        return render(HTML, "report.html.mustache", ReportModel.of(a, lang, date));
    }

    /** The HTML report with the history section: a trend chart per domain ({@link TrendCharts}). */
    public static String html(Assessment a, String lang, LocalDate date, List<Trend> domainTrends) {
        return render(HTML, "report.html.mustache", ReportModel.of(a, lang, date)
                .withTrendSection(TrendCharts.of(a, domainTrends, lang).html()));
    }

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
    public static String renderMarkdown(String template, Object scope) {
        return render(MARKDOWN, template, scope);
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
