package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.history.History;
import org.opsmaturity.history.HistoryException;
import org.opsmaturity.history.Run;
import org.opsmaturity.history.Trend;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.reports.Report;

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
                "  opsmaturity assess facts.json --profile acme-profile.json --allow-rules --today 2026-12-01",
                "  opsmaturity assess facts.json --record history.db --format html --history history.db -o report.html"})
final class AssessCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Mixin
    LangOption lang;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", converter = Format.All.class,
            description = "table, json, markdown or html (default: ${DEFAULT-VALUE}; text is the same as table).")
    Format format;

    @Mixin
    OutputOption out;

    @Option(names = "--fail-below", paramLabel = "[DOMAIN=]LEVEL", converter = FailBelow.Converter.class,
            description = "Exit with 1 when the overall level (or DOMAIN's, e.g. 6=3) is below LEVEL; repeatable.")
    List<FailBelow> failBelow = new ArrayList<>();

    @Mixin
    AssessorOptions options;

    @Mixin
    HistoryOptions history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (history.history != null && format != Format.html) {
            throw new MaturityException("--history: adds trend charts to --format html; the format is " + format,
                    "Maybe add --format html, or see the trend with: opsmaturity history trend --subject NAME");
        }
        Facts read = facts.read(); // first: the rule base is still being built on another thread (Main.main)
        Assessor assessor = options.assessor();
        Assessment a = assessor.evaluate(read);
        if (history.record != null) {
            try (History h = History.open(history.record)) {
                Run r = h.record(assessor, read, a, HistoryOptions.assessedAt(options.today));
                spec.commandLine().getErr().println("recorded run " + r.id() + " of " + r.subject() + " in " + history.record);
            }
        }
        String l = lang.lang();
        String text = switch (format) {
            case json -> Json.write(a) + System.lineSeparator();
            case markdown -> Report.markdown(a, lang.locale(), options.today());
            case html -> history.history == null ? Report.html(a, lang.locale(), options.today())
                    : Report.html(a, lang.locale(), options.today(), domainTrends(a));
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

    /** The trend of each domain of the subject; a domain no recorded run has (e.g. a profile's) gets no chart. */
    private List<Trend> domainTrends(Assessment a) {
        try (History h = History.openExisting(history.history)) {
            h.runs(a.subject()); // a clear error when the subject has no runs
            List<Trend> trends = new ArrayList<>();
            for (org.opsmaturity.model.LevelResult d : a.domains()) {
                try {
                    trends.add(h.trend(a.subject(), d.id()));
                } catch (HistoryException e) {
                    if (!e.getMessage().startsWith("target: ")) {
                        throw e;
                    }
                }
            }
            return trends;
        }
    }
}
