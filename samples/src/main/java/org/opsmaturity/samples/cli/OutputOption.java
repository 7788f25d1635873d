package org.opsmaturity.samples.cli;

import java.nio.file.Path;
import java.util.Optional;

/** {@code -o FILE}: where a command writes its document. */
final class OutputOption {
    static final OptionDef<Path> OUTPUT = OptionDef.of("--output", "FILE", Converter.PATH,
            "Write to FILE instead of standard output.").withAlias("-o");

    /** Empty: standard output. */
    final Optional<Path> output;

    OutputOption(Args args) {
        output = args.optional(OUTPUT);
    }
}
