package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command of the command line: its options, positional parameters and subcommands, the texts of its help,
 * and what it does. Every command also has {@link #STANDARD} options: {@code -h/--help}, {@code -V/--version}
 * and {@code --verbose}.
 *
 * @param name         the name typed, e.g. {@code export}
 * @param description  the help's description lines (the first is the summary in the parent's command list)
 * @param options      the command's own options
 * @param params       its positional parameters, in order
 * @param subcommands  its subcommands, in the help's order
 * @param belowExit    the help's text of exit code 1; empty when the command cannot exit with 1
 * @param invalidInput what the command reads, for the help's text of exit code 2
 * @param action       what it does
 */
record CommandDef(String name, List<String> description, List<OptionDef<?>> options, List<ParamDef<?>> params,
        List<CommandDef> subcommands, String belowExit, String invalidInput, Action action) {

    /** {@code -h/--help}. */
    static final OptionDef<Boolean> HELP = OptionDef.flag("--help", "Show this help message and exit.").withAlias("-h");
    /** {@code -V/--version}. */
    static final OptionDef<Boolean> VERSION = OptionDef.flag("--version", "Print version information and exit.")
            .withAlias("-V");
    /** {@code --verbose}: at any level of the command line, for the whole run. */
    static final OptionDef<Boolean> VERBOSE = OptionDef.flag("--verbose", "Print stack traces of errors.");
    /** The options of every command. */
    static final List<OptionDef<?>> STANDARD = List.of(HELP, VERSION, VERBOSE);

    /** What a command does with its parsed arguments; returns the exit code. */
    interface Action {
        /**
         * Runs the command.
         *
         * @param args its parsed arguments
         * @param io   where it prints
         * @return the exit code
         */
        int run(Args args, Io io);
    }

    /** The action of a command that only groups subcommands: print its help. */
    static final class Usage implements Action {
        @Override
        public int run(Args args, Io io) {
            Help.print(args, io.out());
            return Main.OK;
        }
    }

    CommandDef {
        description = List.copyOf(description);
        options = List.copyOf(options);
        params = List.copyOf(params);
        subcommands = List.copyOf(subcommands);
    }

    /**
     * A command with no options, parameters or subcommands yet.
     *
     * @param name         the name typed
     * @param invalidInput what it reads, for exit code 2 in its help
     * @param action       what it does
     * @param description  the description lines
     * @return the command
     */
    static CommandDef of(String name, String invalidInput, Action action, String... description) {
        return new CommandDef(name, List.of(description), List.of(), List.of(), List.of(), "", invalidInput, action);
    }

    /** This command with these options too. */
    CommandDef withOptions(List<OptionDef<?>> more) {
        List<OptionDef<?>> all = new ArrayList<>(options);
        all.addAll(more);
        return new CommandDef(name, description, all, params, subcommands, belowExit, invalidInput, action);
    }

    /** This command with these options too. */
    CommandDef withOptions(OptionDef<?>... more) {
        return withOptions(List.of(more));
    }

    /** This command with this positional parameter after the others. */
    CommandDef withParam(ParamDef<?> param) {
        List<ParamDef<?>> all = new ArrayList<>(params);
        all.add(param);
        return new CommandDef(name, description, options, all, subcommands, belowExit, invalidInput, action);
    }

    /** This command with these subcommands. */
    CommandDef withSubcommands(List<CommandDef> commands) {
        return new CommandDef(name, description, options, params, commands, belowExit, invalidInput, action);
    }

    /** This command with exit code 1 and its meaning. */
    CommandDef withBelowExit(String meaning) {
        return new CommandDef(name, description, options, params, subcommands, meaning, invalidInput, action);
    }

    /** The option named {@code s} (long name or alias), standard ones included. */
    Optional<OptionDef<?>> option(String s) {
        for (OptionDef<?> o : options) {
            if (o.named(s)) {
                return Optional.of(o);
            }
        }
        for (OptionDef<?> o : STANDARD) {
            if (o.named(s)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code o} is one of this command's options, standard ones included (by identity, see Args). */
    boolean has(OptionDef<?> o) {
        for (OptionDef<?> x : options) {
            if (x == o) {
                return true;
            }
        }
        return o == HELP || o == VERSION || o == VERBOSE;
    }

    /** All names and aliases of its options, standard ones included: for suggestions. */
    List<String> optionNames() {
        List<String> names = new ArrayList<>();
        for (OptionDef<?> o : allOptions()) {
            names.add(o.name());
            if (!o.alias().isEmpty()) {
                names.add(o.alias());
            }
        }
        return names;
    }

    /** Its options and the standard ones. */
    List<OptionDef<?>> allOptions() {
        List<OptionDef<?>> all = new ArrayList<>(options);
        all.addAll(STANDARD);
        return all;
    }

    Optional<CommandDef> subcommand(String s) {
        for (CommandDef c : subcommands) {
            if (c.name.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
