package org.opsmaturity.samples.cli;

import org.opsmaturity.reports.Report;

import picocli.CommandLine.Option;

/** {@code --lang en|zh}; without it, the system locale's language when it is Chinese, else English. */
final class LangOption {
    enum Lang { en, zh }

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language: en or zh (default: from the system locale, else en).")
    Lang lang;

    /** The chosen language as a locale, for the library's reports and questionnaire. */
    java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(lang());
    }

    String lang() {
        return lang != null ? lang.name() : Report.defaultLocale().getLanguage();
    }
}
