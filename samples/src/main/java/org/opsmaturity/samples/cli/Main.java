package org.opsmaturity.samples.cli;

import java.io.PrintWriter;

import org.opsmaturity.model.MaturityException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opsmaturity} command line. Exit codes: 0 success; 1 an assessment is below
 * {@code --fail-below}; 2 invalid input (facts, options, files); 3 an unexpected internal error.
 */
@Command(name = "opsmaturity", mixinStandardHelpOptions = true, version = "opsmaturity 0.1.0",
        description = "Assess technical-operations maturity against the 7-domain, 35-item model.",
        subcommands = {AssessCommand.class, ValidateCommand.class, CatalogCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:below --fail-below", "2:invalid input", "3:internal error"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int BELOW = 1;
    public static final int INVALID = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
            if (ex instanceof MaturityException me) {
                err.println("error: " + me.getMessage());
                if (verbose) {
                    me.printStackTrace(err);
                }
                return INVALID;
            }
            err.println("internal error: " + ex);
            if (verbose) {
                ex.printStackTrace(err);
            } else {
                err.println("Maybe run again with --verbose and report the stack trace.");
            }
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("error: " + ex.getMessage());
            err.println("Maybe see: opsmaturity " + (ex.getCommandLine().getCommandName().equals("opsmaturity") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help");
            return INVALID;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
