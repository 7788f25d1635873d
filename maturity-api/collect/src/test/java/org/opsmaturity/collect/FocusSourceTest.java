package org.opsmaturity.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsmaturity.model.Observation;

/** The FOCUS cost source on generated CSV files with known answers. */
class FocusSourceTest {
    static final String HEADER = "BilledCost,EffectiveCost,ChargePeriodStart,ChargePeriodEnd,ServiceCategory,"
            + "ServiceName,ResourceId,Tags\n";

    @TempDir
    Path dir;

    static String row(double cost, String category, String tags, String day) {
        return cost + "," + cost + "," + day + "T00:00:00Z," + day + "T23:59:59Z," + category + ",svc,r-1,\""
                + tags.replace("\"", "\"\"") + "\"\n";
    }

    /** 200 of positive cost: team on 150 (75 %), ServiceCategory on 180 (90 %); env prod, staging, dev. */
    static String known() {
        return HEADER + row(100, "Compute", "{\"env\":\"prod\",\"team\":\"pay\"}", "2026-10-01")
                + row(50, "Storage", "{\"env\":\"staging\",\"team\":\"pay\"}", "2026-10-31")
                + row(30, "Networking", "{\"env\":\"dev\"}", "2026-10-15")
                + row(20, "", "{}", "2026-10-15")
                + row(-10, "Compute", "{}", "2026-10-15");
    }

    private Collection collect(String csv, String extra) throws IOException {
        Files.writeString(dir.resolve("focus.csv"), csv);
        return Collector.collect(CollectConfig.parse("sources:\n  - kind: focus\n    file: focus.csv\n"
                + "    environments: {prod: production, dev: development}\n" + extra, "collect.yaml", dir));
    }

    @Test
    void knownCostsGiveKnownCoverageAndEnvironments() throws IOException {
        Collection c = collect(known(), "");
        Map<String, Observation> o = Found.byName(c.facts());
        assertEquals(Set.of("development", "production", "staging"), o.get("cost.accounting.environments").values());
        Observation multi = o.get("cost.data.multi-dimensional");
        assertFalse(multi.flag(), "team covers 75 % of cost, below the default 95 %");
        assertTrue(multi.evidence().text().contains("tag team 75 %") && multi.evidence().text().contains("90 %"),
                multi.evidence().text());
        assertEquals(LocalDate.parse("2026-10-31"), multi.evidence().observedAt().orElseThrow());
        assertEquals("focus.csv", multi.evidence().link());
        assertTrue(String.join("\n", c.notes()).contains("1 rows with zero or negative cost"), c.notes().toString());
        assertTrue(Found.byName(collect(known(), "    coverage: 70\n").facts())
                .get("cost.data.multi-dimensional").flag());
    }

    @Test
    void unmappedEnvironmentValuesAreSaidNotGuessed() throws IOException {
        Collection c = collect(HEADER + row(10, "Compute", "{\"env\":\"qa-7\"}", "2026-10-01"), "");
        assertFalse(Found.byName(c.facts()).containsKey("cost.accounting.environments"));
        assertTrue(String.join("\n", c.notes()).contains("[qa-7] map to no environment word"), c.notes().toString());
    }

    @Test
    void badRowsAreSkipsWithTheirLine() throws IOException {
        Collection c = collect(known() + "abc,abc,2026-10-01T00:00:00Z,2026-10-01T00:00:00Z,Compute,s,r,{}\n"
                + row(5, "Compute", "not json", "2026-10-01") + "1,2\n", "");
        List<String> skips = c.skipped().stream().map(Skip::display).toList();
        assertEquals(3, skips.size(), skips.toString());
        assertTrue(skips.get(0).contains("focus.csv:7") && skips.get(0).contains("EffectiveCost: 'abc'"), skips.get(0));
        assertTrue(skips.get(1).contains("focus.csv:8") && skips.get(1).contains("Tags"), skips.get(1));
        assertTrue(skips.get(2).contains("focus.csv:9") && skips.get(2).contains("2 fields, expected 8"), skips.get(2));
        assertEquals(Found.byName(collect(known(), "").facts()).keySet(),
                Found.byName(c.facts()).keySet());
    }

    @Test
    void aMissingColumnIsAnErrorWithAHint() throws IOException {
        CollectException e = assertThrows(CollectException.class,
                () -> collect(known().replace("ServiceCategory", "ServiceCategroy"), ""));
        assertTrue(e.getMessage().contains("focus.csv:1: the column 'ServiceCategory' is missing"), e.getMessage());
        assertTrue(e.hint().contains("ServiceCategroy"), e.hint());
    }
}
