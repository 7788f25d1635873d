package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one atomic writer, with good and bad targets. */
class OutputFilesTest {
    @TempDir
    Path dir;

    private List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static String first(Exception e) {
        return e.getMessage().lines().findFirst().orElse("");
    }

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path f = Files.writeString(dir.resolve("result.json"), "old");
        OutputFiles.writeAtomically(f, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(f));
        OutputFiles.writeAtomically(f, out -> out.write("streamed".getBytes(StandardCharsets.UTF_8)));
        assertEquals("streamed", Files.readString(f));
        assertEquals(List.of(f), files(dir));
    }

    @Test
    void aMissingParentFolderIsCreated() throws IOException {
        Path f = dir.resolve("a/b/result.json");
        OutputFiles.writeAtomically(f, "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("x", Files.readString(f));
        assertEquals(List.of(f), files(f.getParent()));
    }

    @Test
    void aParentThatIsAFileIsAnErrorNamingThePath() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a"), "i am a file");
        Path f = blocker.resolve("result.json");
        OutputFiles.UnwritableFileException e = assertThrows(OutputFiles.UnwritableFileException.class,
                () -> OutputFiles.writeAtomically(f, "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith(f + ": could not be written ("), e.getMessage());
        assertTrue(first(e).endsWith("is in the way (not a folder)); nothing was written"), e.getMessage());
        assertEquals(f, e.file());
        assertEquals("i am a file", Files.readString(blocker));
        assertEquals(List.of(blocker), files(dir));
    }

    @Test
    void aTargetThatIsADirectoryIsRefusedAndKept() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.json"));
        Files.writeString(target.resolve("keep"), "x");
        OutputFiles.UnwritableFileException e = assertThrows(OutputFiles.UnwritableFileException.class,
                () -> OutputFiles.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals(target + ": could not be written (it is a directory); the file there is unchanged", first(e));
        assertEquals("it is a directory", e.reason());
        assertTrue(e.hint().startsWith("Maybe "), e.hint());
        assertEquals("x", Files.readString(target.resolve("keep")));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aWriterThatFailsMidWayLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
        byte[] old = new byte[70_000];
        for (int i = 0; i < old.length; i++) {
            old[i] = (byte) i;
        }
        Path f = Files.write(dir.resolve("report.html"), old);
        for (Exception failure : List.of(new IOException("No space left on device"), new IllegalStateException("bug"))) {
            OutputFiles.UnwritableFileException e = assertThrows(OutputFiles.UnwritableFileException.class,
                    () -> OutputFiles.writeAtomically(f, out -> {
                        out.write(new byte[100_000]);
                        if (failure instanceof IOException io) {
                            throw io;
                        }
                        throw (RuntimeException) failure;
                    }));
            assertEquals(f + ": could not be written (" + failure.getMessage() + "); the file there is unchanged",
                    first(e));
            assertArrayEquals(old, Files.readAllBytes(f));
            assertEquals(List.of(f), files(dir));
        }
    }

    @Test
    void anEmptyOrNullTargetIsRefused() {
        assertTrue(assertThrows(OutputFiles.UnwritableFileException.class,
                () -> OutputFiles.writeAtomically(Path.of(""), new byte[0])).getMessage().contains("expected a file name"));
        assertThrows(NullPointerException.class, () -> OutputFiles.writeAtomically(null, new byte[0]));
        assertThrows(NullPointerException.class, () -> OutputFiles.writeAtomically(dir.resolve("x"), (byte[]) null));
        assertThrows(NullPointerException.class, () -> OutputFiles.writeAtomically(dir.resolve("x"), (OutputFiles.Body) null));
    }
}
