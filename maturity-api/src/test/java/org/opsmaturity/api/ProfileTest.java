package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.InvalidExtensionException;

/** A profile read once as a value and applied to the builder is the same as one applied from its file. */
class ProfileTest {
    @TempDir
    Path dir;

    @Test
    void aProfileValueGivesTheSameAssessorAsItsFile() throws IOException {
        Path file = dir.resolve("data-profile.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("profiles/data-profile.json")) {
            Files.write(file, in.readAllBytes());
        }
        Profile profile = Profile.read(file);
        Assessor fromValue = Assessor.builder().profile(profile).build();
        Assessor fromFile = Assessor.builder().profile(file).build();
        assertEquals(fromFile.profileDigest(), fromValue.profileDigest());
        assertEquals(fromFile.waivers(), fromValue.waivers());
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(profile, Profile.read(in, "data-profile.json"));
        }
    }

    @Test
    void badProfilesFailWhenReadNamingTheFieldAndWhatWasExpected() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"policy\": {\"same\": \"never\"}, \"rules\": [\"x.drl\"]}");
        InvalidExtensionException e = assertThrows(InvalidExtensionException.class, () -> Profile.read(file));
        assertEquals(2, e.count(), e.getMessage());
        assertTrue(e.lines().get(0).contains("rules: the profile lists 1 DRL file"), e.lines().toString());
        assertTrue(e.lines().get(1).endsWith("policy.same: '\"never\"' is not valid; expected inherit or cap"),
                e.lines().toString());
        // the invalid value in the one Problem shape: where, the value, what was expected
        assertEquals(new org.opsmaturity.model.Problem(file + ": policy.same", "\"never\"", "inherit or cap"), e.problems().get(1));
        assertEquals(file + ": rules", e.problems().get(0).path());
        e = assertThrows(InvalidExtensionException.class, () -> Profile.read(dir.resolve("none.json")));
        assertTrue(e.lines().get(0).contains("none.json: cannot be read"), e.lines().toString());
        e = assertThrows(InvalidExtensionException.class, () -> Profile.read((Path) null));
        assertEquals("profile: no file given", e.lines().get(0));
        e = assertThrows(InvalidExtensionException.class, () -> Profile.read(null, "x"));
        assertEquals("profile: no stream given", e.lines().get(0));
        assertThrows(NullPointerException.class, () -> Assessor.builder().profile((Profile) null));
    }
}
