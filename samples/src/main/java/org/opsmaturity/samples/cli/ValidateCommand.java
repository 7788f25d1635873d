package org.opsmaturity.samples.cli;

import java.util.concurrent.Callable;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a facts document against the format, the catalogue and the vocabulary.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Facts f = facts.read();
        Assessment a = Assessor.standard().evaluate(f);
        spec.commandLine().getOut().println("valid: " + facts.source() + ": " + f.attestations().size()
                + " attestations, " + f.observations().size() + " observations, " + a.warnings().size() + " warnings");
        a.warnings().forEach(w -> spec.commandLine().getOut().println("  " + w.code() + " " + w.message()));
        return Main.OK;
    }
}
