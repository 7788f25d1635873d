package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.internal.CompiledCatalog;
import org.opsmaturity.model.Area;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CellKind;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionKind;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Verdict;
import org.opsmaturity.model.Vocabulary;

/**
 * The level semantics of docs/levels.md on small hand-made catalogues, decided by attestations only.
 * A cell is written as a string: "R" a requirement, "S" a shortfall, "-" 无, "=" 同上, "" empty; e.g.
 * "RR" is a cell of two requirements.
 */
class LevelDerivationTest {

    static Item item(String id, String... cells) {
        List<LevelCell> levels = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            String spec = cells[l - 1];
            CellKind kind = switch (spec) {
                case "-" -> CellKind.NONE;
                case "=" -> CellKind.SAME;
                case "" -> CellKind.EMPTY;
                default -> CellKind.CRITERIA;
            };
            List<Criterion> cs = new ArrayList<>();
            if (kind == CellKind.CRITERIA) {
                for (int n = 1; n <= spec.length(); n++) {
                    cs.add(new Criterion(id + ".L" + l + "." + n, id, l, n,
                            spec.charAt(n - 1) == 'S' ? CriterionKind.SHORTFALL : CriterionKind.REQUIREMENT,
                            new Text("点", "point"), Text.EMPTY, List.of(), ""));
                }
            }
            levels.add(new LevelCell(id, l, kind, spec, cs));
        }
        return new Item(id, id.substring(0, id.lastIndexOf('.')), new Text(id, id), levels);
    }

    static Catalog catalog(Item... items) {
        Map<String, List<Item>> byArea = new LinkedHashMap<>();
        for (Item i : items) {
            byArea.computeIfAbsent(i.areaId(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Area>> byDomain = new LinkedHashMap<>();
        byArea.forEach((a, is) -> byDomain.computeIfAbsent(a.substring(0, a.indexOf('.')), k -> new ArrayList<>())
                .add(new Area(a, a.substring(0, a.indexOf('.')), new Text(a, a), "", is)));
        List<Domain> domains = new ArrayList<>();
        byDomain.forEach((d, as) -> domains.add(new Domain(d, new Text(d, d), as)));
        return Catalog.of(domains);
    }

    /** statuses: criterion id -> 'M' met, 'N' not met; everything else unknown. */
    static Assessment derive(Catalog c, Map<String, Character> statuses) {
        Map<String, Attestation> atts = new LinkedHashMap<>();
        statuses.forEach((id, s) -> atts.put(id, new Attestation(id, s == 'M' ? Verdict.MET : Verdict.NOT_MET, null)));
        return LevelDeriver.derive("t", Settings.of(c, Vocabulary.of(List.of())),
                FactChecker.Checked.of(CompiledCatalog.of(c), atts, Map.of(), List.of()), List.of());
    }

    static Map<String, Character> met(String... ids) {
        Map<String, Character> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, 'M');
        }
        return m;
    }

    @Test
    void levelIsTheHighestLevelWithEveryRequirementUpToItMet() {
        Catalog c = catalog(item("1.1.1", "R", "RR", "R", "R", "R"));
        assertEquals(0, derive(c, met()).item("1.1.1").level());
        assertEquals(1, derive(c, met("1.1.1.L1.1")).item("1.1.1").level());
        assertEquals(1, derive(c, met("1.1.1.L1.1", "1.1.1.L2.1")).item("1.1.1").level());
        assertEquals(2, derive(c, met("1.1.1.L1.1", "1.1.1.L2.1", "1.1.1.L2.2")).item("1.1.1").level());
        assertEquals(5, derive(c, met("1.1.1.L1.1", "1.1.1.L2.1", "1.1.1.L2.2", "1.1.1.L3.1", "1.1.1.L4.1",
                "1.1.1.L5.1")).item("1.1.1").level());
    }

    @Test
    void strictlyCumulative_allOfLevelThreeButOneLevelTwoPointMissingGivesOne() {
        Catalog c = catalog(item("1.1.1", "R", "RR", "RRR", "R", "R"));
        Map<String, Character> s = met("1.1.1.L1.1", "1.1.1.L2.1", "1.1.1.L3.1", "1.1.1.L3.2", "1.1.1.L3.3");
        s.put("1.1.1.L2.2", 'N');
        var r = derive(c, s).item("1.1.1");
        assertEquals(1, r.level());
        assertEquals(1, r.potential());
        assertEquals(List.of(new Gap("1.1.1.L2.2", 2, CriterionStatus.NOT_MET)), r.gaps());
        assertEquals(List.of("1.1.1.L2.1", "1.1.1.L3.1", "1.1.1.L3.2", "1.1.1.L3.3"), r.ahead());
    }

    @Test
    void levelZeroWhenALevelOneRequirementIsNotMet() {
        Catalog c = catalog(item("1.1.1", "RR", "R", "R", "R", "R"));
        Map<String, Character> s = met("1.1.1.L1.1", "1.1.1.L2.1");
        s.put("1.1.1.L1.2", 'N');
        var r = derive(c, s).item("1.1.1");
        assertEquals(0, r.level());
        assertEquals(0, r.potential());
        assertEquals(List.of(new Gap("1.1.1.L1.2", 1, CriterionStatus.NOT_MET)), r.gaps());
    }

    @Test
    void noneSameEmptyAndBaselineCellsAddNoRequirement() {
        // L1 无, L2 baseline (shortfall only), L3 one requirement, L4 同上, L5 empty
        Catalog c = catalog(item("1.1.1", "-", "S", "R", "=", ""));
        assertEquals(2, derive(c, met()).item("1.1.1").level());
        assertEquals(5, derive(c, met()).item("1.1.1").potential());
        assertEquals(5, derive(c, met("1.1.1.L3.1")).item("1.1.1").level());
        Map<String, Character> s = new LinkedHashMap<>();
        s.put("1.1.1.L3.1", 'N');
        assertEquals(2, derive(c, s).item("1.1.1").potential());
    }

    @Test
    void shortfallsNeverGateEvenWhenAttestedNotMet() {
        Catalog c = catalog(item("1.1.1", "SR", "R", "R", "R", "R"));
        Map<String, Character> s = met("1.1.1.L1.2");
        s.put("1.1.1.L1.1", 'N');
        assertEquals(1, derive(c, s).item("1.1.1").level());
    }

    @Test
    void potentialCountsUnknownAsMetAndNamesTheUnknowns() {
        Catalog c = catalog(item("1.1.1", "R", "RR", "RR", "R", "R"));
        Map<String, Character> s = met("1.1.1.L1.1", "1.1.1.L2.1", "1.1.1.L3.1");
        s.put("1.1.1.L4.1", 'N');
        var r = derive(c, s).item("1.1.1");
        assertEquals(1, r.level());
        assertEquals(3, r.potential());
        assertEquals(List.of("1.1.1.L2.2", "1.1.1.L3.2"), r.unknowns());
        assertEquals("level 1, up to 3: 2 criteria unknown", r.summary());
        assertEquals(List.of(new Gap("1.1.1.L2.2", 2, CriterionStatus.UNKNOWN)), r.gaps());
    }

    @Test
    void rollupsAreTheWeakestLink() {
        Catalog c = catalog(item("1.1.1", "R", "R", "R", "R", "R"), item("1.1.2", "R", "R", "R", "R", "R"),
                item("1.2.1", "R", "R", "R", "R", "R"), item("2.1.1", "R", "R", "R", "R", "R"));
        Map<String, Character> s = met("1.1.1.L1.1", "1.1.1.L2.1", "1.1.1.L3.1", "1.1.2.L1.1", "1.1.2.L2.1",
                "1.2.1.L1.1", "1.2.1.L2.1", "1.2.1.L3.1", "1.2.1.L4.1", "2.1.1.L1.1", "2.1.1.L2.1", "2.1.1.L3.1");
        s.put("1.1.2.L3.1", 'N');
        Assessment a = derive(c, s);
        assertEquals(2, a.level("1.1"));
        assertEquals(List.of("1.1.2"), a.rollup("1.1").limitedBy());
        assertEquals(4, a.level("1.2"));
        assertEquals(2, a.level("1"));
        assertEquals(2, a.potential("1"));
        assertEquals(3, a.level("2"));
        assertEquals(5, a.potential("2"));
        assertEquals(2, a.level("overall"));
        assertEquals(List.of("1"), a.overall().limitedBy());
        assertEquals(2, a.potential("overall"));
    }
}
