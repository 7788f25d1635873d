package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a facts document: against the JSON Schema (docs/schema/facts.schema.json, every problem "
                + "with its JSON path), then the catalogue ids, the vocabulary names, units and values.", "",
                "Example:", "  opsmaturity validate my-facts.json"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Mixin
    AssessorOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Facts f = facts.read();
        Assessment a = options.assessor().evaluate(f);
        PrintWriter out = spec.commandLine().getOut();
        out.println("valid: " + facts.source() + ": " + f.attestations().size() + " attestations, "
                + f.observations().size() + " observations, " + a.warnings().size() + " warnings");
        a.warnings().forEach(w -> out.println("  " + w.code() + " " + w.message()));
        return Main.OK;
    }
}
