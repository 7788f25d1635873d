package org.opsmaturity.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.opsmaturity.collect.internal.Configs;
import org.opsmaturity.collect.internal.Source;
import org.opsmaturity.rules.StandardRules;

/**
 * A collection config (docs/collect.md): the subject and the sources (Prometheus queries, CDEvents files,
 * FOCUS cost exports), each mapped to observation names of the vocabulary. Read strictly: an unknown field,
 * kind or observation name is a {@link CollectException} naming its path, with a "Maybe you meant" hint.
 */
public final class CollectConfig {
    /** Largest config file read (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;

    private final Configs.Config config;

    private CollectConfig(Configs.Config config) {
        this.config = config;
    }

    /**
     * Reads a YAML or JSON config; relative paths in it are relative to its folder.
     *
     * @param file the file
     * @return the config
     */
    public static CollectConfig read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CollectException(file + ": " + Files.size(file) + " bytes; expected a config of at most "
                        + MAX_BYTES + " bytes", "");
            }
            Path dir = file.toAbsolutePath().getParent();
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), dir);
        } catch (NoSuchFileException e) {
            throw new CollectException("--config: '" + file + "' does not exist", "Maybe check the path.", e);
        } catch (IOException e) {
            throw new CollectException("--config: '" + file + "' cannot be read (" + e + ")", "", e);
        }
    }

    /**
     * Parses a config text; {@code origin} names it in messages, relative paths resolve against {@code dir}.
     *
     * @param text the text
     * @param origin where the text comes from, for messages
     * @param dir the folder relative paths are resolved against
     * @return the config
     */
    public static CollectConfig parse(String text, String origin, Path dir) {
        return new CollectConfig(Configs.parse(text, origin, dir, StandardRules.vocabulary()));
    }

    /**
     * The subject the config names; empty when it names none.
     *
     * @return the text
     */
    public String subject() {
        return config.subject();
    }

    /**
     * The names of the sources, in order, e.g. {@code prometheus prod}.
     *
     * @return the list
     */
    public List<String> sources() {
        return config.sources().stream().map(Source::name).toList();
    }

    List<Source> sourceList() {
        return config.sources();
    }
}
