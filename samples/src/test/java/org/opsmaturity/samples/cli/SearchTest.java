package org.opsmaturity.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsmaturity.samples.CliTestAccess;

/** The catalog search: whole words or their beginnings, id prefixes, zh and en, ranked. */
class SearchTest {
    private static List<String> ids(String... args) {
        String out = CliTestAccess.out(args);
        return out.lines().filter(l -> l.contains("  ")).map(l -> l.substring(0, l.indexOf("  "))).toList();
    }

    @Test
    void aWordMatchesWholeWordsOrTheirBeginningsOnly() {
        List<String> rpo = ids("catalog", "RPO");
        assertFalse(rpo.contains("1.1.1.L1.2"), "general-purpose is no RPO: " + rpo);
        assertFalse(rpo.contains("1.2.2.L2.3"), rpo.toString());
        assertTrue(rpo.containsAll(List.of("6.1.1.L3.3", "6.1.1.L4.3", "6.1.1.L5.3", "5.2.1.L4.1")), rpo.toString());
        assertEquals(rpo, ids("catalog", "rpo"), "case does not matter");
        assertTrue(ids("catalog", "deploy").contains("2.2.1.L3.3"), "deploy finds deployment");
        assertTrue(ids("catalog", "general-purpose").containsAll(List.of("1.1.1.L1.2", "1.2.2.L2.3")));
    }

    @Test
    void everyWordMustMatchAndThePhraseRanksFirst() {
        List<String> change = ids("catalog", "change success");
        assertTrue(change.containsAll(List.of("2.2.1.L3.3", "2.2.1.L4.3")), change.toString());
        assertTrue(change.size() <= 5, change.toString());
        List<String> rate = ids("catalog", "deployment success rate");
        assertEquals("2.2.1.L4.3", rate.get(0), "the phrase is in its text: " + rate);
        assertEquals(List.of(), ids("catalog", "RPO kubernetes"));
        assertTrue(CliTestAccess.out("catalog", "RPO kubernetes").endsWith("0 criteria\n"));
    }

    @Test
    void chineseMatchesAnywhereInTheChineseText() {
        List<String> together = ids("catalog", "同城RPO", "--lang", "zh");
        assertTrue(together.contains("6.1.1.L3.3") && !together.contains("6.1.1.L4.3"), "同城和异地的RPO: " + together);
        List<String> apart = ids("catalog", "同城 RPO", "--lang", "zh");
        assertTrue(apart.containsAll(List.of("6.1.1.L3.3", "6.1.1.L4.3")), apart.toString());
        List<String> alarm = ids("catalog", "告警");
        assertFalse(alarm.isEmpty());
        assertTrue(CliTestAccess.out("catalog", "告警", "--lang", "zh").contains("告警"));
    }

    @Test
    void anIdPrefixListsThatPartOfTheCatalogueInOrder() {
        assertEquals(List.of("6.1.1.L3.1", "6.1.1.L3.2", "6.1.1.L3.3"), ids("catalog", "6.1.1.L3"));
        assertEquals(List.of("6.1.1.L3.1", "6.1.1.L3.2", "6.1.1.L3.3"), ids("catalog", "6.1.1.l3"));
        assertEquals(351, ids("catalog").size());
    }

    @Test
    void observationsAreSearchedByTheWordsOfTheirNames() {
        String out = CliTestAccess.out("catalog", "--observations", "latency");
        assertTrue(out.contains("monitoring.processing.latency"), out);
        String none = CliTestAccess.out("catalog", "--observations", "ate");
        assertFalse(none.contains("monitoring.processing.latency"), "ate is inside latency, not a word of it: " + none);
    }
}
