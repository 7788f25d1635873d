package org.opsmaturity.samples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.opsmaturity.history.Change;
import org.opsmaturity.history.History;
import org.opsmaturity.history.HistoryJson;
import org.opsmaturity.history.Run;
import org.opsmaturity.history.Subject;
import org.opsmaturity.history.Trend;

/** {@code history [trend|changes]}: the recorded assessments. */
final class HistoryCommand implements CommandDef.Action {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static final OptionDef<String> SUBJECT = OptionDef.of("--subject", "NAME", Converter.TEXT,
            "List the runs of this subject.");

    static CommandDef definition() {
        return CommandDef.of("history", "history store or options", new HistoryCommand(),
                "The assessments recorded with assess --record: subjects and their runs, trends, and what "
                + "changed and why (docs/history.md).", "",
                "Examples:",
                "  opsmaturity history --store history.db",
                "  opsmaturity history --subject payments",
                "  opsmaturity history trend --subject payments --target 6",
                "  opsmaturity history changes --since 2026-10-01 --format json")
                .withOptions(Common.OPTIONS).withOptions(OutputOption.OUTPUT, SUBJECT)
                .withSubcommands(List.of(TrendCommand.definition(), ChangesCommand.definition()));
    }

    /** The options every history command has. */
    static final class Common {
        static final OptionDef<String> STORE = OptionDef.of("--store", "STORE", Converter.TEXT,
                "The history: an SQLite file or a jdbc:postgresql: URL (default: ${DEFAULT-VALUE}).")
                .withDefault("history.db");
        static final OptionDef<Format> FORMAT = Format.option(new Format.TableJson(), "table or json");
        static final List<OptionDef<?>> OPTIONS = List.of(STORE, FORMAT);

        final String store;
        final Format format;

        Common(Args args) {
            store = args.get(STORE);
            format = args.get(FORMAT);
        }
    }

    @Override
    public int run(Args args, Io io) {
        Common common = new Common(args);
        Optional<String> subject = args.optional(SUBJECT);
        try (History h = History.openExisting(common.store)) {
            String text;
            if (subject.isPresent()) {
                List<Run> runs = h.runs(subject.get());
                text = common.format == Format.json ? HistoryJson.runs(runs) : runsTable(runs);
            } else {
                List<Subject> subjects = h.subjects();
                text = common.format == Format.json ? HistoryJson.subjects(subjects) : subjectsTable(subjects, common.store);
            }
            Output.write(io, new OutputOption(args).output, text.endsWith("\n") ? text : text + System.lineSeparator(),
                    List.of());
        }
        return Main.OK;
    }

    /** A date, with the time when it is not midnight UTC (runs recorded with --today are at midnight). */
    static String date(Instant i) {
        String s = MINUTE.format(i);
        return s.endsWith(" 00:00") ? s.substring(0, 10) : s;
    }

    private static String subjectsTable(List<Subject> subjects, String store) {
        if (subjects.isEmpty()) {
            return "no runs in " + store + "\n";
        }
        int w = Math.max(7, subjects.stream().mapToInt(s -> s.name().length()).max().orElse(0));
        StringBuilder b = new StringBuilder(String.format("%-" + w + "s  %4s  %-16s  %-16s  %5s  %5s%n", "subject", "runs",
                "first", "latest", "level", "up to"));
        for (Subject s : subjects) {
            b.append(String.format("%-" + w + "s  %4d  %-16s  %-16s  %5d  %5d%n", s.name(), s.runs(), date(s.first().assessedAt()),
                    date(s.latest().assessedAt()), s.latest().level(), s.latest().potential()));
        }
        return b.toString();
    }

    private static String runsTable(List<Run> runs) {
        StringBuilder b = new StringBuilder(String.format("%5s  %-16s  %5s  %5s  %-16s  %-12s  %-12s  %s%n", "run", "assessed",
                "level", "up to", "model", "profile", "facts", "library"));
        for (Run r : runs) {
            b.append(String.format("%5d  %-16s  %5d  %5d  %-16s  %-12s  %-12s  %s%n", r.id(), date(r.assessedAt()), r.level(),
                    r.potential(), r.modelVersion(), History.shortDigest(r.profileDigest()),
                    History.shortDigest(r.factsDigest()), r.libraryVersion()));
        }
        return b.toString();
    }

    /** {@code history trend}. */
    static final class TrendCommand implements CommandDef.Action {
        static final OptionDef<String> SUBJECT = OptionDef.of("--subject", "NAME", Converter.TEXT,
                "The subject (as in the facts).").mandatory();
        static final OptionDef<String> TARGET = OptionDef.of("--target", "ID", Converter.TEXT,
                "overall, a domain (6), an area (6.1) or an item (6.1.1) (default: ${DEFAULT-VALUE}).")
                .withDefault("overall");

        static CommandDef definition() {
            return CommandDef.of("trend", "history store, subject, target or options", new TrendCommand(),
                    "The level of one target of a subject over its runs, oldest first. A run judged by other "
                    + "rules than the run before (model, library or profile changed) is marked: its move is not "
                    + "comparable evidence.", "",
                    "Example:",
                    "  opsmaturity history trend --subject payments --target 6.1.1 --format json")
                    .withOptions(Common.OPTIONS).withOptions(OutputOption.OUTPUT, SUBJECT, TARGET);
        }

        @Override
        public int run(Args args, Io io) {
            Common common = new Common(args);
            try (History h = History.openExisting(common.store)) {
                Trend t = h.trend(args.get(SUBJECT), args.get(TARGET));
                Output.write(io, new OutputOption(args).output, common.format == Format.json
                        ? HistoryJson.trend(t) + System.lineSeparator() : table(t), List.of());
            }
            return Main.OK;
        }

        static String table(Trend t) {
            StringBuilder b = new StringBuilder(t.target() + " of " + t.subject() + ", "
                    + Words.count(t.points().size(), "run", false) + System.lineSeparator());
            b.append(String.format("%-16s  %5s  %5s  %5s  %5s  %s%n", "assessed", "run", "level", "up to", "score", "rules"));
            for (Trend.Point p : t.points()) {
                b.append(String.format("%-16s  %5d  %5d  %5d  %5.2f  %s", date(p.run().assessedAt()), p.run().id(), p.level(),
                        p.potential(), p.score(), p.comparable() ? "" : "* " + p.rulesChange()).stripTrailing())
                        .append(System.lineSeparator());
            }
            if (!t.comparable()) {
                b.append("* judged by other rules than the run before: that move is not comparable evidence")
                        .append(System.lineSeparator());
            }
            return b.toString();
        }
    }

    /** {@code history changes}. */
    static final class ChangesCommand implements CommandDef.Action {
        static final OptionDef<LocalDate> SINCE = OptionDef.of("--since", "YYYY-MM-DD",
                new AssessorOptions.DateConverter(),
                "The runs assessed on or after this date (each compared with the run before it).").mandatory();

        static CommandDef definition() {
            return CommandDef.of("changes", "history store or options", new ChangesCommand(),
                    "What went up or down in the runs since a date, and why: the criteria whose status changed, "
                    + "each marked as a change of your evidence (EVIDENCE), of the rules (RULES: model, library or "
                    + "profile), of both, or of time alone (TIME: evidence went stale, a waiver expired).", "",
                    "Example:",
                    "  opsmaturity history changes --since 2026-10-01")
                    .withOptions(Common.OPTIONS).withOptions(OutputOption.OUTPUT, SINCE);
        }

        @Override
        public int run(Args args, Io io) {
            Common common = new Common(args);
            LocalDate since = args.get(SINCE);
            try (History h = History.openExisting(common.store)) {
                List<Change> changes = h.changes(since.atStartOfDay().toInstant(ZoneOffset.UTC));
                Output.write(io, new OutputOption(args).output, common.format == Format.json
                        ? HistoryJson.changes(changes) + System.lineSeparator() : table(changes, since), List.of());
            }
            return Main.OK;
        }

        static String table(List<Change> changes, LocalDate since) {
            if (changes.isEmpty()) {
                return "no changes since " + since + System.lineSeparator();
            }
            StringBuilder b = new StringBuilder();
            for (Change c : changes) {
                b.append(c.subject()).append(": run ").append(c.before().id()).append(" (").append(date(c.before().assessedAt()))
                        .append(") -> run ").append(c.after().id()).append(" (").append(date(c.after().assessedAt()))
                        .append("), ").append(cause(c.cause()));
                if (!c.after().sameRules(c.before())) {
                    b.append(" [").append(c.after().rulesChangeSince(c.before())).append(']');
                }
                b.append(System.lineSeparator());
                for (Change.LevelChange l : c.levels()) {
                    b.append(String.format("  %-4s %-8s %d -> %d (up to %d -> %d)%n", l.after() > l.before() ? "up"
                            : l.after() < l.before() ? "down" : "same", l.target(), l.before(), l.after(), l.potentialBefore(),
                            l.potentialAfter()));
                }
                for (Change.CriterionChange cc : c.criteria()) {
                    b.append(String.format("  %-8s %-12s %s -> %s: %s%n", cc.cause(), cc.criterionId(), cc.before(), cc.after(),
                            cc.reason().isEmpty() ? "(no justification)" : cc.reason()));
                }
            }
            return b.toString();
        }

        private static String cause(Change.Cause c) {
            return switch (c) {
                case EVIDENCE -> "your evidence changed";
                case RULES -> "the rules changed, the facts did not";
                case EVIDENCE_AND_RULES -> "both the evidence and the rules changed";
                case TIME -> "same facts and rules: evidence aged or a waiver expired";
            };
        }
    }
}
