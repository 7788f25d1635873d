package org.opsmaturity.samples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.samples.io.TerminalWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opsmaturity} command line. Exit codes: 0 success; 1 an assessment is below
 * {@code --fail-below}; 2 invalid input (facts, options, files); 3 an unexpected internal error.
 * Errors are one message (with a "Maybe ..." hint), without a stack trace unless {@code --verbose}.
 */
@Command(name = "opsmaturity", mixinStandardHelpOptions = true, version = "opsmaturity 0.1.0",
        description = "Assess technical-operations maturity against the 7-domain, 35-item model.")
public final class Main implements Runnable {
    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code when an assessment is below {@code --fail-below}. */
    public static final int BELOW = 1;
    /** Exit code of invalid input: facts, options, files. */
    public static final int INVALID = 2;
    /** Exit code of an unexpected internal error. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Declared once here and inherited by every subcommand; read from the parse result (see run). */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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

    /** Every command's --help lists its own exit codes: 1 only where a command can return it. */
    private static void exitCodes(CommandLine cl) {
        Object command = cl.getCommandSpec().userObject();
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" 0", "success");
        if (command instanceof Main) {
            m.put(" 1", "assess only: below a --fail-below threshold");
        } else if (command instanceof AssessCommand) {
            m.put(" 1", "below a --fail-below threshold");
        }
        m.put(" 2", "invalid input: " + INVALID_INPUTS.getOrDefault(cl.getCommandName(),
                "facts, questionnaire, options or files") + "; or an output that cannot be written");
        m.put(" 3", "internal error (run again with --verbose and report it)");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(m);
        cl.getSubcommands().values().forEach(Main::exitCodes);
    }

    /** What each command reads, for its exit code 2. */
    private static final Map<String, String> INVALID_INPUTS = Map.ofEntries(
            Map.entry("assess", "facts, profile, history or options"),
            Map.entry("validate", "facts, profile or options"),
            Map.entry("catalog", "options"),
            Map.entry("questionnaire", "questionnaire, facts or options"),
            Map.entry("export", "facts or options"),
            Map.entry("import", "questionnaire or options"),
            Map.entry("roadmap", "facts, profile, target or options"),
            Map.entry("diff", "facts, profile or options"),
            Map.entry("collect", "config, sources or options"),
            Map.entry("history", "history store or options"),
            Map.entry("trend", "history store, subject, target or options"),
            Map.entry("changes", "history store or options"));

    /** The subcommands, in the order of the usage message. */
    private static final Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, java.util.function.Supplier<Object>> subcommands() {
        Map<String, java.util.function.Supplier<Object>> m = new LinkedHashMap<>();
        m.put("assess", AssessCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("catalog", CatalogCommand::new);
        m.put("questionnaire", QuestionnaireCommand::new);
        m.put("roadmap", RoadmapCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("collect", CollectCommand::new);
        m.put("history", HistoryCommand::new);
        return m;
    }

    /**
     * Runs the command line with the given output streams and returns the exit code. Only the subcommand
     * named first is built (picocli reflects over every option of every command it is given, a tenth of a
     * second at start-up); anything else (no command, --help, a typo) gets all of them.
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
        } catch (Throwable e) { // an Error (e.g. out of memory) escapes picocli's handlers: still exit 3, never 1
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
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first)) {
            cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        exitCodes(cl);
        // no colours: the terminal escaper would show their escape sequences as text
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = false;
            for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
                verbose |= p.hasMatchedOption("--verbose");
            }
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
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("Maybe you meant: " + String.join(", ", u.getSuggestions()));
            } else {
                err.println("Maybe see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            }
            return INVALID;
        });
        return cl.execute(args);
    }
}
