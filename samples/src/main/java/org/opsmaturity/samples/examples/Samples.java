package org.opsmaturity.samples.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;

/** The bundled sample organisations ({@code samples/*.json} on the class path), for the CLI, examples and benchmarks. */
public final class Samples {
    /** Their names, smallest first. */
    public static final List<String> NAMES = List.of("startup", "midsize", "large");

    private Samples() {
    }

    /**
     * The facts document of a sample, as bytes; an unknown name is an error naming the {@code --sample} option.
     *
     * @param name one of {@link #NAMES}
     * @return the JSON document
     * @throws InvalidFactsException if the name is not a sample's
     */
    public static byte[] bytes(String name) {
        InputStream in = NAMES.contains(name) ? Samples.class.getResourceAsStream("/samples/" + name + ".json") : null;
        if (in == null) {
            throw new InvalidFactsException("--sample", name, "one of " + String.join(", ", NAMES), "");
        }
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facts of a sample, read by {@link Json#readFacts(byte[])}.
     *
     * @param name one of {@link #NAMES}
     * @return the facts
     * @throws InvalidFactsException if the name is not a sample's
     */
    public static Facts facts(String name) {
        return Json.readFacts(bytes(name));
    }
}
