package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

/** {@code collect}: observations from the tools, as a facts document. */
final class CollectCommand implements CommandDef.Action {
    /** Skips listed one by one; beyond this, only their count. */
    static final int SHOWN = 20;

    static final OptionDef<Path> CONFIG = OptionDef.of("--config", "FILE", Converter.PATH,
            "Collection config, YAML or JSON (docs/collect.md, schema docs/schema/collect.schema.json).").mandatory();
    static final OptionDef<Boolean> MERGE = OptionDef.flag("--merge", "Merge into the existing -o file: its "
            + "attestations and the observations not collected now are kept; collected ones replace those of the "
            + "same name.");

    static CommandDef definition() {
        return CommandDef.of("collect", "config, sources or options", new CollectCommand(),
                "Collect observations from the tools you run (Prometheus, CDEvents, FinOps FOCUS cost exports) "
                + "as a facts document, each with its evidence: the source's date, the query, file and line or event "
                + "ids (docs/collect.md). Then assess it.", "",
                "Examples:", "  opsmaturity collect --config collect.yaml -o facts.json",
                "  opsmaturity collect --config collect.yaml -o facts.json --merge   # keep attestations and other observations",
                "  opsmaturity assess facts.json --format html -o report.html")
                .withOptions(CONFIG, MERGE, OutputOption.OUTPUT).withOptions(AssessorOptions.OPTIONS);
    }

    @Override
    public int run(Args args, Io io) {
        Optional<Path> out = new OutputOption(args).output;
        boolean merge = args.flag(MERGE);
        Path config = args.get(CONFIG);
        if (merge && out.isEmpty()) {
            throw new MaturityException("--merge: needs -o FILE, the facts file to merge into",
                    "Maybe add -o facts.json.");
        }
        Collection c = Collector.collect(CollectConfig.read(config));
        Facts facts = c.facts();
        if (merge && Files.exists(out.get())) {
            facts = FactsFiles.merge(Schemas.readFacts(Json.readDocument(out.get())), facts);
        }
        Assessment checked = new AssessorOptions(args).assessor().evaluate(facts); // invalid facts are never written
        // the command line's one output path: atomic, and an -o that is the config is refused (the file merged
        // into is the output by design, so it is not named as an input)
        Output.write(io, out, Json.write(facts), List.of(config));
        report(c, facts, checked, out, io.err());
        return Main.OK;
    }

    private static void report(Collection c, Facts facts, Assessment checked, Optional<Path> out, PrintWriter err) {
        err.println("collected " + Words.count(c.facts().observations().size(), "observation", false) + ", "
                + c.skipped().size() + " skipped" + (out.isEmpty() ? "" : "; wrote " + Output.shown(out.get()) + " ("
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
