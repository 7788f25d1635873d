package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Diff;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.samples.examples.Samples;
import org.opsmaturity.schemas.Schemas;

/** {@code diff}: compare two assessments of one subject. */
final class DiffCommand implements CommandDef.Action {
    /** As many as given: more or fewer than two (with the samples) is refused with the counts. */
    static final ParamDef<Path> FILES = new ParamDef<>("FACTS", "The earlier facts document, then the later one.", 0,
            Integer.MAX_VALUE, Converter.PATH);
    static final OptionDef<String> SAMPLES = OptionDef.of("--sample", "NAME", Converter.TEXT, "A bundled sample "
            + "organisation (startup, midsize or large) as one of the two, after the FACTS files; repeatable.")
            .repeated();
    static final OptionDef<Format> FORMAT = Format.option(new Format.TextJsonMarkdown(), "table, json or markdown");

    static CommandDef definition() {
        return CommandDef.of("diff", "facts, profile or options", new DiffCommand(),
                "Compare two assessments of one subject (e.g. last quarter and now): levels up and down, "
                + "criteria gained and lost, new conflicts and waivers. The two come from files, then bundled samples, "
                + "in the order given.", "",
                "Examples:",
                "  opsmaturity diff facts-2026q3.json facts-2026q4.json --format json",
                "  opsmaturity diff facts-2026q3.json --sample midsize --lang zh",
                "  opsmaturity diff --sample startup --sample midsize --format markdown")
                .withParam(FILES).withOptions(SAMPLES).withOptions(AssessorOptions.OPTIONS)
                .withOptions(LangOption.LANG, FORMAT);
    }

    @Override
    public int run(Args args, Io io) {
        List<Path> files = args.params(FILES);
        List<String> samples = args.all(SAMPLES);
        List<String> names = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        for (Path f : files) {
            names.add(f.toString());
            documents.add(Json.readDocument(f));
        }
        for (String s : samples) {
            names.add(s);
            documents.add(Samples.bytes(s));
        }
        if (documents.size() != 2) {
            throw new MaturityException("diff: " + documents.size() + " facts given (" + files.size() + " FACTS, "
                    + samples.size() + " --sample); expected two, the earlier then the later",
                    "Maybe write: opsmaturity diff before.json after.json, or diff before.json --sample midsize");
        }
        Assessor assessor = new AssessorOptions(args).assessor();
        // each document checked against the facts schema first, as assess and validate do
        Assessment before = assessor.evaluate(Schemas.readFacts(documents.get(0)));
        Assessment after = assessor.evaluate(Schemas.readFacts(documents.get(1)));
        Diff d = Diff.between(before, after);
        PrintWriter out = io.out();
        String l = new LangOption(args).lang();
        Words w = new Words(l);
        switch (args.get(FORMAT)) {
            case json -> out.println(Json.write(d));
            case markdown -> markdown(d, after, w, l, Output.shown(names.get(0)), Output.shown(names.get(1)), out);
            default -> table(d, after, w, l, out);
        }
        return Main.OK;
    }

    /** "domain 6 Business continuity", "item 6.1.1 ...", "overall". */
    private static String what(Diff.Change c, Assessment a, Words w, String lang) {
        if (c.kind().equals("overall")) {
            return w.get("kind.overall");
        }
        String name = c.kind().equals("item") ? a.item(c.id()).name().in(lang) : a.rollup(c.id()).name().in(lang);
        return w.get("kind." + c.kind()) + " " + c.id() + " " + Output.shown(name);
    }

    private static void table(Diff d, Assessment after, Words w, String lang, PrintWriter out) {
        if (d.isEmpty()) {
            out.println(w.get("noChange"));
            return;
        }
        for (Diff.Change c : d.levels()) {
            out.println(TableReport.pad(w.get(c.delta() > 0 ? "up" : c.delta() < 0 ? "down" : "same"), 6)
                    + what(c, after, w, lang) + ": " + c.before() + " -> " + c.after() + " (" + w.get("potential") + " "
                    + c.potentialBefore() + " -> " + c.potentialAfter() + ")");
        }
        d.gained().forEach(g -> out.println(TableReport.pad(w.get("gained"), 7) + g.criterionId() + " ("
                + w.status(g.before()) + " -> " + w.status(org.opsmaturity.model.CriterionStatus.MET) + ")"));
        d.lost().forEach(g -> out.println(TableReport.pad(w.get("lost"), 7) + g.criterionId() + " ("
                + w.status(org.opsmaturity.model.CriterionStatus.MET) + " -> " + w.status(g.after()) + ")"));
        d.newConflicts().forEach(c -> out.println(w.get("newConflict") + " " + c.subject() + ": "
                + Output.shown(c.messageIn(w.locale()))));
        d.newWaivers().forEach(c -> out.println(w.get("newWaiver") + " " + c));
    }

    private static void markdown(Diff d, Assessment after, Words w, String lang, String before, String afterName,
            PrintWriter out) {
        out.println("# " + Markdown.cell(w.get("diffTitle", before, afterName)));
        out.println();
        if (d.isEmpty()) {
            out.println(w.get("noChange"));
            return;
        }
        if (!d.levels().isEmpty()) {
            out.println("## " + w.get("levelsHeading"));
            out.println();
            out.println("| " + w.get("what") + " | " + w.get("change") + " | " + w.get("before") + " | " + w.get("after")
                    + " | " + w.get("potential") + " |");
            out.println("|---|---|---|---|---|");
            for (Diff.Change c : d.levels()) {
                out.println("| " + Markdown.cell(what(c, after, w, lang)) + " | "
                        + w.get(c.delta() > 0 ? "up" : c.delta() < 0 ? "down" : "same") + " | " + c.before() + " | "
                        + c.after() + " | " + c.potentialBefore() + " -> " + c.potentialAfter() + " |");
            }
            out.println();
        }
        if (!d.gained().isEmpty() || !d.lost().isEmpty()) {
            out.println("## " + w.get("criteriaHeading"));
            out.println();
            out.println("| " + w.get("criterion") + " | " + w.get("change") + " | " + w.get("before") + " | "
                    + w.get("after") + " |");
            out.println("|---|---|---|---|");
            d.gained().forEach(g -> out.println("| " + g.criterionId() + " | " + w.get("gained") + " | "
                    + w.status(g.before()) + " | " + w.status(g.after()) + " |"));
            d.lost().forEach(g -> out.println("| " + g.criterionId() + " | " + w.get("lost") + " | "
                    + w.status(g.before()) + " | " + w.status(g.after()) + " |"));
            out.println();
        }
        if (!d.newConflicts().isEmpty() || !d.newWaivers().isEmpty()) {
            out.println("## " + w.get("conflictsHeading"));
            out.println();
            d.newConflicts().forEach(c -> out.println("- " + w.get("newConflict") + " " + c.subject() + ": "
                    + Markdown.cell(c.messageIn(w.locale()))));
            d.newWaivers().forEach(c -> out.println("- " + w.get("newWaiver") + " " + Markdown.cell(String.valueOf(c))));
        }
    }
}
