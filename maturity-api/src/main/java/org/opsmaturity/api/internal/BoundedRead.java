package org.opsmaturity.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one reader of input files (facts, questionnaire CSV, profile, DRL): at most a given number of bytes
 * whatever the file is (a regular file, a pipe, {@code /dev/stdin}, {@code /dev/zero}), so no input can
 * exhaust the memory; the size a file claims is not trusted. Failures carry a reason people understand.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** Why a file could not be read: {@link #reason()} is a short phrase, {@link #tooLarge()} says which kind. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;
        private final boolean tooLarge;

        Failure(String reason, boolean missing, boolean tooLarge) {
            super(reason, null, false, false);
            this.missing = missing;
            this.tooLarge = tooLarge;
        }

        public String reason() {
            return getMessage();
        }

        /** No such file. */
        public boolean missing() {
            return missing;
        }

        /** More bytes than the limit. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /** The bytes of {@code file}, at most {@code max} of them; more is a {@link Failure} that is {@code tooLarge}. */
    public static byte[] read(Path file, int max) throws Failure {
        if (file == null || file.toString().isEmpty()) {
            throw new Failure("an empty path names no file", true, false);
        }
        if (Files.isDirectory(file)) {
            throw new Failure("it is a directory, not a file", false, false);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, max);
        } catch (NoSuchFileException e) {
            throw new Failure("no such file", true, false);
        } catch (AccessDeniedException e) {
            throw new Failure("permission denied", false, false);
        } catch (IOException e) {
            throw new Failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), false, false);
        }
    }

    /** The bytes of a stream, at most {@code max} of them (the stream is not closed). */
    public static byte[] read(InputStream in, int max) throws Failure, IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new Failure("more than " + max + " bytes", false, true);
        }
        return bytes;
    }
}
