package org.opsmaturity.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opsmaturity.api.OutputFiles;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.TerminalText;

/**
 * Writes a command's result to a file (UTF-8, parent folders created, atomically: {@link OutputFiles}) or
 * to standard output (whose failures {@link Main#run} turns into an error), and says what was written.
 */
final class Output {
    private Output() {
    }

    /**
     * Writes the text to the file, or to standard output when there is none; returns true when it went to a
     * file. {@code inputs} are the files the command read: a {@code file} that is one of them (also through a
     * symbolic link) is refused.
     */
    static boolean write(Io io, Optional<Path> to, String text, List<Path> inputs) {
        if (to.isEmpty()) {
            io.out().print(text);
            io.out().flush();
            return false;
        }
        Path file = to.get();
        List<Path> in = inputs;
        String target = shown(file);
        if (file.toString().isEmpty()) {
            throw new MaturityException("--output: '" + target + "' is not valid; expected a file name", "");
        }
        for (Path input : in) {
            if (same(file, input)) {
                throw new MaturityException("--output: '" + target + "' is not valid; expected a file other than the "
                        + "input '" + shown(input) + "' (it would be overwritten)", "Maybe write to a new file name.");
            }
        }
        try {
            OutputFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (OutputFiles.UnwritableFileException e) {
            throw new MaturityException("--output: " + e.getMessage(), e.hint(), e);
        }
        return true;
    }

    /** The files given: the inputs of {@link #write}. */
    @SafeVarargs
    static List<Path> given(Optional<Path>... files) {
        List<Path> given = new ArrayList<>(files.length);
        for (Optional<Path> f : files) {
            if (f.isPresent()) {
                given.add(f.get());
            }
        }
        return given;
    }

    /** Whether writing {@code target} would overwrite {@code input}: the same file, also through links. */
    static boolean same(Path target, Path input) {
        try {
            if (Files.exists(target) && Files.exists(input)) {
                return Files.isSameFile(target, input);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
    }

    /** A value from the input (a subject, a path) shown on one line of the terminal: see {@link TerminalText}. */
    static String shown(Object value) {
        return TerminalText.escape(String.valueOf(value));
    }
}
