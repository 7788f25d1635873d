package org.opsmaturity.samples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.samples.examples.Samples;
import org.opsmaturity.schemas.Schemas;

/** Where the facts come from: a file, or one of the bundled sample organisations. */
final class FactsOptions {
    static final ParamDef<Path> FILE = new ParamDef<>("FACTS", "Facts document (JSON, docs/facts.md). "
            + "Default: the bundled sample organisation given by --sample.", 0, 1, Converter.PATH);
    static final OptionDef<String> SAMPLE = OptionDef.of("--sample", "NAME", Converter.TEXT,
            "Bundled sample organisation when no FACTS file is given: startup, midsize or large "
                    + "(default: ${DEFAULT-VALUE}).").withDefault("midsize");
    /** The options (the parameter is {@link #FILE}). */
    static final List<OptionDef<?>> OPTIONS = List.of(SAMPLE);

    /** Empty: the sample. */
    final Optional<Path> file;
    final String sample;

    FactsOptions(Args args) {
        file = args.param(FILE);
        sample = args.get(SAMPLE);
    }

    /** The facts, checked against the facts schema first, then by the facts reader. */
    Facts read() {
        return Schemas.readFacts(bytes());
    }

    byte[] bytes() {
        return file.isPresent() ? Json.readDocument(file.get()) : Samples.bytes(sample);
    }

    String source() {
        return file.isPresent() ? file.get().toString() : "bundled sample '" + sample + "'";
    }
}
