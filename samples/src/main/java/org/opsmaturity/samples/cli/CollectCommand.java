package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.opsmaturity.api.Json;
import org.opsmaturity.collect.CollectConfig;
import org.opsmaturity.collect.Collection;
import org.opsmaturity.collect.Collector;
import org.opsmaturity.collect.FactsFiles;
import org.opsmaturity.collect.Skip;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.schemas.Schemas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Collect observations from the tools you run (Prometheus, CDEvents, FinOps FOCUS cost exports) "
                + "as a facts document, each with its evidence: the source's date, the query, file and line or event "
                + "ids (docs/collect.md). Then assess it.", "",
                "Examples:", "  opsmaturity collect --config collect.yaml -o facts.json",
                "  opsmaturity collect --config collect.yaml -o facts.json --merge   # keep attestations and other observations",
                "  opsmaturity assess facts.json --format html -o report.html"})
final class CollectCommand implements Callable<Integer> {
    /** Skips listed one by one; beyond this, only their count. */
    static final int SHOWN = 20;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Collection config, YAML or JSON (docs/collect.md, schema docs/schema/collect.schema.json).")
    Path config;

    @Option(names = "--merge", description = "Merge into the existing -o file: its attestations and the observations "
            + "not collected now are kept; collected ones replace those of the same name.")
    boolean merge;

    @Mixin
    OutputOption output;

    @Mixin
    AssessorOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path out = output.output;
        if (merge && out == null) {
            throw new MaturityException("--merge: needs -o FILE, the facts file to merge into",
                    "Maybe add -o facts.json.");
        }
        Collection c = Collector.collect(CollectConfig.read(config));
        Facts facts = c.facts();
        if (merge && Files.exists(out)) {
            facts = FactsFiles.merge(Schemas.readFacts(Json.readDocument(out)), facts);
        }
        Assessment checked = options.assessor().evaluate(facts); // invalid facts are never written
        // the command line's one output path: atomic, and an -o that is the config is refused (the file merged
        // into is the output by design, so it is not named as an input)
        Output.write(spec, out, Json.write(facts), config);
        report(c, facts, checked, out);
        return Main.OK;
    }

    private void report(Collection c, Facts facts, Assessment checked, Path out) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("collected " + Words.count(c.facts().observations().size(), "observation", false) + ", "
                + c.skipped().size() + " skipped" + (out == null ? "" : "; wrote " + Output.shown(out) + " ("
                        + Words.count(facts.attestations().size(), "attestation", false) + ", "
                        + Words.count(facts.observations().size(), "observation", false) + ")"));
        List<Skip> skipped = c.skipped();
        skipped.stream().limit(SHOWN).forEach(s -> err.println("  skipped " + s.display()));
        if (skipped.size() > SHOWN) {
            err.println("  ... and " + (skipped.size() - SHOWN) + " more skipped");
        }
        c.notes().forEach(n -> err.println("  note " + n));
        checked.warnings().forEach(w -> err.println("  " + w.code() + " " + w.message()));
        err.flush();
    }
}
