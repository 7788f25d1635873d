package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cheap look for company kjars that decides whether a KieServices class path container is built. */
class ExtensionsScanTest {
    @Test
    void theStandardClassPathHasNoExtensionKjar() {
        // maturity-rules' own kmodule.xml names only opsmaturity-standard
        assertFalse(Extensions.anyKmoduleNamesExtension(Extensions.class.getClassLoader()));
        assertEquals(0, Extensions.onClassPath(Extensions.class.getClassLoader(), new java.util.ArrayList<>()).size());
    }

    @Test
    void aKmoduleNamingAnExtensionKieBaseIsSeen(@TempDir Path dir) throws IOException {
        Path kmodule = dir.resolve("META-INF/kmodule.xml");
        Files.createDirectories(kmodule.getParent());
        Files.writeString(kmodule, "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
                + "<kbase name=\"opsmaturity-ext-acme\" packages=\"com.acme\"/></kmodule>", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertTrue(Extensions.anyKmoduleNamesExtension(loader));
        }
    }

    @Test
    void aKmoduleOfSomethingElseIsNot(@TempDir Path dir) throws IOException {
        Path kmodule = dir.resolve("META-INF/kmodule.xml");
        Files.createDirectories(kmodule.getParent());
        Files.writeString(kmodule, "<kmodule><kbase name=\"billing-rules\"/></kmodule>", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertFalse(Extensions.anyKmoduleNamesExtension(loader));
        }
    }
}
