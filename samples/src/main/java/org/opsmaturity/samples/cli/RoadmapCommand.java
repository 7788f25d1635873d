package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.Roadmap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "roadmap", mixinStandardHelpOptions = true,
        description = {"The smallest set of criteria that, once met, brings an item, area, domain or the whole to a "
                + "level, grouped by item and ordered by level.", "",
                "Examples:",
                "  opsmaturity roadmap --sample midsize --target overall --level 2",
                "  opsmaturity roadmap facts.json --target 6 --level 3 --format json"})
final class RoadmapCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    FactsOptions facts;

    @Mixin
    AssessorOptions options;

    @Mixin
    LangOption lang;

    @Option(names = "--target", defaultValue = "overall", paramLabel = "ID",
            description = "An item (6.1.1), area (6.1), domain (6) or overall (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "The level to reach, 1..5 (default: one above the target's level).")
    Integer level;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        org.opsmaturity.model.Facts read = facts.read(); // first, as in AssessCommand
        Assessment a = options.assessor().evaluate(read);
        int to = level != null ? level : Math.min(5, a.level(target) + 1);
        Roadmap r = a.roadmap(target, to);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(r));
            return Main.OK;
        }
        out.println("roadmap: " + target + " from level " + a.level(target) + " to " + to + ": " + r.size()
                + " criteria to meet (" + r.missing() + " not met, " + r.unknown() + " unknown); " + r.met()
                + " already met");
        for (Roadmap.Step s : r.steps()) {
            out.println("  " + s.itemId() + " level " + s.level() + ":");
            for (Gap g : s.criteria()) {
                Criterion c = a.catalog().criterion(g.criterionId());
                out.println("    " + g.criterionId() + "  " + (g.status() == org.opsmaturity.model.CriterionStatus.UNKNOWN ? "unknown " : "not met ")
                        + " " + c.text().in(lang.lang()));
            }
        }
        return Main.OK;
    }
}
