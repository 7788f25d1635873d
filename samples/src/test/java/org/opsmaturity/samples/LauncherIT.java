package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/opsmaturity} against the packaged {@code target/opsmaturity.jar} and its
 * {@code lib/} (run by Maven after {@code package}, in the integration-test phase): it assesses, makes its
 * class-data-sharing archive once and then loads the program's classes from it, passes errors and exit
 * codes through, and says what is missing when there is no jar.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/opsmaturity").toAbsolutePath();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void freshArchive() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("opsmaturity-.*\\.jsa.*")).toList()) {
                Files.delete(p);
            }
        }
    }

    static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish in 120 s");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void assessesMakesItsArchiveOnceAndThenLoadsTheProgramFromIt(@TempDir Path dir) throws Exception {
        Run first = run(LAUNCHER, Map.of(), "assess", "--sample", "large");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Assessment of Starlight Internet"), first.out());
        assertTrue(first.out().contains("overall: level"), first.out());
        List<Path> archives;
        try (Stream<Path> files = Files.list(TARGET)) {
            archives = files.filter(p -> p.getFileName().toString().matches("opsmaturity-\\d+\\.jsa")).toList();
        }
        assertEquals(1, archives.size(), "one archive for this JDK: " + archives);

        Path log = dir.resolve("classes.log");
        Run second = run(LAUNCHER, Map.of("OPSMATURITY_JAVA_OPTS", "-Xlog:class+load:file=" + log), "assess", "--sample",
                "large");
        assertEquals(first.out(), second.out());
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("org.opsmaturity.samples.cli.Main source: shared objects file"),
                "the second run loads the command line from the archive");
        assertTrue(loaded.contains("org.opsmaturity.rules.StandardRules source: shared objects file"),
                "... and the rules module");
    }

    @Test
    void withoutTheArchiveTheResultIsTheSame() throws Exception {
        Run plain = run(LAUNCHER, Map.of("OPSMATURITY_CDS", "off"), "assess", "--sample", "startup", "--format", "json");
        Run again = run(LAUNCHER, Map.of(), "assess", "--sample", "startup", "--format", "json");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(plain.out(), again.out());
        assertTrue(plain.out().contains("\"overall\""), plain.out());
    }

    @Test
    void badInputKeepsTheProgramsMessageAndExitCode(@TempDir Path dir) throws Exception {
        Run missing = run(LAUNCHER, Map.of(), "assess", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().startsWith("error: file: "), missing.err());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        Run option = run(LAUNCHER, Map.of(), "assess", "--sample", "huge");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("'huge'") && option.err().contains("startup, midsize, large"), option.err());
        Run typo = run(LAUNCHER, Map.of(), "asess");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Maybe you meant: assess"), typo.err());
    }

    @Test
    void aLauncherWithoutItsJarSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path copy = Files.copy(LAUNCHER, bin.resolve("opsmaturity"));
        Run r = run(copy, Map.of(), "assess");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: opsmaturity.jar is not next to " + copy), r.err());
        assertTrue(r.err().contains("Maybe build it first: mvn -q -B package -DskipTests"), r.err());
    }
}
