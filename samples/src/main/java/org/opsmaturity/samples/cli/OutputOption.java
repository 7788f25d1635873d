package org.opsmaturity.samples.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command writes its document. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;
}
