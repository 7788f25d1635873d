package org.opsmaturity.samples.cli;

import java.util.List;

/**
 * A command line that cannot be parsed: an unknown option or command, a missing or invalid value. Exit
 * code 2; the message is printed after {@code error: }, then the suggestions or a pointer to the help.
 */
final class ArgException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Names close to an unknown one, best first; empty for none. */
    private final List<String> suggestions;
    /** The command whose arguments were wrong, e.g. "opsmaturity questionnaire export"; empty when not known. */
    private final String command;

    /** A value a converter refuses: the parser adds the option's or parameter's name. */
    ArgException(String message) {
        this(message, List.of(), "");
    }

    ArgException(String message, List<String> suggestions, String command) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
        this.command = command;
    }

    List<String> suggestions() {
        return suggestions;
    }

    String command() {
        return command;
    }
}
