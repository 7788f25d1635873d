package org.opsmaturity.samples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.opsmaturity.history.Change;
import org.opsmaturity.history.History;
import org.opsmaturity.history.HistoryJson;
import org.opsmaturity.history.Run;
import org.opsmaturity.history.Subject;
import org.opsmaturity.history.Trend;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        subcommands = {HistoryCommand.TrendCommand.class, HistoryCommand.ChangesCommand.class},
        description = {"The assessments recorded with assess --record: subjects and their runs, trends, and what "
                + "changed and why (docs/history.md).", "",
                "Examples:",
                "  opsmaturity history --store history.db",
                "  opsmaturity history --subject payments",
                "  opsmaturity history trend --subject payments --target 6",
                "  opsmaturity history changes --since 2026-10-01 --format json"})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The options every history command has. */
    static final class Common {
        @Option(names = "--store", paramLabel = "STORE", defaultValue = "history.db",
                description = "The history: an SQLite file or a jdbc:postgresql: URL (default: ${DEFAULT-VALUE}).")
        String store;

        @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", converter = Format.TableJson.class,
                description = "table or json (default: ${DEFAULT-VALUE}; text is the same as table).")
        Format format;
    }

    @Mixin
    Common common;

    @Mixin
    OutputOption out;

    @Option(names = "--subject", paramLabel = "NAME", description = "List the runs of this subject.")
    String subject;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (History h = History.openExisting(common.store)) {
            String text;
            if (subject != null) {
                List<Run> runs = h.runs(subject);
                text = common.format == Format.json ? HistoryJson.runs(runs) : runsTable(runs);
            } else {
                List<Subject> subjects = h.subjects();
                text = common.format == Format.json ? HistoryJson.subjects(subjects) : subjectsTable(subjects, common.store);
            }
            Output.write(spec, out.output, text.endsWith("\n") ? text : text + System.lineSeparator());
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

    @Command(name = "trend", mixinStandardHelpOptions = true,
            description = {"The level of one target of a subject over its runs, oldest first. A run judged by other "
                    + "rules than the run before (model, library or profile changed) is marked: its move is not "
                    + "comparable evidence.", "",
                    "Example:",
                    "  opsmaturity history trend --subject payments --target 6.1.1 --format json"})
    static final class TrendCommand implements Callable<Integer> {
        @Mixin
        Common common;

        @Mixin
        OutputOption out;

        @Option(names = "--subject", required = true, paramLabel = "NAME", description = "The subject (as in the facts).")
        String subject;

        @Option(names = "--target", defaultValue = "overall", paramLabel = "ID",
                description = "overall, a domain (6), an area (6.1) or an item (6.1.1) (default: ${DEFAULT-VALUE}).")
        String target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (History h = History.openExisting(common.store)) {
                Trend t = h.trend(subject, target);
                Output.write(spec, out.output, common.format == Format.json ? HistoryJson.trend(t) + System.lineSeparator()
                        : table(t));
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

    @Command(name = "changes", mixinStandardHelpOptions = true,
            description = {"What went up or down in the runs since a date, and why: the criteria whose status changed, "
                    + "each marked as a change of your evidence (EVIDENCE), of the rules (RULES: model, library or "
                    + "profile), of both, or of time alone (TIME: evidence went stale, a waiver expired).", "",
                    "Example:",
                    "  opsmaturity history changes --since 2026-10-01"})
    static final class ChangesCommand implements Callable<Integer> {
        @Mixin
        Common common;

        @Mixin
        OutputOption out;

        @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD",
                description = "The runs assessed on or after this date (each compared with the run before it).")
        LocalDate since;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (History h = History.openExisting(common.store)) {
                List<Change> changes = h.changes(since.atStartOfDay().toInstant(ZoneOffset.UTC));
                Output.write(spec, out.output, common.format == Format.json ? HistoryJson.changes(changes) + System.lineSeparator()
                        : table(changes, since));
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
