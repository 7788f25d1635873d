package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code bin/opsmaturity.bat} runs what {@code bin/opsmaturity} runs: the same jar, looked for in the same
 * places in the same order, started with {@code -jar} (so the main class and the class path are the jar
 * manifest's, the same for both), the same JVM flags and environment, the same exit code when the jar is
 * missing. This compares the two scripts' text; running the .bat needs Windows, which the build does not have.
 */
class WindowsLauncherTest {
    private static final Path SH = Path.of("bin/opsmaturity");
    private static final Path BAT = Path.of("bin/opsmaturity.bat");

    @Test
    void bothLookForTheSameJarInTheSamePlacesInTheSameOrder() throws IOException {
        List<String> sh = found(Files.readString(SH), "\"\\$here/([^\"]*opsmaturity\\.jar)\"");
        List<String> bat = found(Files.readString(BAT), "set \"jar=%here%([^\"]*opsmaturity\\.jar)\"").stream()
                .map(p -> p.replace('\\', '/')).toList();
        assertEquals(List.of("opsmaturity.jar", "../target/opsmaturity.jar", "../opsmaturity.jar"), sh);
        assertEquals(sh, bat);
    }

    @Test
    void bothStartTheJarWithTheSameFlagsSoTheManifestGivesTheSameMainClassAndClassPath() throws IOException {
        String sh = Files.readString(SH);
        String bat = Files.readString(BAT);
        String run = bat.lines().filter(l -> l.startsWith("\"%java%\"")).findFirst().orElseThrow();
        assertEquals("\"%java%\" -XX:TieredStopAtLevel=1 %c1% -XX:+UseSerialGC -XX:-UsePerfData "
                + "%OPSMATURITY_JAVA_OPTS% -jar \"%jar%\" %*", run);
        String exec = sh.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "$c1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "OPSMATURITY_JAVA_OPTS")) {
            assertTrue(exec.contains(flag), "bin/opsmaturity: " + flag + " missing from " + exec);
        }
        // one compiler thread in both, left out in both when the user's options set the compilers
        assertTrue(sh.contains("c1=\"-XX:CICompilerCount=1\"") && bat.contains("set \"c1=-XX:CICompilerCount=1\""));
        assertTrue(sh.contains("*Tiered*|*CICompilerCount*) c1=\"\"")
                && bat.contains("findstr /i /c:\"Tiered\" /c:\"CICompilerCount\" >nul && set \"c1=\""));
        assertTrue(sh.contains("set -- -jar \"$jar\" \"$@\""), "bin/opsmaturity runs -jar JAR ARGS");
        // the manifest both rely on: the command line's main class, the libraries under lib/
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<mainClass>" + org.opsmaturity.samples.cli.Main.class.getName() + "</mainClass>"), pom);
        assertTrue(pom.contains("<classpathPrefix>lib/</classpathPrefix>"));
        assertTrue(bat.contains("%JAVA_HOME%\\bin\\java.exe") && sh.contains("$JAVA_HOME/bin/java"), "JAVA_HOME in both");
    }

    @Test
    void bothExitWithTheLaunchersCodeAndTwoWhenTheJarIsMissing() throws IOException {
        String bat = Files.readString(BAT);
        String sh = Files.readString(SH);
        assertTrue(bat.contains("exit /b %ERRORLEVEL%"), "the .bat passes the program's exit code on");
        assertTrue(bat.contains("exit /b 2") && sh.contains("exit 2"), "a missing jar is exit 2 in both");
        assertTrue(bat.contains("Maybe build it first: mvn -q -B package -DskipTests")
                && sh.contains("Maybe build it first: mvn -q -B package -DskipTests"));
        assertTrue(bat.startsWith("@echo off") && bat.contains("setlocal"), "no echo, no variables leak to the caller");
    }

    private static List<String> found(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
