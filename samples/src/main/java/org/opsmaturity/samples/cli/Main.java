package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.samples.io.TerminalWriter;

/**
 * The {@code opsmaturity} command line. Exit codes: 0 success; 1 an assessment is below
 * {@code --fail-below}; 2 invalid input (facts, options, files); 3 an unexpected internal error.
 * Errors are one message (with a "Maybe ..." hint), without a stack trace unless {@code --verbose}.
 */
public final class Main {
    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code when an assessment is below {@code --fail-below}. */
    public static final int BELOW = 1;
    /** Exit code of invalid input: facts, options, files. */
    public static final int INVALID = 2;
    /** Exit code of an unexpected internal error. */
    public static final int INTERNAL = 3;
    /** What {@code --version} prints. */
    static final String VERSION = "opsmaturity 0.1.0";

    /** The commands, in the order of the help. */
    static final List<String> COMMANDS = List.of("assess", "validate", "catalog", "questionnaire", "roadmap", "diff",
            "collect", "history");

    private Main() {
    }

    /**
     * Runs the command line on the standard streams and exits with its exit code.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && RULE_COMMANDS.contains(args[0])) {
            Assessor.preloadInBackground(); // the rule base, on the second core, while this thread parses
        }
        // System.out never throws: its error flag is read with the writer's, so a failed write is not exit 0
        PrintWriter out = new PrintWriter(System.out, true) {
            @Override
            public boolean checkError() {
                return super.checkError() || System.out.checkError();
            }
        };
        System.exit(run(args, out, new PrintWriter(System.err, true)));
    }

    /** The commands that evaluate facts, for which the rule base is built ahead (see {@link #main}). */
    static final java.util.Set<String> RULE_COMMANDS = java.util.Set.of("assess", "validate", "roadmap", "diff");

    /** The definition of a command, built only when needed. */
    static CommandDef command(String name) {
        return switch (name) {
            case "assess" -> AssessCommand.definition();
            case "validate" -> ValidateCommand.definition();
            case "catalog" -> CatalogCommand.definition();
            case "questionnaire" -> QuestionnaireCommand.definition();
            case "roadmap" -> RoadmapCommand.definition();
            case "diff" -> DiffCommand.definition();
            case "collect" -> CollectCommand.definition();
            case "history" -> HistoryCommand.definition();
            default -> throw new IllegalArgumentException("command: '" + name + "' is not valid; expected one of "
                    + COMMANDS);
        };
    }

    /**
     * The top level with the given subcommands.
     *
     * @param names the subcommands' names, each one of {@link #COMMANDS}
     * @return the top-level command
     */
    static CommandDef topLevel(List<String> names) {
        List<CommandDef> commands = new ArrayList<>(names.size());
        for (String n : names) {
            commands.add(command(n));
        }
        return CommandDef.of("opsmaturity", "facts, questionnaire, options or files", new CommandDef.Usage(),
                "Assess technical-operations maturity against the 7-domain, 35-item model.")
                .withBelowExit("assess only: below a --fail-below threshold").withSubcommands(commands);
    }

    /**
     * Runs the command line with the given output streams and returns the exit code. Only the subcommand
     * named first is defined (the others' classes are not loaded, on the path to the first result); anything
     * else (no command, --help, a typo) gets all of them.
     *
     * @param args   the command line's arguments
     * @param stdout where results go (through the terminal escaper)
     * @param stderr where errors go
     * @return the exit code: {@link #OK}, {@link #BELOW}, {@link #INVALID} or {@link #INTERNAL}
     */
    public static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
        // every line printed goes through the one terminal escaper
        PrintWriter out = new PrintWriter(new TerminalWriter(stdout));
        PrintWriter err = new PrintWriter(new TerminalWriter(stderr), true);
        int code;
        try {
            code = execute(args, out, err);
        } catch (Throwable e) { // an Error (e.g. out of memory) escapes execute: still exit 3, never 1
            err.println("internal error: " + e);
            err.println("Maybe run again with --verbose and report the stack trace.");
            code = INTERNAL;
        }
        out.flush();
        if (out.checkError() || stdout.checkError()) {
            err.println("error: standard output could not be written (closed, or the disk is full); the output is "
                    + "incomplete");
            code = Math.max(code, INVALID);
        }
        err.flush();
        return code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        String first = args.length > 0 ? args[0] : "";
        CommandDef top = topLevel(COMMANDS.contains(first) ? List.of(first) : COMMANDS);
        Args parsed;
        try {
            parsed = Args.parse(top, args);
            for (Args a = parsed; ; a = a.subcommand().get()) {
                if (a.flag(CommandDef.HELP)) {
                    Help.print(a, out);
                    return OK;
                }
                if (a.flag(CommandDef.VERSION)) {
                    out.println(VERSION);
                    return OK;
                }
                if (a.subcommand().isEmpty()) {
                    break;
                }
            }
            parsed.checkRequired();
        } catch (ArgException e) {
            err.println("error: " + e.getMessage());
            if (!e.suggestions().isEmpty()) {
                err.println("Maybe you meant: " + String.join(", ", e.suggestions()));
            } else {
                err.println("Maybe see: " + (e.command().isEmpty() ? top.name() : e.command()) + " --help");
            }
            return INVALID;
        }
        Args command = parsed.last();
        try {
            return command.command().action().run(command, new Io(out, err));
        } catch (MaturityException e) {
            err.println("error: " + e.getMessage());
            if (command.flag(CommandDef.VERBOSE)) {
                e.printStackTrace(err);
            }
            return INVALID;
        } catch (RuntimeException e) {
            err.println("internal error: " + e);
            if (command.flag(CommandDef.VERBOSE)) {
                e.printStackTrace(err);
            } else {
                err.println("Maybe run again with --verbose and report the stack trace.");
            }
            return INTERNAL;
        }
    }
}
