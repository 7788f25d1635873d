package org.opsmaturity.samples.cli;

import org.opsmaturity.samples.report.Labels;

import picocli.CommandLine.Option;

/** {@code --lang en|zh}; without it, the system locale's language when it is Chinese, else English. */
final class LangOption {
    enum Lang { en, zh }

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language: en or zh (default: from the system locale, else en).")
    Lang lang;

    String lang() {
        return lang != null ? lang.name() : Labels.systemLanguage();
    }
}
