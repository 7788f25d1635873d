package org.opsmaturity.samples.cli;

import java.nio.file.Path;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.samples.examples.Samples;
import org.opsmaturity.schemas.Schemas;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where the facts come from: a file, or one of the bundled sample organisations. */
final class FactsOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FACTS", description = "Facts document (JSON, docs/facts.md). "
            + "Default: the bundled sample organisation given by --sample.")
    Path file;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "midsize",
            description = "Bundled sample organisation when no FACTS file is given: startup, midsize or large "
                    + "(default: ${DEFAULT-VALUE}).")
    String sample;

    /** The facts, checked against the facts schema first, then by the facts reader. */
    Facts read() {
        return Schemas.readFacts(bytes());
    }

    byte[] bytes() {
        return file != null ? Json.readDocument(file) : Samples.bytes(sample);
    }

    String source() {
        return file != null ? file.toString() : "bundled sample '" + sample + "'";
    }
}
