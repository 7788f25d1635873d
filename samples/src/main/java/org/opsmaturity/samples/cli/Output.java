package org.opsmaturity.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opsmaturity.model.MaturityException;

import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's result to a file (UTF-8, parent folders created) or to standard output. */
final class Output {
    private Output() {
    }

    /** Writes the text; returns true when it went to a file. */
    static boolean write(CommandSpec spec, Path file, String text) {
        if (file == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new MaturityException("--output: '" + file + "' could not be written (" + e.getMessage() + ")",
                    "Maybe check that the folder is writable.");
        }
    }
}
