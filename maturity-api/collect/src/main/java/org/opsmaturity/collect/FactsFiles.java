package org.opsmaturity.collect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;

/** Merging collected observations into a facts document, and writing a file atomically. */
public final class FactsFiles {
    private FactsFiles() {
    }

    /**
     * The existing facts with the collected observations in: every attestation is kept, an observation
     * collected now replaces the existing ones of its name, the others are kept. The subject is the
     * collected one, or the existing one when none was collected.
     *
     * @param existing the facts already in the file
     * @param collected the facts just collected
     * @return the merged facts
     */
    public static Facts merge(Facts existing, Facts collected) {
        Set<String> fresh = new HashSet<>();
        collected.observations().forEach(o -> fresh.add(o.name()));
        Facts.Builder b = Facts.builder()
                .subject(collected.subject().isEmpty() ? existing.subject() : collected.subject());
        existing.attestations().forEach(b::attest);
        for (Observation o : existing.observations()) {
            if (!fresh.contains(o.name())) {
                b.observe(o);
            }
        }
        collected.observations().forEach(b::observe);
        return b.build();
    }

    /**
     * Writes the text to the file (UTF-8) atomically: into a temporary file in the same folder, forced to
     * disk, then moved over the target in one step. On any failure the target is as it was and the
     * temporary file is removed.
     *
     * @param file the file
     * @param text the text
     */
    public static void writeAtomically(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new CollectException("--output: '" + file + "' could not be written (" + e + "); it is unchanged",
                    "Maybe check that the folder exists and is writable.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is named .<target>.*.tmp; nothing else to do
                }
            }
        }
    }
}
