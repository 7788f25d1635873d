package org.opsmaturity.samples.cli;

import java.io.PrintWriter;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/** {@code validate}: check a facts document. */
final class ValidateCommand implements CommandDef.Action {
    static CommandDef definition() {
        return CommandDef.of("validate", "facts, profile or options", new ValidateCommand(),
                "Check a facts document: against the JSON Schema (docs/schema/facts.schema.json, every problem "
                        + "with its JSON path), then the catalogue ids, the vocabulary names, units and values.", "",
                "Example:", "  opsmaturity validate my-facts.json")
                .withParam(FactsOptions.FILE).withOptions(FactsOptions.OPTIONS).withOptions(AssessorOptions.OPTIONS);
    }

    @Override
    public int run(Args args, Io io) {
        FactsOptions facts = new FactsOptions(args);
        AssessorOptions options = new AssessorOptions(args);
        Facts f = facts.read();
        org.opsmaturity.api.Assessor assessor = options.assessor();
        // strict about the profile too: a waiver past its expiry (assess only warns: WAIVER_EXPIRED) is an error here
        java.util.List<String> expired = assessor.waivers().values().stream()
                .filter(w -> w.expires().isPresent() && w.expires().get().isBefore(options.today()))
                .map(w -> "the waiver of " + w.criterionId() + " expired on " + w.expires().get()).toList();
        if (!expired.isEmpty()) {
            throw new org.opsmaturity.model.MaturityException(Output.shown(options.profile.orElseThrow()) + ": " + String.join("; ",
                    expired) + " (today is " + options.today() + ")", "Maybe renew or remove the waiver; assess "
                            + "assesses such criteria as usual, with a WAIVER_EXPIRED warning.");
        }
        Assessment a = assessor.evaluate(f);
        PrintWriter out = io.out();
        out.println("valid: " + Output.shown(facts.source()) + ": " + Words.count(f.attestations().size(), "attestation", false)
                + ", " + Words.count(f.observations().size(), "observation", false) + ", "
                + Words.count(a.warnings().size(), "warning", false));
        a.warnings().forEach(w -> out.println("  " + w.code() + " " + w.message()));
        return Main.OK;
    }
}
