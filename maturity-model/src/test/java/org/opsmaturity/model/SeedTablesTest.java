package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The test's own reading of the seed, checked against counts made by hand from the seed's tables. */
class SeedTablesTest {
    private final SeedTables seed = SeedTables.read(CatalogFileTest.structure());

    @Test
    void readsEveryCellOfTheFifteenTables() {
        assertEquals(35 * 5, seed.cells.size());
    }

    @Test
    void countsPointsAsCountedByHand() {
        Map<String, Integer> byHand = Map.ofEntries(
                Map.entry("1.1.1.L2", 5), Map.entry("1.1.1.L3", 9), Map.entry("1.1.2.L1", 0),
                Map.entry("1.2.2.L3", 6), Map.entry("1.3.1.L3", 6), Map.entry("1.3.2.L4", 1),
                Map.entry("2.1.1.L4", 3), Map.entry("2.1.2.L2", 3), Map.entry("2.2.1.L3", 6),
                Map.entry("3.1.2.L3", 5), Map.entry("4.1.1.L2", 6), Map.entry("4.1.2.L3", 6),
                Map.entry("4.2.2.L4", 4), Map.entry("5.1.1.L5", 1), Map.entry("5.1.2.L3", 5),
                Map.entry("5.1.3.L1", 1), Map.entry("5.2.1.L4", 1), Map.entry("6.1.1.L2", 3),
                Map.entry("6.1.1.L3", 3), Map.entry("6.2.1.L5", 0), Map.entry("6.2.2.L5", 3),
                Map.entry("6.3.3.L1", 0), Map.entry("7.1.1.L3", 2), Map.entry("7.2.1.L5", 0), Map.entry("7.1.2.L3", 1), Map.entry("6.2.1.L4", 1));
        byHand.forEach((cell, n) -> assertEquals(n, SeedTables.points(seed.cells.get(cell)), cell));
    }

    @Test
    void readsCellKinds() {
        assertEquals(CellKind.NONE, SeedTables.kind(seed.cells.get("1.1.2.L1")));
        assertEquals(CellKind.SAME, SeedTables.kind(seed.cells.get("1.1.2.L5")));
        assertEquals(CellKind.NONE, SeedTables.kind(seed.cells.get("6.2.1.L5")));
        assertEquals(CellKind.EMPTY, SeedTables.kind(seed.cells.get("6.3.3.L1")));
        assertEquals(CellKind.SAME, SeedTables.kind(seed.cells.get("7.2.2.L5")));
        assertEquals(CellKind.CRITERIA, SeedTables.kind(seed.cells.get("7.1.2.L3")));
    }

    @Test
    void totalPointsOfTheSeed() {
        int total = seed.cells.values().stream().mapToInt(SeedTables::points).sum();
        assertEquals(351, total);
    }
}
