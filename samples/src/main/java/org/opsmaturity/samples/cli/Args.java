package org.opsmaturity.samples.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opsmaturity.model.Strings;

/**
 * The parsed arguments of one command of a command line, and the parser. {@code opsmaturity questionnaire
 * export -f markdown} gives three: the top level, {@code questionnaire}, and {@code export} with its option.
 * Options are {@code --name VALUE}, {@code --name=VALUE}, {@code -x VALUE}, {@code -xVALUE}, {@code -x=VALUE};
 * short flags may be clustered ({@code -hV}); {@code --} ends the options (what follows is positional).
 */
final class Args {
    private final CommandDef command;
    private final Optional<Args> parent;
    private Optional<Args> subcommand = Optional.empty();
    /** By identity: a record's hashCode and equals are bootstrapped at run time, slow on the first call. */
    private final Map<OptionDef<?>, List<Object>> values = new IdentityHashMap<>();
    private final List<Object> params = new ArrayList<>();

    private Args(CommandDef command, Optional<Args> parent) {
        this.command = command;
        this.parent = parent;
    }

    /**
     * Parses a command line. Values are converted as they are read; required options and parameters are
     * checked by {@link #checkRequired()} (not when help or the version is asked for).
     *
     * @param top  the top-level command
     * @param argv the arguments
     * @return the top level's arguments; {@link #subcommand()} leads to the command named
     * @throws ArgException when an argument is unknown, misses its value or has an invalid one
     */
    static Args parse(CommandDef top, String[] argv) {
        Args root = new Args(top, Optional.empty());
        Args current = root;
        boolean endOfOptions = false;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!endOfOptions) {
                if (a.equals("--")) {
                    endOfOptions = true;
                    continue;
                }
                Optional<CommandDef> sub = current.command.subcommand(a);
                if (sub.isPresent()) {
                    Args next = new Args(sub.get(), Optional.of(current));
                    current.subcommand = Optional.of(next);
                    current = next;
                    continue;
                }
                if (a.length() > 1 && a.charAt(0) == '-') {
                    i = current.option(argv, i);
                    continue;
                }
            }
            current.positional(a, i);
        }
        return root;
    }

    /** Reads the option at {@code argv[i]} (and its value); returns the index of the last argument used. */
    private int option(String[] argv, int i) {
        String a = argv[i];
        String name = a;
        String attached = null;
        if (a.startsWith("--")) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                attached = a.substring(eq + 1);
            }
        } else if (a.length() > 2) {
            name = a.substring(0, 2);
            attached = a.substring(2);
        }
        Optional<OptionDef<?>> found = command.option(name);
        if (found.isEmpty()) {
            throw unknown(a);
        }
        OptionDef<?> o = found.get();
        if (o.isFlag()) {
            if (attached == null) {
                set(o, Boolean.TRUE);
            } else if (a.startsWith("--")) {
                set(o, convert(o, attached));
            } else { // clustered short flags: -hV
                set(o, Boolean.TRUE);
                for (int k = 0; k < attached.length(); k++) {
                    Optional<OptionDef<?>> f = command.option("-" + attached.charAt(k));
                    if (f.isEmpty() || !f.get().isFlag()) {
                        throw unknown(a);
                    }
                    set(f.get(), Boolean.TRUE);
                }
            }
            return i;
        }
        if (attached != null) {
            set(o, convert(o, !a.startsWith("--") && attached.startsWith("=") ? attached.substring(1) : attached));
            return i;
        }
        if (i + 1 >= argv.length) {
            throw error("Missing required parameter for option '" + o.name() + "' (" + o.label() + ")", List.of());
        }
        String value = argv[i + 1];
        if (isOption(value)) {
            throw error("Expected parameter for option '" + o.name() + "' but found '" + Output.shown(value) + "'",
                    List.of());
        }
        set(o, convert(o, value));
        return i + 1;
    }

    /**
     * Whether {@code s} is one of this command's options, as a value would be mistaken for: a long option
     * (with or without {@code =value}), or a short one with anything attached ({@code -fjson}, {@code -hV}).
     */
    private boolean isOption(String s) {
        int eq = s.indexOf('=');
        if (s.startsWith("--")) {
            return command.option(eq > 0 ? s.substring(0, eq) : s).isPresent();
        }
        return s.startsWith("-") && s.length() >= 2 && command.option(s.substring(0, 2)).isPresent();
    }

    private ArgException unknown(String a) {
        return error("Unknown option: '" + Output.shown(a) + "'", Strings.closest(a, command.optionNames()));
    }

    private Object convert(OptionDef<?> o, String text) {
        // a repeatable option is named with its label, as picocli named it
        return convert(o.converter(), text, "option '" + o.name() + "'" + (o.repeatable() ? " (" + o.label() + ")" : ""));
    }

    /** The value of {@code text}, or the parser's error naming {@code what} (an option, a parameter). */
    private Object convert(Converter<?> converter, String text, String what) {
        try {
            return converter.convert(text);
        } catch (ArgException | IllegalArgumentException e) {
            throw error("Invalid value for " + what + ": " + e.getMessage(), List.of());
        }
    }

    private void set(OptionDef<?> o, Object value) {
        List<Object> list = values.get(o);
        if (list == null) {
            list = new ArrayList<>(1);
            values.put(o, list);
        }
        if (!list.isEmpty() && !o.repeatable() && !o.isFlag()) {
            throw error("option '" + o.name() + "' (" + o.label() + ") should be specified only once", List.of());
        }
        list.add(value);
    }

    private void positional(String a, int index) {
        int n = params.size();
        int upTo = 0;
        for (ParamDef<?> p : command.params()) {
            upTo += p.max();
            if (n < upTo) {
                params.add(convert(p.converter(), a, "positional parameter at index " + n + " (" + p.label() + ")"));
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (CommandDef c : command.subcommands()) {
            names.add(c.name());
        }
        throw error("Unmatched argument at index " + index + ": '" + Output.shown(a) + "'", Strings.closest(a, names));
    }

    private ArgException error(String message, List<String> suggestions) {
        return new ArgException(message, suggestions, qualifiedName());
    }

    /**
     * Checks that the required options and parameters of every command of the line are given.
     *
     * @throws ArgException naming the first one missing
     */
    void checkRequired() {
        for (OptionDef<?> o : command.options()) {
            if (o.required() && !values.containsKey(o)) {
                throw error("Missing required option: '" + o.withLabel() + "'", List.of());
            }
        }
        int given = params.size();
        for (ParamDef<?> p : command.params()) {
            if (given < p.min()) {
                throw error("Missing required parameter: '" + p.label() + "'", List.of());
            }
            given = Math.max(0, given - p.max());
        }
        if (subcommand.isPresent()) {
            subcommand.get().checkRequired();
        }
    }

    /** The command these arguments are of. */
    CommandDef command() {
        return command;
    }

    /** "opsmaturity questionnaire export"; made when asked for (help, errors), not on the way to a result. */
    String qualifiedName() {
        return parent.isPresent() ? parent.get().qualifiedName() + " " + command.name() : command.name();
    }

    /** The arguments of the subcommand named after this command's, if one is. */
    Optional<Args> subcommand() {
        return subcommand;
    }

    /** The command named last: the one to run. */
    Args last() {
        Args a = this;
        while (a.subcommand.isPresent()) {
            a = a.subcommand.get();
        }
        return a;
    }

    /** Whether a flag is given (and not {@code =false}) for this command or, for {@code --verbose}, any. */
    boolean flag(OptionDef<Boolean> o) {
        Object v = first(o);
        if (Boolean.TRUE.equals(v)) {
            return true;
        }
        return o == CommandDef.VERBOSE && v == null && parent.isPresent() && parent.get().flag(o);
    }

    /**
     * The value of an option: the one given, else its default.
     *
     * @throws IllegalStateException when neither is (a programming error: use {@link #optional})
     */
    <T> T get(OptionDef<T> o) {
        Optional<T> v = optional(o);
        if (v.isEmpty()) {
            throw new IllegalStateException(o.name() + ": not given and no default");
        }
        return v.get();
    }

    /** The value of an option: the one given, else its default, else empty. */
    <T> Optional<T> optional(OptionDef<T> o) {
        @SuppressWarnings("unchecked")
        T v = (T) first(o);
        if (v != null) {
            return Optional.of(v);
        }
        return o.defaultValue().isPresent() ? Optional.of(o.converter().convert(o.defaultValue().get())) : Optional.empty();
    }

    /** Every value given to a repeatable option, in order. */
    @SuppressWarnings("unchecked")
    <T> List<T> all(OptionDef<T> o) {
        check(o);
        return (List<T>) List.copyOf(values.getOrDefault(o, List.of()));
    }

    /** The positional parameters, converted. */
    @SuppressWarnings("unchecked")
    <T> List<T> params(ParamDef<T> p) {
        if (command.params().size() != 1 || command.params().get(0) != p) {
            throw new IllegalArgumentException(p.label() + ": not the one parameter of " + qualifiedName());
        }
        return (List<T>) List.copyOf(params);
    }

    /** The first positional parameter, if given. */
    <T> Optional<T> param(ParamDef<T> p) {
        List<T> all = params(p);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private Object first(OptionDef<?> o) {
        check(o);
        List<Object> v = values.get(o);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    private void check(OptionDef<?> o) {
        if (!command.has(o)) {
            throw new IllegalArgumentException(o.name() + ": not an option of " + qualifiedName());
        }
    }
}
