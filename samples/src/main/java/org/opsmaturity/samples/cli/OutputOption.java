package org.opsmaturity.samples.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code -o FILE} and {@code --verbose}, for commands that do not read facts. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;
}
