package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.samples.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess an organisation's facts and print the levels per item, domain and overall, as a text "
                + "table, JSON, a Markdown report or a self-contained HTML report.", "",
                "Examples:",
                "  opsmaturity assess --sample large --format html -o report.html",
                "  opsmaturity assess facts.json --format markdown --lang zh",
                "  opsmaturity assess facts.json --fail-below 2 --fail-below 6=3",
                "  opsmaturity assess facts.json --profile acme-profile.json --allow-rules --today 2026-12-01"})
final class AssessCommand implements Callable<Integer> {
    enum Format { table, json, markdown, html }

    @Mixin
    FactsOptions facts;

    @Mixin
    LangOption lang;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, markdown or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOption out;

    @Option(names = "--fail-below", paramLabel = "[DOMAIN=]LEVEL", converter = FailBelow.Converter.class,
            description = "Exit with 1 when the overall level (or DOMAIN's, e.g. 6=3) is below LEVEL; repeatable.")
    List<FailBelow> failBelow = new ArrayList<>();

    @Mixin
    AssessorOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Facts read = facts.read(); // first: the rule base is still being built on another thread (Main.main)
        Assessment a = options.assessor().evaluate(read);
        String l = lang.lang();
        String text = switch (format) {
            case json -> Json.write(a) + System.lineSeparator();
            case markdown -> Reports.markdown(a, l, options.today());
            case html -> Reports.html(a, l, options.today());
            case table -> new TableReport(a, l).render();
        };
        if (Output.write(spec, out.output, text, facts.file, options.profile)) {
            spec.commandLine().getOut().println("wrote " + Output.shown(out.output) + " (" + format + ", " + l + "): "
                    + Output.shown(a.subject())
                    + ", overall level " + a.overall().level() + ", up to " + a.overall().potential());
        }
        int code = Main.OK;
        for (FailBelow f : failBelow) {
            Optional<String> below = f.check(a, l);
            if (below.isPresent()) {
                spec.commandLine().getErr().println(below.get());
                code = Main.BELOW;
            }
        }
        return code;
    }
}
