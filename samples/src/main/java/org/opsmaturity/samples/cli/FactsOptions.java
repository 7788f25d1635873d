package org.opsmaturity.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.samples.schema.Schemas;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where the facts come from: a file, or one of the bundled sample organisations. */
final class FactsOptions {
    static final String[] SAMPLES = {"startup", "midsize", "large"};

    @Parameters(index = "0", arity = "0..1", paramLabel = "FACTS", description = "Facts document (JSON, docs/facts.md). "
            + "Default: the bundled sample organisation given by --sample.")
    Path file;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "midsize",
            description = "Bundled sample organisation when no FACTS file is given: startup, midsize or large "
                    + "(default: ${DEFAULT-VALUE}).")
    String sample;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    /** The facts, checked against the facts schema first, then by the facts reader. */
    Facts read() {
        return Schemas.readFacts(bytes());
    }

    byte[] bytes() {
        if (file != null) {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > Json.MAX_DOCUMENT_BYTES) {
                    Json.readFacts(file); // throws the reader's message: no such file, too large
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvalidFactsException("file", file, "a readable facts file (" + e.getMessage() + ")", "");
            }
        }
        return sample(sample);
    }

    String source() {
        return file != null ? file.toString() : "bundled sample '" + sample + "'";
    }

    static byte[] sample(String name) {
        InputStream in = FactsOptions.class.getResourceAsStream("/samples/" + name + ".json");
        if (in == null) {
            throw new InvalidFactsException("--sample", name, "one of " + String.join(", ", SAMPLES), "");
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
