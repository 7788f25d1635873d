package org.opsmaturity.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.ProfileTrust;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.schemas.Schemas;

/**
 * docs/schema/profile.schema.json agrees with the profile reader: the shipped profile passes both, and
 * every document the schema refuses the reader refuses too (the reader checks more: ids, names, units of
 * parameters, cycles, duplicates).
 */
class ProfileSchemaTest {
    @TempDir
    Path dir;

    static final String CRIT = "{\"id\": \"acme.6.1.1.L4.9\", \"item\": \"6.1.1\", \"level\": %s, \"condition\": %s}";

    static Map<String, String> bad() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unknown field", "{\"extra\": 1}");
        m.put("rules not a list", "{\"rules\": \"x.drl\"}");
        m.put("absolute rules", "{\"rules\": [\"/etc/passwd.drl\"]}");
        m.put("climbing rules", "{\"rules\": [\"../x.drl\"]}");
        m.put("rules not .drl", "{\"rules\": [\"x.txt\"]}");
        m.put("level 3.7", "{\"criteria\": [" + CRIT.formatted("3.7", "{\"attested\": \"1.1.1.L1.1\"}") + "]}");
        m.put("level 9", "{\"criteria\": [" + CRIT.formatted("9", "{\"attested\": \"1.1.1.L1.1\"}") + "]}");
        m.put("empty condition", "{\"criteria\": [" + CRIT.formatted("4", "{}") + "]}");
        m.put("two tests in a condition", "{\"criteria\": [" + CRIT.formatted("4", "{\"observation\": \"ha.single-points\", "
                + "\"atLeast\": 1, \"atMost\": 2, \"unit\": \"count\"}") + "]}");
        m.put("equals null", "{\"criteria\": [" + CRIT.formatted("4", "{\"observation\": \"config.system.unified\", "
                + "\"equals\": null}") + "]}");
        m.put("equals a number in quotes", "{\"criteria\": [" + CRIT.formatted("4", "{\"observation\": "
                + "\"ha.single-points\", \"atLeast\": \"1\", \"unit\": \"count\"}") + "]}");
        m.put("empty allOf", "{\"criteria\": [" + CRIT.formatted("4", "{\"allOf\": []}") + "]}");
        m.put("days as text", "{\"freshness\": {\"attestationDays\": \"abc\"}}");
        m.put("negative days", "{\"freshness\": {\"observationDays\": -1}}");
        m.put("half a day", "{\"freshness\": {\"attestationDays\": 0.5}}");
        m.put("days beyond 100 years", "{\"freshness\": {\"criteria\": {\"1.1.1.L1.1\": 40000}}}");
        m.put("override as text", "{\"overrides\": [{\"criterion\": \"6.1.1.L3.2\", \"parameter\": \"minAvailability\", "
                + "\"value\": \"high\"}]}");
        m.put("waiver kind", "{\"waivers\": [{\"criterion\": \"1.1.1.L1.1\", \"kind\": \"sometimes\", \"reason\": \"x\"}]}");
        m.put("waiver date", "{\"waivers\": [{\"criterion\": \"1.1.1.L1.1\", \"kind\": \"disabled\", \"reason\": \"x\", "
                + "\"expires\": \"+99999-01-01\"}]}");
        m.put("policy word", "{\"policy\": {\"same\": \"sometimes\"}}");
        m.put("partial credit none", "{\"policy\": {\"partialCredit\": \"none\"}}");
        m.put("set without words", "{\"observations\": [{\"name\": \"acme.x\", \"type\": \"SET\", \"words\": []}]}");
        m.put("repeated word", "{\"observations\": [{\"name\": \"acme.x\", \"type\": \"SET\", \"words\": [\"a\", \"a\"]}]}");
        m.put("type word", "{\"observations\": [{\"name\": \"acme.x\", \"type\": \"TEXT\"}]}");
        m.put("name a number", "{\"name\": 7}");
        m.put("blank id", "{\"domains\": [{\"id\": \" \"}]}");
        // once allowed by the schema's shared "named" definition, always refused by the reader
        m.put("domain of a domain", "{\"domains\": [{\"id\": \"acme.8\", \"domain\": \"1\"}]}");
        m.put("area of a domain", "{\"domains\": [{\"id\": \"acme.8\", \"area\": \"1.1\"}]}");
        m.put("area of an area", "{\"areas\": [{\"id\": \"acme.8.1\", \"domain\": \"1\", \"area\": \"1.1\"}]}");
        m.put("domain of an item", "{\"items\": [{\"id\": \"acme.8.1.1\", \"area\": \"1.1\", \"domain\": \"1\"}]}");
        return m;
    }

    @Test
    void theShippedProfilePassesTheSchemaAndTheReader() throws IOException {
        Path acme = Path.of("src/main/resources/extensions/acme-profile.json");
        assertEquals(List.of(), Schemas.validate(Schemas.PROFILE, Files.readString(acme)));
        Assessor.builder().profile(acme, ProfileTrust.ALLOW_RULES).build();
        // the reader takes words in any letter case; so does the schema
        String mixed = "{\"observations\": [{\"name\": \"acme.x\", \"type\": \"Flag\"}], \"waivers\": [{\"criterion\": "
                + "\"7.1.1.L4.1\", \"kind\": \"Not-Applicable\", \"reason\": \"r\", \"approver\": \"a\"}], "
                + "\"policy\": {\"same\": \"CAP\", \"partialCredit\": \"Most\"}}";
        assertEquals(List.of(), Schemas.validate(Schemas.PROFILE, mixed));
        Assessor.builder().profile(Files.writeString(dir.resolve("mixed.json"), mixed)).build();
    }

    @Test
    void whatTheSchemaRefusesTheReaderRefuses() throws IOException {
        for (Map.Entry<String, String> e : bad().entrySet()) {
            List<org.opsmaturity.model.Problem> schema = Schemas.validate(Schemas.PROFILE, e.getValue());
            assertTrue(!schema.isEmpty(), e.getKey() + ": the schema accepts " + e.getValue());
            Path p = Files.writeString(dir.resolve("p.json"), e.getValue());
            assertThrows(InvalidExtensionException.class,
                    () -> Assessor.builder().profile(p, ProfileTrust.ALLOW_RULES).build(), e.getKey());
        }
    }
}
