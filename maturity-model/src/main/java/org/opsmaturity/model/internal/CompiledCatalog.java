package org.opsmaturity.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsmaturity.model.Area;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CellKind;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.LevelCell;

/**
 * A catalogue compiled for the engine, once per assessor: every criterion, item, area and domain gets a
 * dense index (its position in the catalogue's order), and the structure becomes arrays of indices, so that
 * statuses and levels live in arrays and are derived without per-call maps. Immutable and thread-safe.
 * Engine-internal: not part of the library's API.
 */
public final class CompiledCatalog {
    private final Catalog catalog;
    private final Criterion[] criteria;
    private final Item[] items;
    private final Area[] areas;
    private final Domain[] domains;
    private final Map<String, Integer> criterionIndex;
    private final Map<String, Integer> itemIndex;
    private final Map<String, Integer> areaIndex;
    private final Map<String, Integer> domainIndex;
    private final int[][][] cellRequirements;
    private final boolean[][] cellSame;
    private final int[][] itemRequirements;
    private final int[][] areaItems;
    private final int[][] domainAreas;

    private CompiledCatalog(Catalog catalog) {
        this.catalog = catalog;
        criteria = catalog.criteria().toArray(Criterion[]::new);
        items = catalog.items().toArray(Item[]::new);
        areas = catalog.areas().toArray(Area[]::new);
        domains = catalog.domains().toArray(Domain[]::new);
        criterionIndex = index(catalog.criteria().stream().map(Criterion::id).toList());
        itemIndex = index(catalog.items().stream().map(Item::id).toList());
        areaIndex = index(catalog.areas().stream().map(Area::id).toList());
        domainIndex = index(catalog.domains().stream().map(Domain::id).toList());
        cellRequirements = new int[items.length][][];
        cellSame = new boolean[items.length][];
        itemRequirements = new int[items.length][];
        for (int i = 0; i < items.length; i++) {
            List<LevelCell> cells = items[i].levels();
            cellRequirements[i] = new int[cells.size()][];
            cellSame[i] = new boolean[cells.size()];
            for (int l = 0; l < cells.size(); l++) {
                cellRequirements[i][l] = indices(cells.get(l).criteria());
                cellSame[i][l] = cells.get(l).kind() == CellKind.SAME;
            }
            itemRequirements[i] = indices(items[i].criteria());
        }
        areaItems = new int[areas.length][];
        for (int a = 0; a < areas.length; a++) {
            areaItems[a] = areas[a].items().stream().mapToInt(it -> itemIndex.get(it.id())).toArray();
        }
        domainAreas = new int[domains.length][];
        for (int d = 0; d < domains.length; d++) {
            domainAreas[d] = domains[d].areas().stream().mapToInt(a -> areaIndex.get(a.id())).toArray();
        }
    }

    /** Compiles a catalogue (a few hundred microseconds: do it once and keep it). */
    public static CompiledCatalog of(Catalog catalog) {
        return new CompiledCatalog(catalog);
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> m = new HashMap<>((int) (ids.size() / 0.75f) + 1);
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), i);
        }
        return m;
    }

    /** The requirements among {@code cs}, as criterion indices in their order. */
    private int[] indices(List<Criterion> cs) {
        return cs.stream().filter(Criterion::isRequirement).mapToInt(c -> criterionIndex.get(c.id())).toArray();
    }

    public Catalog catalog() {
        return catalog;
    }

    public int criterionCount() {
        return criteria.length;
    }

    public int itemCount() {
        return items.length;
    }

    public int areaCount() {
        return areas.length;
    }

    public int domainCount() {
        return domains.length;
    }

    public Criterion criterion(int index) {
        return criteria[index];
    }

    public Item item(int index) {
        return items[index];
    }

    public Area area(int index) {
        return areas[index];
    }

    public Domain domain(int index) {
        return domains[index];
    }

    private static int at(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The index of a criterion id, or -1. */
    public int criterionIndex(String id) {
        return at(criterionIndex, id);
    }

    /** The index of an item id, or -1. */
    public int itemIndex(String id) {
        return at(itemIndex, id);
    }

    /** The index of an area id, or -1. */
    public int areaIndex(String id) {
        return at(areaIndex, id);
    }

    /** The index of a domain id, or -1. */
    public int domainIndex(String id) {
        return at(domainIndex, id);
    }

    /** The number of level cells of an item (5 in the standard model). */
    public int cellCount(int item) {
        return cellRequirements[item].length;
    }

    /** The requirements of an item's cell {@code level} (1-based), as criterion indices. Do not change it. */
    public int[] cellRequirements(int item, int level) {
        return cellRequirements[item][level - 1];
    }

    /** Whether an item's cell {@code level} (1-based) is "same as above" ({@link CellKind#SAME}). */
    public boolean cellSame(int item, int level) {
        return cellSame[item][level - 1];
    }

    /** Every requirement of an item, cell by cell, as criterion indices. Do not change it. */
    public int[] itemRequirements(int item) {
        return itemRequirements[item];
    }

    /** The items of an area, as item indices. Do not change it. */
    public int[] areaItems(int area) {
        return areaItems[area];
    }

    /** The areas of a domain, as area indices. Do not change it. */
    public int[] domainAreas(int domain) {
        return domainAreas[domain];
    }
}
