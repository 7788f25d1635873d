package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.Json;
import org.opsmaturity.model.Diff;
import org.opsmaturity.schemas.Schemas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two assessments of one subject (e.g. last quarter and now): levels up and down, "
                + "criteria gained and lost, new conflicts and waivers.", "",
                "Example:",
                "  opsmaturity diff facts-2026q3.json facts-2026q4.json --format json"})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier facts document.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later facts document.")
    Path after;

    @Mixin
    AssessorOptions options;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Assessor assessor = options.assessor();
        // each file read once and checked against the facts schema first, as assess and validate do
        Diff d = Diff.between(assessor.evaluate(Schemas.readFacts(Json.readDocument(before))),
                assessor.evaluate(Schemas.readFacts(Json.readDocument(after))));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(d));
            return Main.OK;
        }
        if (d.isEmpty()) {
            out.println("no change");
            return Main.OK;
        }
        for (Diff.Change c : d.levels()) {
            out.println((c.delta() > 0 ? "up    " : c.delta() < 0 ? "down  " : "same  ") + c.kind() + " " + c.id() + ": "
                    + c.before() + " -> " + c.after() + " (potential " + c.potentialBefore() + " -> " + c.potentialAfter()
                    + ")");
        }
        d.gained().forEach(g -> out.println("gained " + g.criterionId() + " (" + g.before() + " -> MET)"));
        d.lost().forEach(g -> out.println("lost   " + g.criterionId() + " (MET -> " + g.after() + ")"));
        d.newConflicts().forEach(w -> out.println("new conflict " + w.subject() + ": " + w.message()));
        d.newWaivers().forEach(w -> out.println("new waiver " + w));
        return Main.OK;
    }
}
