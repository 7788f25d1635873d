package org.opsmaturity.samples.cli;

import java.util.Optional;

import org.opsmaturity.reports.Report;

/** {@code --lang en|zh}; without it, the system locale's language when it is Chinese, else English. */
final class LangOption {
    enum Lang { en, zh }

    static final OptionDef<Lang> LANG = OptionDef.of("--lang", "en|zh", new Converter.Choice<>(Lang.values()),
            "Language: en or zh (default: from the system locale, else en).");

    private final Optional<Lang> lang;

    LangOption(Args args) {
        lang = args.optional(LANG);
    }

    /** The chosen language as a locale, for the library's reports and questionnaire. */
    java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(lang());
    }

    String lang() {
        return lang.isPresent() ? lang.get().name() : Report.defaultLocale().getLanguage();
    }
}
