package org.opsmaturity.samples.io;

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
import java.util.Collection;
import java.util.Set;

import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.TerminalText;

/**
 * The one writer of output files: the document goes to a temporary file in the target's folder, is
 * flushed to the disk ({@code fsync}) and then moved over the target in one atomic step, so the target
 * is always either the old file or the whole new one, whatever happens (a full disk, {@code kill -9},
 * a power cut, two processes writing the same file). A target that is an input of the command (also
 * through a symbolic link) is refused. A target that is not a regular file (a terminal, a pipe,
 * {@code /dev/null}) is written in place, as nothing could be kept there anyway.
 */
public final class AtomicFile {
    private AtomicFile() {
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

    /**
     * Writes {@code bytes} to {@code target}; see {@link #write(Path, Collection, Body)}.
     *
     * @param target the file to write
     * @param inputs the command's input files, which the target must not be
     * @param bytes  the document
     * @throws MaturityException if the target is an input or cannot be written
     */
    public static void write(Path target, Collection<Path> inputs, byte[] bytes) {
        write(target, inputs, out -> out.write(bytes));
    }

    /**
     * Writes the document {@code body} produces to {@code target} atomically. Throws a
     * {@link MaturityException} naming the file and the reason when {@code target} is one of {@code inputs}
     * or cannot be written; the old target is then unchanged and no temporary file is left.
     *
     * @param target the file to write
     * @param inputs the command's input files, which the target must not be
     * @param body   writes the document
     * @throws MaturityException if the target is empty, an input or cannot be written
     */
    public static void write(Path target, Collection<Path> inputs, Body body) {
        String shown = TerminalText.escape(String.valueOf(target));
        if (target == null || target.toString().isEmpty()) {
            throw new MaturityException("--output: '" + shown + "' is not valid; expected a file name", "");
        }
        for (Path in : inputs) {
            if (in != null && same(target, in)) {
                throw new MaturityException("--output: '" + shown + "' is not valid; expected a file other than the "
                        + "input '" + TerminalText.escape(in.toString()) + "' (it would be overwritten)",
                        "Maybe write to a new file name.");
            }
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
                throw new IOException("the file system cannot replace a file atomically", e);
            }
            temp = null;
            syncFolder(dir);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MaturityException me) {
                throw me;
            }
            throw new MaturityException("--output: '" + shown + "' could not be written (" + reason(e) + "); "
                    + (Files.exists(target) ? "the file there is unchanged" : "nothing was written"),
                    "Maybe check the free space and that the folder is writable.");
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

    private static String reason(Exception e) {
        String m = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
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
