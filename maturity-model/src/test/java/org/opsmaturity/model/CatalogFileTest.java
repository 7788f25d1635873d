package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks each domain file of the catalogue against the seed itself: the points per cell counted from
 * the seed's text, the cell kinds, and that every row's Chinese text (requirement + illustration +
 * note) occurs verbatim, in order, in its cell. {@code -Dmaturity.domain=<d>} limits it to one domain.
 */
class CatalogFileTest {

    static List<CatalogTsv.StructureRow> structure() {
        String f = CatalogTsv.DIR + "structure.tsv";
        return CatalogTsv.parseStructure(f, CatalogTsv.lines(f));
    }

    static List<String> domainsUnderTest() {
        String only = System.getProperty("maturity.domain", "");
        List<String> out = new ArrayList<>();
        for (CatalogTsv.StructureRow r : structure()) {
            if (r.kind().equals("DOMAIN") && (only.isEmpty() || only.equals(r.id()))
                    && CatalogTsv.class.getClassLoader().getResource(CatalogTsv.DIR + CatalogTsv.domainKey(r.id()) + ".tsv") != null) {
                out.add(r.id());
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyDomainFileMatchesTheSeed() {
        List<CatalogTsv.StructureRow> structure = structure();
        SeedTables seed = SeedTables.read(structure);
        List<String> domains = domainsUnderTest();
        assertTrue(!domains.isEmpty(), "no domain files found");
        return domains.stream().map(d -> DynamicTest.dynamicTest(CatalogTsv.domainKey(d) + ".tsv", () -> {
            String f = CatalogTsv.DIR + CatalogTsv.domainKey(d) + ".tsv";
            List<CatalogTsv.Row> rows = CatalogTsv.parseDomain(f, CatalogTsv.lines(f));
            Catalog catalog = CatalogTsv.build(structure, Map.of(d, rows), false);
            List<String> problems = new ArrayList<>();
            for (Item item : catalog.domain(d).items()) {
                for (LevelCell cell : item.levels()) {
                    String raw = seed.cells.get(cell.id());
                    if (raw == null) {
                        problems.add(cell.id() + ": not found in the seed");
                        continue;
                    }
                    CellKind seedKind = SeedTables.kind(raw);
                    if (seedKind != cell.kind()) {
                        problems.add(cell.id() + ": kind " + cell.kind() + " but the seed's cell reads as " + seedKind
                                + ": " + MaturityException.cut(raw));
                    }
                    int expected = SeedTables.points(raw);
                    if (expected != cell.criteria().size()) {
                        problems.add(cell.id() + ": " + cell.criteria().size() + " points but the seed has " + expected);
                    }
                    String squashed = SeedTables.squash(raw);
                    int from = 0;
                    for (Criterion c : cell.criteria()) {
                        // a requirement sentence after an illustration joins zh after a gap mark (…), so zh and
                        // the illustration may each be several pieces of the cell, every piece verbatim, in order
                        List<String> zh = pieces(c.text().zh());
                        int at = squashed.indexOf(zh.get(0), from);
                        if (at < 0) {
                            problems.add(c.id() + ": zh text not found verbatim (in order) in the seed cell: " + c.text().zh());
                            continue;
                        }
                        int end = follow(squashed, zh, at);
                        if (end < 0) {
                            problems.add(c.id() + ": a piece of the zh text after a gap mark is not found verbatim (in"
                                    + " order) in the seed cell: " + c.text().zh());
                            continue;
                        }
                        String[] names = {"illustration", "note"};
                        String[] texts = {c.illustration().zh(), c.note()};
                        for (int k = 0; k < texts.length; k++) {
                            if (!texts[k].isEmpty() && follow(squashed, pieces(texts[k]), at) < 0) {
                                problems.add(c.id() + ": " + names[k] + " not found verbatim in the seed cell: "
                                        + SeedTables.squash(texts[k]));
                            }
                        }
                        from = Math.max(at + zh.get(0).length(), end - (zh.size() > 1 ? zh.get(zh.size() - 1).length() : 0));
                    }
                }
            }
            if (!problems.isEmpty()) {
                fail(problems.size() + " problems:\n" + String.join("\n", problems));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> parametersAreWellFormedAndUnique() {
        return domainsUnderTest().stream().map(d -> DynamicTest.dynamicTest(CatalogTsv.domainKey(d) + ".tsv", () -> {
            String f = CatalogTsv.DIR + CatalogTsv.domainKey(d) + ".tsv";
            for (CatalogTsv.Row r : CatalogTsv.parseDomain(f, CatalogTsv.lines(f))) {
                Map<String, Parameter> seen = new LinkedHashMap<>();
                for (Parameter p : r.params()) {
                    assertEquals(null, seen.put(p.name(), p), r.id() + ": parameter " + p.name() + " twice");
                    assertTrue(p.name().startsWith("min") || p.name().startsWith("max") || p.name().startsWith("required"),
                            r.id() + ": parameter name " + p.name() + " should start with min, max or required");
                }
                if (!r.params().isEmpty()) {
                    assertEquals("REQUIREMENT", r.kind(), r.id() + ": only requirements have parameters");
                }
            }
        }));
    }

    /**
     * Requirement sentences after an illustration: every point whose illustration runs over more than one
     * sentence, or whose requirement text continues after a gap mark, is decided in docs/readings.md
     * (section 2 of "Partial evidence, illustrations and shortfalls"), sentence by sentence; the sentences
     * decided as requirements are in the requirement text, not in the illustration.
     */
    @org.junit.jupiter.api.Test
    void everySentenceAfterAnIllustrationIsDecidedInTheReadings() throws java.io.IOException {
        String readings = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/readings.md"));
        int from = readings.indexOf("### 2. Requirement sentences that follow an illustration");
        int to = readings.indexOf("### 3.", from);
        assertTrue(from >= 0 && to > from, "docs/readings.md has the section on sentences after an illustration");
        String table = readings.substring(from, to);
        List<String> problems = new ArrayList<>();
        for (Criterion c : Catalog.standard().criteria()) {
            String ill = c.illustration().zh();
            boolean several = ill.trim().replaceAll("[。；;]$", "").split("(?<=[。；;])").length > 1;
            if ((several || c.text().zh().contains("…")) && !table.contains(c.id())) {
                problems.add(c.id() + ": illustration of several sentences not decided in docs/readings.md: " + ill);
            }
            for (String line : table.split("\n")) {
                String[] cells = line.split("\\|");
                if (cells.length > 4 && cells[1].trim().equals(c.id()) && cells[3].trim().startsWith("requirement")) {
                    String sentence = SeedTables.squash(cells[2].trim());
                    if (!SeedTables.squash(c.text().zh()).contains(sentence) || SeedTables.squash(ill).contains(sentence)) {
                        problems.add(c.id() + ": a requirement sentence is not in zh, or still in the illustration: " + sentence);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The squashed pieces of a catalogue text split at the gap mark … (the seed itself has none). */
    static List<String> pieces(String text) {
        return java.util.Arrays.stream(text.split("…")).map(SeedTables::squash).filter(x -> !x.isEmpty()).toList();
    }

    /** Where the last of the pieces ends when each is found after the one before, from {@code at}; -1 if one is not. */
    static int follow(String cell, List<String> pieces, int at) {
        int from = at;
        for (String p : pieces) {
            int i = cell.indexOf(p, from);
            if (i < 0) {
                return -1;
            }
            from = i + p.length();
        }
        return from;
    }

    @org.junit.jupiter.api.Test
    void everyDomainOfTheModelHasOneKeyAndAnUnknownDomainIsRefusedByName() {
        List<String> domains = structure().stream().filter(r -> r.kind().equals("DOMAIN")).map(CatalogTsv.StructureRow::id)
                .toList();
        assertEquals(domains, CatalogTsv.domainIds());
        for (String d : domains) {
            String key = CatalogTsv.domainKey(d);
            assertTrue(key.matches(d + "-[a-z]+(-[a-z]+)*"), key);
            assertTrue(CatalogTsv.class.getClassLoader().getResource(CatalogTsv.DIR + key + ".tsv") != null, key);
        }
        CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> CatalogTsv.domainKey("8"));
        assertTrue(e.getMessage().contains("domain: '8' is not valid; expected one of [1, 2, 3, 4, 5, 6, 7]"),
                e.getMessage());
    }
}
