package org.opsmaturity.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where the facts come from: a file, or one of the bundled sample organisations. */
final class FactsOptions {
    static final String[] SAMPLES = {"startup", "midsize", "large"};

    @Parameters(index = "0", arity = "0..1", paramLabel = "FACTS", description = "Facts document (JSON). "
            + "Default: the bundled sample organisation given by --sample.")
    Path file;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "midsize",
            description = "Bundled sample organisation when no FACTS file is given: startup, midsize or large "
                    + "(default: ${DEFAULT-VALUE}).")
    String sample;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    Facts read() {
        if (file != null) {
            return Json.readFacts(file);
        }
        return sample(sample);
    }

    String source() {
        return file != null ? file.toString() : "bundled sample '" + sample + "'";
    }

    static Facts sample(String name) {
        InputStream in = FactsOptions.class.getResourceAsStream("/samples/" + name + ".json");
        if (in == null) {
            throw new InvalidFactsException("--sample", name, "one of " + String.join(", ", SAMPLES), "");
        }
        try (in) {
            return Json.readFacts(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
