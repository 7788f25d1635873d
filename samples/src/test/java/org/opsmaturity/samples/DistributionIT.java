package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code opsmaturity-cli} made by the normal build (after {@code package}): the zip
 * and the tar.gz hold the same files, {@code bin/opsmaturity} and {@code bin/opsmaturity.bat}, the jar,
 * and in {@code lib/} exactly the jars its manifest class path names; unpacked elsewhere, its launcher
 * assesses.
 */
class DistributionIT {
    static final Path ZIP = Path.of("target/opsmaturity-cli.zip").toAbsolutePath();
    static final Path TAR = Path.of("target/opsmaturity-cli.tar.gz").toAbsolutePath();
    static final String TOP = "opsmaturity-cli/";

    @Test
    void theZipHoldsTheLaunchersTheJarAndExactlyTheLibrariesItsManifestNames() throws Exception {
        TreeSet<String> files = new TreeSet<>();
        List<String> classPath;
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> files.add(e.getName()));
            ZipEntry jar = zip.getEntry(TOP + "opsmaturity.jar");
            assertTrue(jar != null, "no " + TOP + "opsmaturity.jar in " + files);
            Path copy = Files.createTempFile("opsmaturity", ".jar");
            try (InputStream in = zip.getInputStream(jar)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (JarFile j = new JarFile(copy.toFile())) {
                classPath = List.of(j.getManifest().getMainAttributes().getValue("Class-Path").trim().split(" +"));
            } finally {
                Files.delete(copy);
            }
        }
        TreeSet<String> expected = new TreeSet<>(List.of(TOP + "bin/opsmaturity", TOP + "bin/opsmaturity.bat",
                TOP + "opsmaturity.jar", TOP + "LICENSE"));
        classPath.forEach(c -> expected.add(TOP + c));
        assertEquals(expected, files);
        assertTrue(classPath.size() > 10 && classPath.stream().allMatch(c -> c.startsWith("lib/")), classPath.toString());
    }

    @Test
    void unpackedElsewhereTheLauncherAssessesAndTheTarHoldsTheSameFiles(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir, List.of("tar", "xzf", TAR.toString())).code, "tar xzf " + TAR);
        Path home = dir.resolve("opsmaturity-cli");
        assertTrue(Files.isExecutable(home.resolve("bin/opsmaturity")), "bin/opsmaturity is executable");
        TreeSet<String> unpacked = new TreeSet<>();
        try (var walk = Files.walk(home)) {
            walk.filter(Files::isRegularFile).forEach(p -> unpacked.add(TOP + home.relativize(p).toString()));
        }
        TreeSet<String> zipped = new TreeSet<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        assertEquals(zipped, unpacked);

        Result r = run(dir, List.of(home.resolve("bin/opsmaturity").toString(), "assess", "--sample", "startup"),
                Map.of("OPSMATURITY_CDS", "off"));
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("overall: level"), r.out);

        Result bad = run(dir, List.of(home.resolve("bin/opsmaturity").toString(), "assess", "--sample", "nosuch"),
                Map.of("OPSMATURITY_CDS", "off"));
        assertEquals(2, bad.code, "invalid input exits 2: " + bad.out + bad.err);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(Path dir, List<String> command) throws Exception {
        return run(dir, command, Map.of());
    }

    static Result run(Path dir, List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "run", ".out");
        Path err = Files.createTempFile(dir, "run", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish in 120 s");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
