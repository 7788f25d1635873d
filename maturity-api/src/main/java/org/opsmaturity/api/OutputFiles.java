package org.opsmaturity.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.TerminalText;

/**
 * Writes an output file as the library and its command line do (results, reports, facts files), the
 * counterpart of {@link InputFiles}: the document goes to a temporary file in the target's folder, is
 * flushed to the disk ({@code fsync}) and then moved over the target in one atomic step, so the target is
 * always either the old file or the whole new one, whatever happens (a full disk, {@code kill -9}, a power
 * cut, two processes writing the same file). Missing parent folders are created. Where the file system
 * refuses an atomic move the temporary file is moved over the target without it (still never a half-written
 * target, but a crash during the move may leave the old one beside the temporary file). A target that is
 * not a regular file (a terminal, a pipe, {@code /dev/null}) is written in place, as nothing could be kept
 * there anyway. On any failure the old target is unchanged, the temporary file is removed and an
 * {@link UnwritableFileException} names the file and the reason.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** What writes the document. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the whole document.
         *
         * @param out the temporary file's stream (or the target's, when it is not a regular file)
         * @throws IOException if writing fails; the target is then left as it was
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file that could not be written; {@link #reason()} is a short phrase people understand. */
    public static final class UnwritableFileException extends MaturityException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        /** The short phrase of {@link #reason()}. */
        private final String reason;

        UnwritableFileException(Path file, String reason, boolean existed, Throwable cause) {
            super(TerminalText.escape(String.valueOf(file)) + ": could not be written (" + reason + "); "
                    + (existed ? "the file there is unchanged" : "nothing was written"),
                    "Maybe check the free space and that the folder is writable.", cause);
            this.file = file;
            this.reason = reason;
        }

        /**
         * The file that could not be written.
         *
         * @return the path as given
         */
        public Path file() {
            return file;
        }

        /**
         * Why, in a few words: {@code it is a directory}, {@code permission denied}, {@code No space left on device}.
         *
         * @return the reason, escaped for a terminal
         */
        public String reason() {
            return reason;
        }
    }

    /**
     * Writes {@code bytes} to {@code target} atomically; see {@link #writeAtomically(Path, Body)}.
     *
     * @param target the file to write
     * @param bytes the whole document
     * @throws UnwritableFileException if the target cannot be written; it is then unchanged
     * @throws NullPointerException if an argument is null
     */
    public static void writeAtomically(Path target, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        writeAtomically(target, out -> out.write(bytes));
    }

    /**
     * Writes the document {@code body} produces to {@code target} atomically (see the class comment): the
     * target is the old file or the whole new one, and when {@code body} throws, or anything else fails,
     * it is the old one, byte for byte, and no temporary file is left.
     *
     * @param target the file to write
     * @param body writes the document to the stream it is given
     * @throws UnwritableFileException if the target is empty, a directory or cannot be written, or
     *         {@code body} fails; the target is then unchanged
     * @throws NullPointerException if an argument is null
     */
    public static void writeAtomically(Path target, Body body) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        if (target.toString().isEmpty()) {
            throw new UnwritableFileException(target, "an empty path; expected a file name", false, null);
        }
        Path temp = null;
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                if (Files.isDirectory(target)) {
                    throw new IOException("it is a directory");
                }
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    body.writeTo(out); // a device or a pipe: nothing to keep, nothing to replace
                }
                return;
            }
            Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
            Path dir = real.getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            permissions(real, temp);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING); // the file system cannot do it atomically
            }
            temp = null;
            syncFolder(dir);
        } catch (IOException | RuntimeException e) {
            throw new UnwritableFileException(target, reason(e), Files.exists(target), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure is reported already; a stray temporary file is named .<target>.*.tmp
                }
            }
        }
    }

    private static String reason(Exception e) {
        String m = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.FileAlreadyExistsException f ? "'" + f.getFile() + "' is in the way (not a folder)"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return TerminalText.escape(m);
    }

    /** The new file gets the old one's permissions, or rw-r--r-- (a temporary file starts private). */
    private static void permissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(perms);
    }

    /** Makes the rename itself durable; not every system can open a folder for it, which is fine. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
