package org.opsmaturity.samples.cli;

import java.util.Optional;

/**
 * One option of a command: {@code --name VALUE}, {@code --name=VALUE}, or with a short alias {@code -x VALUE},
 * {@code -xVALUE}; a flag takes no value (or {@code --flag=true|false}).
 *
 * @param name         the long name, e.g. {@code --format}
 * @param alias        the short alias, e.g. {@code -f}; empty for none
 * @param label        the value's label in the help, e.g. {@code FORMAT}; empty for a flag
 * @param description  the help text; {@code ${DEFAULT-VALUE}} stands for the default
 * @param defaultValue the text converted when the option is not given; empty for none
 * @param repeatable   whether it may be given more than once (each value is kept)
 * @param required     whether it must be given
 * @param converter    turns the text into the value
 * @param <T>          the value's type
 */
record OptionDef<T>(String name, String alias, String label, String description, Optional<String> defaultValue,
        boolean repeatable, boolean required, Converter<T> converter) {
    OptionDef {
        if (!name.startsWith("--") || name.length() < 3) {
            throw new IllegalArgumentException("name: '" + name + "' is not valid; expected --NAME");
        }
        if (!alias.isEmpty() && (alias.length() != 2 || alias.charAt(0) != '-' || alias.charAt(1) == '-')) {
            throw new IllegalArgumentException(name + ": alias '" + alias + "' is not valid; expected -X");
        }
    }

    /**
     * A flag: true when given.
     *
     * @param name        the long name
     * @param description the help text
     * @return the option
     */
    static OptionDef<Boolean> flag(String name, String description) {
        return new OptionDef<>(name, "", "", description, Optional.empty(), false, false, Converter.FLAG);
    }

    /**
     * An option with a value.
     *
     * @param name        the long name
     * @param label       the value's label in the help
     * @param converter   turns the text into the value
     * @param description the help text
     * @param <T>         the value's type
     * @return the option
     */
    static <T> OptionDef<T> of(String name, String label, Converter<T> converter, String description) {
        if (label.isEmpty()) {
            throw new IllegalArgumentException(name + ": label is empty; expected the value's label, e.g. FILE");
        }
        return new OptionDef<>(name, "", label, description, Optional.empty(), false, false, converter);
    }

    /** This option with a short alias, e.g. {@code -f}. */
    OptionDef<T> withAlias(String shortName) {
        return new OptionDef<>(name, shortName, label, description, defaultValue, repeatable, required, converter);
    }

    /** This option with a default, converted when the option is not given. */
    OptionDef<T> withDefault(String value) {
        return new OptionDef<>(name, alias, label, description, Optional.of(value), repeatable, required, converter);
    }

    /** This option, repeatable. */
    OptionDef<T> repeated() {
        return new OptionDef<>(name, alias, label, description, defaultValue, true, required, converter);
    }

    /** This option, required. */
    OptionDef<T> mandatory() {
        return new OptionDef<>(name, alias, label, description, defaultValue, repeatable, true, converter);
    }

    boolean isFlag() {
        return label.isEmpty();
    }

    /** Whether {@code s} is its name or its alias. */
    boolean named(String s) {
        return name.equals(s) || (!alias.isEmpty() && alias.equals(s));
    }

    /** "--format=FORMAT", "--lenient". */
    String withLabel() {
        return isFlag() ? name : name + "=" + label;
    }

    /** The help text with its default filled in. */
    String shownDescription() {
        return description.replace("${DEFAULT-VALUE}", defaultValue.orElse(""));
    }
}
