package org.opsmaturity.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import org.opsmaturity.api.internal.BoundedRead;
import org.opsmaturity.model.MaturityException;

/**
 * Reads an input file as the library does (facts, profiles, DRL): at most a given number of bytes whatever
 * the file is (a regular file, a pipe, {@code /dev/stdin}, {@code /dev/zero}), so no input can exhaust the
 * memory, and strictly UTF-8. For callers that read inputs of their own (the command line's questionnaire
 * CSV) with the same limits and the same reasons.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Why a file could not be read. */
    public enum Kind {
        /** No such file (or an empty path). */
        MISSING,
        /** More bytes than the limit. */
        TOO_LARGE,
        /** Its bytes are not UTF-8 text. */
        NOT_UTF8,
        /** Anything else: a directory, permission denied, an I/O error. */
        UNREADABLE
    }

    /** A file that could not be read; {@link #reason()} is a short phrase people understand. */
    public static final class UnreadableFileException extends MaturityException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        /** Why the file could not be read. */
        private final Kind kind;
        /** The short phrase of {@link #reason()}. */
        private final String reason;

        UnreadableFileException(Path file, Kind kind, String reason) {
            super(org.opsmaturity.model.TerminalText.escape(String.valueOf(file)) + ": could not be read (" + reason + ")", "");
            this.file = file;
            this.kind = kind;
            this.reason = reason;
        }

        /**
         * The file that could not be read.
         *
         * @return the path as given
         */
        public Path file() {
            return file;
        }

        /**
         * Which kind of failure this is.
         *
         * @return the kind
         */
        public Kind kind() {
            return kind;
        }

        /**
         * A short phrase: {@code no such file}, {@code more than 8388608 bytes}, {@code not UTF-8 text}, ...
         *
         * @return the reason
         */
        public String reason() {
            return reason;
        }
    }

    /**
     * The text of a UTF-8 file of at most {@code maxBytes} bytes.
     *
     * @param file the file to read
     * @param maxBytes the most bytes read; a longer file is refused, not truncated
     * @return its text
     * @throws UnreadableFileException if the file is missing, a directory, unreadable, longer than
     *         {@code maxBytes} or not UTF-8
     * @throws IllegalArgumentException if {@code maxBytes} is negative
     */
    public static String readUtf8(Path file, int maxBytes) {
        Objects.requireNonNull(file, "file");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes: " + maxBytes + " is negative; expected 0 or more");
        }
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, maxBytes);
        } catch (BoundedRead.Failure e) {
            Kind c = e.missing() ? Kind.MISSING : e.tooLarge() ? Kind.TOO_LARGE : Kind.UNREADABLE;
            throw new UnreadableFileException(file, c, e.reason());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, Kind.NOT_UTF8, "not UTF-8 text");
        }
    }
}
