package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/** {@code assess}: facts in, levels out. */
final class AssessCommand implements CommandDef.Action {
    static final OptionDef<Format> FORMAT = Format.option(new Format.All(), "table, json, markdown or html");
    static final OptionDef<FailBelow> FAIL_BELOW = OptionDef.of("--fail-below", "[DOMAIN=]LEVEL",
            new FailBelow.Converter(), "Exit with 1 when the overall level (or DOMAIN's, e.g. 6=3) is below LEVEL; "
                    + "repeatable.").repeated();

    static CommandDef definition() {
        return CommandDef.of("assess", "facts, profile, history or options", new AssessCommand(),
                "Assess an organisation's facts and print the levels per item, domain and overall, as a text "
                        + "table, JSON, a Markdown report or a self-contained HTML report.", "",
                "Examples:",
                "  opsmaturity assess --sample large --format html -o report.html",
                "  opsmaturity assess facts.json --format markdown --lang zh",
                "  opsmaturity assess facts.json --fail-below 2 --fail-below 6=3",
                "  opsmaturity assess facts.json --profile acme-profile.json --allow-rules --today 2026-12-01",
                "  opsmaturity assess facts.json --record history.db --format html --history history.db -o report.html")
                .withBelowExit("below a --fail-below threshold")
                .withParam(FactsOptions.FILE).withOptions(FactsOptions.OPTIONS).withOptions(LangOption.LANG, FORMAT,
                        OutputOption.OUTPUT, FAIL_BELOW).withOptions(AssessorOptions.OPTIONS)
                .withOptions(HistoryOptions.OPTIONS);
    }

    @Override
    public int run(Args args, Io io) {
        FactsOptions facts = new FactsOptions(args);
        LangOption lang = new LangOption(args);
        Format format = args.get(FORMAT);
        OutputOption out = new OutputOption(args);
        AssessorOptions options = new AssessorOptions(args);
        HistoryOptions history = new HistoryOptions(args);
        if (history.history.isPresent() && format != Format.html) {
            throw new MaturityException("--history: adds trend charts to --format html; the format is " + format,
                    "Maybe add --format html, or see the trend with: opsmaturity history trend --subject NAME");
        }
        Facts read = facts.read(); // first: the rule base is still being built on another thread (Main.main)
        Assessor assessor = options.assessor();
        Assessment a = assessor.evaluate(read);
        if (history.record.isPresent()) {
            try (History h = History.open(history.record.get())) {
                Run r = h.record(assessor, read, a, HistoryOptions.assessedAt(options.today));
                io.err().println("recorded run " + r.id() + " of " + r.subject() + " in " + history.record.get());
            }
        }
        String l = lang.lang();
        String text = switch (format) {
            case json -> Json.write(a) + System.lineSeparator();
            case markdown -> Report.markdown(a, lang.locale(), options.today());
            case html -> history.history.isEmpty() ? Report.html(a, lang.locale(), options.today())
                    : Report.html(a, lang.locale(), options.today(), domainTrends(a, history.history.get()));
            case table -> new TableReport(a, l).render();
        };
        if (Output.write(io, out.output, text, Output.given(facts.file, options.profile))) {
            io.out().println("wrote " + Output.shown(out.output.get()) + " (" + format + ", " + l + "): "
                    + Output.shown(a.subject())
                    + ", overall level " + a.overall().level() + ", up to " + a.overall().potential());
        }
        int code = Main.OK;
        for (FailBelow f : args.all(FAIL_BELOW)) {
            Optional<String> below = f.check(a, l);
            if (below.isPresent()) {
                io.err().println(below.get());
                code = Main.BELOW;
            }
        }
        return code;
    }

    /** The trend of each domain of the subject; a domain no recorded run has (e.g. a profile's) gets no chart. */
    private static List<Trend> domainTrends(Assessment a, String store) {
        try (History h = History.openExisting(store)) {
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
