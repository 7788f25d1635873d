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

    /** The launcher's archives (and markers) for every JDK, so that a test can start without one. */
    static void deleteArchives() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("opsmaturity-.*\\.jsa.*")).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("opsmaturity-\\d+\\.jsa")).toList();
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
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void assessesMakesItsArchiveOnceAndThenLoadsTheProgramFromIt(@TempDir Path dir) throws Exception {
        deleteArchives();
        assertEquals(List.of(), archives());
        Run first = run(LAUNCHER, Map.of(), "assess", "--sample", "large");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Assessment of Starlight Internet"), first.out());
        assertTrue(first.out().contains("overall: level"), first.out());
        List<Path> archives = archives();
        assertEquals(1, archives.size(), "one archive for this JDK: " + archives);
        try (Stream<Path> files = Files.list(TARGET)) {
            assertEquals(archives, files.filter(p -> p.getFileName().toString().matches("opsmaturity-.*\\.jsa.*")).toList(),
                    "no class list, temporary archive or marker left by the training run");
        }
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(archives.get(0));

        Path log = dir.resolve("classes.log");
        Run second = run(LAUNCHER, Map.of("OPSMATURITY_JAVA_OPTS", "-Xlog:class+load:file=" + log), "assess", "--sample",
                "large");
        assertEquals(first.out(), second.out());
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(loaded.contains("org.opsmaturity.samples.cli.Main source: shared objects file"),
                "the second run loads the command line from the archive");
        assertTrue(loaded.contains("org.opsmaturity.rules.StandardRules source: shared objects file"),
                "... and the rules module");
        assertTrue(loaded.contains("com.fasterxml.jackson.databind.ObjectMapper source: shared objects file"),
                "... and the libraries it uses");
        assertEquals(made, Files.getLastModifiedTime(archives.get(0)), "the second run did not make it again");
    }

    @Test
    void aLibraryJarNewerThanTheArchiveMakesItAgain() throws Exception {
        deleteArchives();
        assertEquals(0, run(LAUNCHER, Map.of(), "assess", "--sample", "startup").code());
        List<Path> archives = archives();
        assertEquals(1, archives.size(), archives.toString());
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(archives.get(0));
        // a rebuilt module: the JVM would refuse the archive (its jars changed) and run without it, silently
        Path lib;
        try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
            lib = jars.filter(p -> p.getFileName().toString().startsWith("maturity-rules-")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(lib, java.nio.file.attribute.FileTime.fromMillis(made.toMillis() + 2000));
        Run again = run(LAUNCHER, Map.of(), "assess", "--sample", "startup");
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.getLastModifiedTime(archives().get(0)).compareTo(made) > 0, "the archive was made again");
        Run mapped = run(LAUNCHER, Map.of("OPSMATURITY_JAVA_OPTS", "-Xshare:on"), "assess", "--sample", "startup");
        assertEquals(0, mapped.code(), "the new archive maps (-Xshare:on fails the JVM when it cannot): " + mapped.err());
    }

    @Test
    void theUsersCompilerOptionsWin() throws Exception {
        // C2 back: the JVM refuses one compiler thread with it, so the launcher leaves its own setting out
        for (String opts : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=2")) {
            Run r = run(LAUNCHER, Map.of("OPSMATURITY_JAVA_OPTS", opts), "--version");
            assertEquals(0, r.code(), opts + ": " + r.err());
            assertEquals("opsmaturity 0.1.0", r.out().strip(), opts);
        }
    }

    @Test
    void theLaunchersJvmOptionsAddNothingToTheOutput(@TempDir Path dir) throws Exception {
        // the JVM writes its own notes (e.g. "UseTransparentHugePages disabled" on a kernel without them) to
        // standard output unless told not to: the launcher's output must be the program's, as java -jar gives it
        // (that note appears only where the kernel's transparent huge pages are "never": elsewhere this test
        // guards against any other note the launcher's options may bring)
        Path plain = dir.resolve("plain.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(plain, "exec '" + java + "' -jar '" + TARGET.resolve("opsmaturity.jar") + "' \"$@\"\n");
        for (String[] args : List.of(new String[] {"assess", "--sample", "startup", "--format", "json"},
                new String[] {"--version"})) {
            Run launcher = run(LAUNCHER, Map.of(), args);
            Run jar = run(plain, Map.of(), args);
            assertEquals(0, launcher.code(), launcher.err());
            assertEquals(jar.out(), launcher.out(), String.join(" ", args));
            assertEquals(jar.err(), launcher.err(), String.join(" ", args));
        }
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
    void aJvmThatCannotMakeAnArchiveIsAskedOnceNotOnEveryRun(@TempDir Path dir) throws Exception {
        // a java that fails whenever it is asked to dump an archive, and logs every call
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path calls = dir.resolve("calls.log");
        String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path fake = bin.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "case \"$*\" in *Xshare:dump*) exit 1 ;; esac\nexec '" + realJava + "' \"$@\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        Map<String, String> env = Map.of("JAVA_HOME", dir.resolve("jdk").toString());
        Run first = run(LAUNCHER, env, "assess", "--sample", "startup");
        Run second = run(LAUNCHER, env, "assess", "--sample", "startup");
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out());
        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "one training run, one dump and two runs of the command: " + lines);
        assertEquals(1, lines.stream().filter(l -> l.contains("DumpLoadedClassList")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("-Xshare:dump")).count(), lines.toString());
        List<String> runs = lines.stream().filter(l -> l.endsWith("assess --sample startup")).toList();
        assertEquals(2, runs.size(), lines.toString());
        assertTrue(runs.stream().noneMatch(l -> l.contains("SharedArchiveFile")), "no archive to map: " + lines);
    }

    @Test
    void aPathWithSpacesWorks(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("my tools"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(home.resolve("target"), TARGET);
        Path copy = Files.copy(LAUNCHER, bin.resolve("opsmaturity"));
        Run r = run(copy, Map.of(), "assess", "--sample", "startup", "--format", "json");
        Run plain = run(LAUNCHER, Map.of("OPSMATURITY_CDS", "off"), "assess", "--sample", "startup", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(plain.out(), r.out());
    }

    @Test
    void factsThroughAPipeAreReadOnce() throws Exception {
        // /dev/stdin as the FACTS file, fed through a pipe: it can be read once only
        Path sample = Path.of("src/main/resources/samples/startup.json");
        ProcessBuilder pb = new ProcessBuilder("sh", LAUNCHER.toString(), "assess", "/dev/stdin", "--format", "json");
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = p.getOutputStream()) {
            in.write(Files.readAllBytes(sample));
        }
        String piped = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), piped);
        Run fromFile = run(LAUNCHER, Map.of(), "assess", sample.toString(), "--format", "json");
        assertEquals(fromFile.out(), piped);
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
