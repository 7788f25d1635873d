package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.Observation;

/** A profile read from a class-path resource or a stream, as from a file, with its trust. */
class ProfileSourcesTest {
    static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static String problems(Runnable build) {
        return String.join("\n", assertThrows(InvalidExtensionException.class, build::run).lines());
    }

    @Test
    void aResourceProfileRunsTheDrlOfItsFolderWhenTrusted() {
        Assessor a = Assessor.builder().profileResource("profiles/acme-profile.json", ProfileTrust.ALLOW_RULES).build();
        assertTrue(a.catalog().findCriterion("acme.1.1.1.L3.1").isPresent());
        assertEquals(Set.of("7.1.1.L4.1"), a.waivers().keySet());
    }

    @Test
    void aResourceProfileOfDataNeedsNoTrustAndOneWithRulesIsRefusedWithout() {
        Assessor a = Assessor.builder().profileResource("profiles/data-profile.json").build();
        assertEquals(Set.of("7.1.1.L4.1"), a.waivers().keySet());
        String p = problems(() -> Assessor.builder().profileResource("profiles/acme-profile.json").build());
        assertTrue(p.contains("profiles/acme-profile.json: rules: the profile lists 1 DRL file"), p);
    }

    @Test
    void badResourcesNameTheResourceAndWhatWasExpected() {
        String p = problems(() -> Assessor.builder().profileResource("profiles/none.json").build());
        assertEquals("profiles/none.json: not on the class path; expected a resource name such as "
                + "com/acme/acme-profile.json (no leading /)", p);
        p = problems(() -> Assessor.builder().profileResource(" ", ProfileTrust.ALLOW_RULES).build());
        assertEquals("profile: no resource name given", p);
        p = problems(() -> Assessor.builder().profileResource("profiles/data-profile.json", null).build());
        assertEquals("profile: no trust given", p);
    }

    @Test
    void aResourceProfileMayNotReachOutOfItsFolder() throws IOException {
        // a loader whose profile names DRL outside its folder: each entry is refused, nothing is read
        ClassLoader parent = getClass().getClassLoader();
        ClassLoader loader = new ClassLoader(parent) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals("evil/profile.json")
                        ? stream("{\"rules\": [\"../profiles/acme-rules.drl\", \"/profiles/acme-rules.drl\", \"x.txt\", 3]}")
                        : super.getResourceAsStream(name);
            }
        };
        String p = problems(() -> Assessor.builder().classLoader(loader)
                .profileResource("evil/profile.json", ProfileTrust.ALLOW_RULES).build());
        for (int i = 0; i < 4; i++) {
            assertTrue(p.contains("evil/profile.json: rules[" + i + "]: "), p);
        }
        assertTrue(p.contains("expected the name of a .drl resource in the profile's folder (evil/), relative to it"), p);
        assertEquals(4, p.lines().count(), p);
    }

    @Test
    void aResourceProfilesDrlIsReadUpToTheDrlLimit() {
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals("big/profile.json") ? stream("{\"rules\": [\"big.drl\"]}")
                        : name.equals("big/big.drl") ? new ByteArrayInputStream(new byte[Assessor.Builder.MAX_DRL_BYTES + 1])
                        : super.getResourceAsStream(name);
            }
        };
        String p = problems(() -> Assessor.builder().classLoader(loader)
                .profileResource("big/profile.json", ProfileTrust.ALLOW_RULES).build());
        assertEquals("big/big.drl: cannot be read (more than " + Assessor.Builder.MAX_DRL_BYTES + " bytes)", p);
    }

    @Test
    void aStreamProfileOfDataIsRead() {
        Assessor a = Assessor.builder().profile(stream("""
                {"overrides": [{"criterion": "6.1.1.L3.2", "parameter": "minAvailability", "value": 99.99}]}
                """), "inline.json").build();
        // 99.97 % meets the standard 99.95 % but not the profile's 99.99 %
        Facts f = Facts.builder().observe(Observation.number("continuity.availability", 99.97, "%")).build();
        assertEquals(CriterionStatus.MET, Assessor.standard().evaluate(f).criterion("6.1.1.L3.2").status());
        assertEquals(CriterionStatus.NOT_MET, a.evaluate(f).criterion("6.1.1.L3.2").status());
    }

    @Test
    void aStreamProfileCanListNoRulesWhateverTheTrust() {
        String json = "{\"rules\": [\"acme-rules.drl\"]}";
        String p = problems(() -> Assessor.builder().profile(stream(json), "inline.json", ProfileTrust.ALLOW_RULES).build());
        assertTrue(p.startsWith("inline.json: rules[0]: '\"acme-rules.drl\"' is not valid; expected no DRL file: a profile "
                + "read from a stream has no folder"), p);
        p = problems(() -> Assessor.builder().profile(stream(json), "inline.json").build());
        assertTrue(p.contains("inline.json: rules: the profile lists 1 DRL file"), p);
    }

    @Test
    void badStreamsNameTheStreamAndTheFault() {
        assertEquals("profile: no stream given", problems(() -> Assessor.builder().profile(null, "x.json").build()));
        assertEquals("profile: no name (used in problems) for the stream given",
                problems(() -> Assessor.builder().profile(stream("{}"), "").build()));
        assertEquals("profile: no trust given", problems(() -> Assessor.builder().profile(stream("{}"), "x.json", null).build()));
        String p = problems(() -> Assessor.builder().profile(stream("[1]"), "x.json").build());
        assertEquals("x.json: expected a JSON object", p);
        p = problems(() -> Assessor.builder().profile(stream("{\"overrides\": [{\"criterion\": \"6.1.1.L3.2\", "
                + "\"parameter\": \"minAvailability\", \"value\": \"high\"}]}"), "x.json").build());
        assertTrue(p.contains("x.json: overrides[0].value: '\"high\"' is not valid; expected a finite number"), p);
        InputStream huge = new InputStream() { // endless: read up to the document limit, then refused
            @Override
            public int read() {
                return ' ';
            }
        };
        p = problems(() -> Assessor.builder().profile(huge, "endless.json").build());
        assertTrue(p.startsWith("endless.json: cannot be read (more than "), p);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        assertEquals(List.of("broken.json: cannot be read (disk on fire)"),
                assertThrows(InvalidExtensionException.class, () -> Assessor.builder().profile(failing, "broken.json"))
                        .lines());
    }
}
