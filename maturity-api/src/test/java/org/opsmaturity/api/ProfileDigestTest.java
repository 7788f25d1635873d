package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profile digests are pinned: a digest names a configuration in results and history, so one computed by an
 * older version must still match. The profile has every part the digest covers but rules: added domain,
 * areas and items, an observation, a declared criterion, overrides with and without a unit, waivers of both
 * kinds, a policy and freshness.
 */
class ProfileDigestTest {
    /** Computed by the library before the builder's state became the profile's records (issue 14). */
    static final String PINNED = "f457f25b2f89e3f1edc07a8c3c14ba4b54737f314e7461ef2ace0e804aefa1ec";

    static final String PROFILE = """
            {"name": "pinned",
             "domains": [{"id": "acme.8", "zh": "域", "en": "Domain"}],
             "areas": [{"id": "acme.8.1", "domain": "acme.8", "zh": "区", "en": "Area"}],
             "items": [{"id": "acme.8.1.1", "area": "acme.8.1", "zh": "项", "en": "Item"},
                       {"id": "acme.6.1.9", "area": "6.1", "en": "Extra item"}],
             "observations": [{"name": "acme.flag", "type": "FLAG", "en": "Flag"}],
             "criteria": [{"id": "acme.8.1.1.L3.1", "item": "acme.8.1.1", "level": 3, "en": "Crit",
                           "condition": {"observation": "acme.flag", "equals": true}},
                          {"id": "acme.6.1.9.L2.1", "item": "acme.6.1.9", "level": 2, "en": "Crit 2",
                           "condition": {"attested": "6.1.1.L3.2"}}],
             "overrides": [{"criterion": "6.1.1.L3.2", "parameter": "minAvailability", "value": 99.99},
                           {"criterion": "6.1.1.L3.3", "parameter": "maxRpo", "value": 600, "unit": "s"}],
             "waivers": [{"criterion": "7.1.1.L4.1", "kind": "disabled", "reason": "out of scope"},
                         {"criterion": "1.1.1.L4.2", "kind": "not_applicable", "reason": "no users",
                          "approver": "cto", "expires": "2027-06-30"}],
             "policy": {"same": "cap", "partialCredit": "most"},
             "freshness": {"attestationDays": 200, "observationDays": 30, "criteria": {"6.1.1.L3.2": 10}}}
            """;

    @TempDir
    Path dir;

    @Test
    void theDigestOfAProfileWithEveryPartIsPinned() throws IOException {
        Path file = Files.writeString(dir.resolve("pinned.json"), PROFILE);
        assertEquals(PINNED, Assessor.builder().profile(file).build().profileDigest());
        assertEquals(PINNED, Assessor.builder().profile(Profile.read(file)).build().profileDigest());
    }

    @Test
    void anOverrideInTheParametersOwnUnitIsOneWhateverWayItIsSaid() {
        String own = Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99).build().profileDigest();
        assertEquals(own, Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99, null).build().profileDigest());
        assertEquals(own, Assessor.builder().override("6.1.1.L3.2", "minAvailability", 99.99, "").build().profileDigest());
        assertThrows(NullPointerException.class, () -> Assessor.builder().override(null, "minAvailability", 1));
        assertThrows(NullPointerException.class, () -> Assessor.builder().override("6.1.1.L3.2", null, 1, "s"));
    }
}
