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
                    && CatalogTsv.class.getClassLoader().getResource(CatalogTsv.DIR + "domain-" + r.id() + ".tsv") != null) {
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
        return domains.stream().map(d -> DynamicTest.dynamicTest("domain-" + d + ".tsv", () -> {
            String f = CatalogTsv.DIR + "domain-" + d + ".tsv";
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
                        String own = SeedTables.squash(c.text().zh() + c.illustration().zh() + c.note());
                        String[] parts = {SeedTables.squash(c.text().zh()), SeedTables.squash(c.illustration().zh()),
                                SeedTables.squash(c.note())};
                        int at = squashed.indexOf(parts[0], from);
                        if (at < 0) {
                            problems.add(c.id() + ": zh text not found verbatim (in order) in the seed cell: " + c.text().zh());
                            continue;
                        }
                        for (int k = 1; k < parts.length; k++) {
                            if (!parts[k].isEmpty() && squashed.indexOf(parts[k], at) < 0) {
                                problems.add(c.id() + ": " + (k == 1 ? "illustration" : "note")
                                        + " not found verbatim in the seed cell: " + parts[k]);
                            }
                        }
                        from = at + Math.min(parts[0].length(), own.length());
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
        return domainsUnderTest().stream().map(d -> DynamicTest.dynamicTest("domain-" + d + ".tsv", () -> {
            String f = CatalogTsv.DIR + "domain-" + d + ".tsv";
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
}
