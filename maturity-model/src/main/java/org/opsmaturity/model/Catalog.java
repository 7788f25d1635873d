package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The maturity model: 7 domains, their areas and 35 items, each item's five level cells and their
 * criteria, all in the model's order. Immutable and thread-safe. {@link #standard()} is the standard model's catalogue.
 */
public final class Catalog {
    private static volatile Catalog standard;

    private final List<Domain> domains;
    private final Map<String, Domain> domainById = new LinkedHashMap<>();
    private final Map<String, Area> areaById = new LinkedHashMap<>();
    private final Map<String, Item> itemById = new LinkedHashMap<>();
    private final Map<String, Criterion> criterionById = new LinkedHashMap<>();
    private final List<Area> areas;
    private final List<Item> items;
    private final List<Criterion> criteria;
    private final List<Criterion> requirements;

    private Catalog(List<Domain> domains) {
        this.domains = List.copyOf(domains);
        for (Domain d : this.domains) {
            putUnique(domainById, d.id(), d, "domain");
            for (Area a : d.areas()) {
                putUnique(areaById, a.id(), a, "area");
                for (Item i : a.items()) {
                    putUnique(itemById, i.id(), i, "item");
                    for (Criterion c : i.criteria()) {
                        putUnique(criterionById, c.id(), c, "criterion");
                    }
                }
            }
        }
        this.areas = List.copyOf(areaById.values());
        this.items = List.copyOf(itemById.values());
        this.criteria = List.copyOf(criterionById.values());
        this.requirements = criteria.stream().filter(Criterion::isRequirement).toList();
    }

    private static <T> void putUnique(Map<String, T> map, String id, T value, String what) {
        if (map.putIfAbsent(id, value) != null) {
            throw new CatalogException(what + " id: '" + id + "' is used twice", "Maybe give it a namespaced id.");
        }
    }

    /**
     * A catalogue of the given domains; ids must be unique.
     *
     * @param domains the domains, with their areas, items and criteria
     * @return the catalogue
     * @throws CatalogException when an id is given twice
     */
    public static Catalog of(List<Domain> domains) {
        return new Catalog(domains);
    }

    /**
     * The model's catalogue, read once from the resources of this module.
     *
     * @return the standard catalogue: 7 domains, 35 items, 351 criteria
     */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                c = standard;
                if (c == null) {
                    c = CatalogTsv.readStandard();
                    standard = c;
                }
            }
        }
        return c;
    }

    /**
     * This catalogue with more domains, areas, items or criteria added (extensions).
     *
     * @param other the catalogue to add
     * @return a new catalogue holding both
     */
    public Catalog merge(Catalog other) {
        Map<String, Domain> merged = new LinkedHashMap<>();
        for (Domain d : domains) {
            merged.put(d.id(), d);
        }
        for (Domain d : other.domains) {
            Domain mine = merged.get(d.id());
            merged.put(d.id(), mine == null ? d : mergeDomain(mine, d));
        }
        return new Catalog(new ArrayList<>(merged.values()));
    }

    private static Domain mergeDomain(Domain a, Domain b) {
        Map<String, Area> areas = new LinkedHashMap<>();
        a.areas().forEach(x -> areas.put(x.id(), x));
        for (Area x : b.areas()) {
            Area mine = areas.get(x.id());
            if (mine == null) {
                areas.put(x.id(), x);
            } else {
                Map<String, Item> items = new LinkedHashMap<>();
                mine.items().forEach(i -> items.put(i.id(), i));
                for (Item i : x.items()) {
                    Item m = items.get(i.id());
                    items.put(i.id(), m == null ? i : mergeItem(m, i));
                }
                areas.put(x.id(), new Area(mine.id(), mine.domainId(), mine.name(), mine.table(),
                        new ArrayList<>(items.values())));
            }
        }
        return new Domain(a.id(), a.name(), new ArrayList<>(areas.values()));
    }

    private static Item mergeItem(Item a, Item b) {
        List<LevelCell> cells = new ArrayList<>();
        for (int l = 1; l <= Math.max(a.levels().size(), b.levels().size()); l++) {
            LevelCell x = l <= a.levels().size() ? a.level(l) : null;
            LevelCell y = l <= b.levels().size() ? b.level(l) : null;
            if (x == null) {
                cells.add(y);
            } else if (y == null || y.criteria().isEmpty()) {
                cells.add(x);
            } else {
                List<Criterion> cs = new ArrayList<>(x.criteria());
                cs.addAll(y.criteria());
                cells.add(new LevelCell(x.itemId(), l, CellKind.CRITERIA, x.text(), cs));
            }
        }
        return new Item(a.id(), a.areaId(), a.name(), cells);
    }

    /**
     * The domains, in the model's order.
     *
     * @return the domains
     */
    public List<Domain> domains() {
        return domains;
    }

    /**
     * The areas of all domains, in the model's order.
     *
     * @return the areas
     */
    public List<Area> areas() {
        return areas;
    }

    /**
     * The capability items of all areas, in the model's order.
     *
     * @return the items
     */
    public List<Item> items() {
        return items;
    }

    /**
     * Every criterion, requirements and shortfall descriptions, in the model's order.
     *
     * @return the criteria
     */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * Every criterion id, in the model's order (a view: nothing is copied), e.g. for "Maybe ..." hints.
     *
     * @return the ids
     */
    public java.util.Set<String> criterionIds() {
        return java.util.Collections.unmodifiableSet(criterionById.keySet());
    }

    /**
     * The requirement criteria only, in the model's order.
     *
     * @return the requirements
     */
    public List<Criterion> requirements() {
        return requirements;
    }

    /**
     * A domain by id.
     *
     * @param id e.g. {@code 6}
     * @return the domain, or empty when there is none
     */
    public Optional<Domain> findDomain(String id) {
        return Optional.ofNullable(domainById.get(id));
    }

    /**
     * An area by id.
     *
     * @param id e.g. {@code 6.1}
     * @return the area, or empty when there is none
     */
    public Optional<Area> findArea(String id) {
        return Optional.ofNullable(areaById.get(id));
    }

    /**
     * An item by id.
     *
     * @param id e.g. {@code 6.1.1}
     * @return the item, or empty when there is none
     */
    public Optional<Item> findItem(String id) {
        return Optional.ofNullable(itemById.get(id));
    }

    /**
     * A criterion by id.
     *
     * @param id e.g. {@code 6.1.1.L3.2}
     * @return the criterion, or empty when there is none
     */
    public Optional<Criterion> findCriterion(String id) {
        return Optional.ofNullable(criterionById.get(id));
    }

    /**
     * A domain by id.
     *
     * @param id e.g. {@code 6}
     * @return the domain
     * @throws CatalogException when there is none, with a "Maybe ..." hint
     */
    public Domain domain(String id) {
        return findDomain(id).orElseThrow(() -> unknown("domain", id, domainById.keySet()));
    }

    /**
     * An area by id.
     *
     * @param id e.g. {@code 6.1}
     * @return the area
     * @throws CatalogException when there is none, with a "Maybe ..." hint
     */
    public Area area(String id) {
        return findArea(id).orElseThrow(() -> unknown("area", id, areaById.keySet()));
    }

    /**
     * An item by id.
     *
     * @param id e.g. {@code 6.1.1}
     * @return the item
     * @throws CatalogException when there is none, with a "Maybe ..." hint
     */
    public Item item(String id) {
        return findItem(id).orElseThrow(() -> unknown("item", id, itemById.keySet()));
    }

    /**
     * A criterion by id.
     *
     * @param id e.g. {@code 6.1.1.L3.2}
     * @return the criterion
     * @throws CatalogException when there is none, with a "Maybe ..." hint
     */
    public Criterion criterion(String id) {
        return findCriterion(id).orElseThrow(() -> unknown("criterion", id, criterionById.keySet()));
    }

    private static CatalogException unknown(String what, String id, java.util.Collection<String> known) {
        return new CatalogException(what + " id: '" + MaturityException.cut(id) + "' is not in the catalogue",
                Strings.maybe(id, known));
    }

    /**
     * All ids of domains, areas and items, for hints.
     *
     * @return the ids
     */
    public List<String> structureIds() {
        List<String> ids = new ArrayList<>(domainById.keySet());
        ids.addAll(areaById.keySet());
        ids.addAll(itemById.keySet());
        return Collections.unmodifiableList(ids);
    }
}
