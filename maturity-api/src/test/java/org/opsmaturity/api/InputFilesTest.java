package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.MaturityException;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8TextUpToTheLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "id,答案\n", StandardCharsets.UTF_8);
        int size = (int) Files.size(f);
        assertEquals("id,答案\n", InputFiles.readUtf8(f, size));
    }

    @Test
    void refusesALongerFileInsteadOfTruncatingIt() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "0123456789");
        InputFiles.UnreadableFileException e = assertThrows(InputFiles.UnreadableFileException.class,
                () -> InputFiles.readUtf8(f, 9));
        assertEquals(InputFiles.Kind.TOO_LARGE, e.kind());
        assertEquals("more than 9 bytes", e.reason());
        assertTrue(e.getMessage().contains("a.csv"), e.getMessage());
    }

    @Test
    void namesEachKindOfFailure() throws IOException {
        assertEquals(InputFiles.Kind.MISSING, kind(dir.resolve("absent.csv")));
        assertEquals(InputFiles.Kind.UNREADABLE, kind(dir));
        Path latin1 = Files.write(dir.resolve("l.csv"), new byte[] {'a', (byte) 0xE9, 'b'});
        assertEquals(InputFiles.Kind.NOT_UTF8, kind(latin1));
        assertTrue(MaturityException.class.isAssignableFrom(InputFiles.UnreadableFileException.class));
    }

    @Test
    void refusesANegativeLimitByName() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFiles.readUtf8(f, -1));
        assertTrue(e.getMessage().startsWith("maxBytes: -1"), e.getMessage());
    }

    private static InputFiles.Kind kind(Path f) {
        return assertThrows(InputFiles.UnreadableFileException.class, () -> InputFiles.readUtf8(f, 100)).kind();
    }
}
