package org.opsmaturity.samples.cli;

import java.io.PrintWriter;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.Roadmap;

/** {@code roadmap}: the smallest set of requirements to reach a level. */
final class RoadmapCommand implements CommandDef.Action {
    static final OptionDef<String> TARGET = OptionDef.of("--target", "ID", Converter.TEXT,
            "An item (6.1.1), area (6.1), domain (6) or overall (default: ${DEFAULT-VALUE}).").withDefault("overall");
    static final OptionDef<Integer> LEVEL = OptionDef.of("--level", "LEVEL", new LevelConverter(),
            "The level to reach, 1 to 5 (default: one above the target's level).");
    static final OptionDef<Format> FORMAT = Format.option(new Format.TextJsonMarkdown(), "table, json or markdown");

    static CommandDef definition() {
        return CommandDef.of("roadmap", "facts, profile, target or options", new RoadmapCommand(),
                "The smallest set of requirements that, once met, brings an item, area, domain or the whole to "
                + "a level, grouped by item and ordered by level.", "",
                "Examples:",
                "  opsmaturity roadmap --sample midsize --target overall --level 2",
                "  opsmaturity roadmap facts.json --target 6 --level 3 --format json",
                "  opsmaturity roadmap facts.json --target 6.1.1 --format markdown --lang zh")
                .withParam(FactsOptions.FILE).withOptions(FactsOptions.OPTIONS).withOptions(AssessorOptions.OPTIONS)
                .withOptions(LangOption.LANG, TARGET, LEVEL, FORMAT);
    }

    /** {@code --level}: a level to reach, 1 to 5; level 0 is where every organisation starts, not a goal. */
    static final class LevelConverter implements Converter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.trim().matches("[1-5]")) {
                throw new ArgException("'" + Output.shown(value) + "' is not valid; expected a level to reach "
                        + "from 1 to 5");
            }
            return Integer.parseInt(value.trim());
        }
    }

    @Override
    public int run(Args args, Io io) {
        LangOption lang = new LangOption(args);
        String target = args.get(TARGET);
        org.opsmaturity.model.Facts read = new FactsOptions(args).read(); // first, as in AssessCommand
        Assessment a = new AssessorOptions(args).assessor().evaluate(read);
        int from = a.level(target);
        int to = args.optional(LEVEL).orElse(Math.min(5, from + 1));
        Roadmap r = a.roadmap(target, to);
        PrintWriter out = io.out();
        Words w = new Words(lang.lang());
        String shownTarget = target.equals("overall") ? w.get("target.overall") : target;
        String head = r.steps().isEmpty() && to <= from ? w.get("roadmapAt", shownTarget, from, to)
                : w.get("roadmap", shownTarget, from, to, w.count(r.size(), "requirement"), r.missing(), r.unknown(), r.met());
        switch (args.get(FORMAT)) {
            case json -> out.println(Json.write(r));
            case markdown -> {
                out.println("# " + head);
                for (Roadmap.Step s : r.steps()) {
                    out.println();
                    out.println("## " + w.get("stepLevel", s.itemId() + " " + Markdown.cell(a.catalog().item(s.itemId())
                            .name().in(lang.lang())), s.level()));
                    out.println();
                    out.println("| " + w.get("criterion") + " | " + w.get("change") + " | |");
                    out.println("|---|---|---|");
                    for (Gap g : s.criteria()) {
                        out.println("| " + g.criterionId() + " | " + w.status(g.status()) + " | "
                                + Markdown.cell(text(a, g, lang.lang())) + " |");
                    }
                }
            }
            default -> {
                out.println(head);
                for (Roadmap.Step s : r.steps()) {
                    out.println("  " + w.get("stepLevel", s.itemId(), s.level()) + ":");
                    for (Gap g : s.criteria()) {
                        out.println("    " + g.criterionId() + "  " + TableReport.pad(w.get(g.status() == CriterionStatus.UNKNOWN
                                ? "gap.UNKNOWN" : "status.NOT_MET"), 8) + " " + text(a, g, lang.lang()));
                    }
                }
            }
        }
        return Main.OK;
    }

    private static String text(Assessment a, Gap g, String lang) {
        Criterion c = a.catalog().criterion(g.criterionId());
        return Output.shown(c.text().in(lang));
    }
}
