package org.opsmaturity.samples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.opsmaturity.model.TerminalText;
import org.opsmaturity.samples.io.AtomicFile;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a command's result to a file (UTF-8, parent folders created, atomically: {@link AtomicFile}) or
 * to standard output (whose failures {@link Main#run} turns into an error), and says what was written.
 */
final class Output {
    private Output() {
    }

    /**
     * Writes the text; returns true when it went to a file. {@code inputs} are the files the command read:
     * a {@code file} that is one of them is refused.
     */
    static boolean write(CommandSpec spec, Path file, String text, Path... inputs) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return false;
        }
        List<Path> in = Arrays.stream(inputs).filter(Objects::nonNull).toList();
        AtomicFile.write(file, in, text.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** A value from the input (a subject, a path) shown on one line of the terminal: see {@link TerminalText}. */
    static String shown(Object value) {
        return TerminalText.escape(String.valueOf(value));
    }
}
