package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The command line uses the library as any user would: no main source of {@code samples} names a class of an
 * {@code org.opsmaturity.*.internal} package (imports and fully qualified names alike). Benchmarks
 * ({@code src/bench}) may, since they time the engine's parts.
 */
class InternalsNotApiTest {
    private static final Pattern INTERNAL = Pattern.compile("org\\.opsmaturity\\.[a-z.]*\\binternal\\b");

    @Test
    void noMainSourceOfSamplesUsesAnInternalPackage() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the samples module: " + main.toAbsolutePath());
        List<String> offenders;
        int scanned;
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            scanned = java.size();
            offenders = java.stream().flatMap(InternalsNotApiTest::internalLines).toList();
        }
        assertTrue(scanned > 10, "expected the command line's sources, found " + scanned + " files");
        assertEquals(List.of(), offenders, "main code of samples uses library internals; use public API instead");
    }

    @Test
    void thePatternFindsAnImportAndAFullyQualifiedName() {
        assertTrue(INTERNAL.matcher("import org.opsmaturity.api.internal.BoundedRead;").find());
        assertTrue(INTERNAL.matcher("new org.opsmaturity.model.internal.CompiledCatalog(c)").find());
        assertTrue(!INTERNAL.matcher("import org.opsmaturity.api.InputFiles;").find());
    }

    private static Stream<String> internalLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return java.util.stream.IntStream.range(0, lines.size()).filter(i -> INTERNAL.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
