package org.opsmaturity.reports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.opsmaturity.history.Trend;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.reports.internal.Templates;

/**
 * An assessment as a report for people, in English or Chinese: one self-contained HTML file (inline CSS
 * and SVG charts, no script, no external reference, a Content-Security-Policy that forbids loading
 * anything) or Markdown for wikis and pull requests. Both hold the overall level, the domains with a radar
 * chart, a heatmap of items and levels, each item's next-level gaps, the conflicts, the waivers, the
 * unknowns and every criterion with its evidence. Stateless and thread-safe.
 */
public final class Report {
    /** The languages there are reports in: English and Chinese. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.CHINESE);

    private Report() {
    }

    /**
     * The HTML report, dated today (UTC).
     *
     * @param assessment the assessment to show
     * @param locale the report's language: a locale of language {@code en} or {@code zh}
     * @return the whole HTML document
     * @throws MaturityException if the locale's language is neither {@code en} nor {@code zh}
     */
    public static String html(Assessment assessment, Locale locale) {
        return html(assessment, locale, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The HTML report.
     *
     * @param assessment the assessment to show
     * @param locale the report's language: a locale of language {@code en} or {@code zh}
     * @param date the date the report says it was made on
     * @return the whole HTML document
     * @throws MaturityException if the locale's language is neither {@code en} nor {@code zh}
     */
    public static String html(Assessment assessment, Locale locale, LocalDate date) {
        return Templates.html(assessment, language(locale), date);
    }

    /**
     * The HTML report with a history section: a trend chart per domain, with a mark where the rules changed.
     * Needs the artifact {@code maturity-history} (the trends come from its {@code History}), which this
     * artifact declares optional.
     *
     * @param assessment the assessment to show
     * @param locale the report's language: a locale of language {@code en} or {@code zh}
     * @param date the date the report says it was made on
     * @param domainTrends one trend per domain to chart, in the order to show them; empty for no history section
     * @return the whole HTML document
     * @throws MaturityException if the locale's language is neither {@code en} nor {@code zh}
     */
    public static String html(Assessment assessment, Locale locale, LocalDate date, List<Trend> domainTrends) {
        return Templates.html(assessment, language(locale), date, List.copyOf(domainTrends));
    }

    /**
     * The Markdown report, dated today (UTC).
     *
     * @param assessment the assessment to show
     * @param locale the report's language: a locale of language {@code en} or {@code zh}
     * @return the Markdown text
     * @throws MaturityException if the locale's language is neither {@code en} nor {@code zh}
     */
    public static String markdown(Assessment assessment, Locale locale) {
        return markdown(assessment, locale, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The Markdown report.
     *
     * @param assessment the assessment to show
     * @param locale the report's language: a locale of language {@code en} or {@code zh}
     * @param date the date the report says it was made on
     * @return the Markdown text
     * @throws MaturityException if the locale's language is neither {@code en} nor {@code zh}
     */
    public static String markdown(Assessment assessment, Locale locale, LocalDate date) {
        return Templates.markdown(assessment, language(locale), date);
    }

    /**
     * The system's default locale when there are reports in its language, else English.
     *
     * @return {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     */
    public static Locale defaultLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** "en" or "zh" of a locale, or a clear error. */
    static String language(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        if (!lang.equals("en") && !lang.equals("zh")) {
            throw new MaturityException("locale: '" + MaturityException.cut(locale == null ? "null" : locale.toLanguageTag())
                    + "' is not valid; expected a locale of language en or zh",
                    "Maybe pass Locale.ENGLISH, Locale.CHINESE or Report.defaultLocale().");
        }
        return lang;
    }
}
