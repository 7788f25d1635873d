package org.opsmaturity.samples.cli;

import java.io.PrintWriter;

/**
 * Where a command prints: results to {@code out}, messages about them to {@code err}.
 *
 * @param out standard output (through the terminal escaper)
 * @param err standard error (through the terminal escaper)
 */
record Io(PrintWriter out, PrintWriter err) {
}
