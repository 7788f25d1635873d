package org.opsmaturity.api;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsmaturity.model.Area;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.CellKind;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Text;

/** The catalogue an assessor judges by: the standard one with a company's domains, areas, items and criteria. */
final class CatalogComposer {
    private CatalogComposer() {
    }

    /**
     * The catalogue with the added domains, areas, items and criteria; each misplaced or duplicate one is a
     * problem (and the base is returned when the merge fails).
     */
    static Catalog extend(Catalog base, List<Profile.Domain> domains, List<Profile.Area> areas, List<Profile.Item> items,
            List<Criterion> added, List<Problem> problems) {
        if (domains.isEmpty() && areas.isEmpty() && items.isEmpty() && added.isEmpty()) {
            return base;
        }
        // structure: new domains, areas (in standard or new domains), items (in standard or new areas)
        Map<String, String> domainOfArea = new LinkedHashMap<>();
        base.areas().forEach(a -> domainOfArea.put(a.id(), a.domainId()));
        List<String> domainIds = new ArrayList<>(base.domains().stream().map(Domain::id).toList());
        domains.forEach(d -> domainIds.add(d.id()));
        Map<String, Item> newItems = new LinkedHashMap<>();
        Map<String, String> areaOfItem = new LinkedHashMap<>();
        base.items().forEach(i -> areaOfItem.put(i.id(), i.areaId()));
        for (Profile.Area a : areas) {
            if (!domainIds.contains(a.domain())) {
                problems.add(described("area " + a.id(), "domain '" + a.domain() + "' is not in the catalogue. "
                        + Strings.maybe(a.domain(), domainIds)));
                continue;
            }
            domainOfArea.put(a.id(), a.domain());
        }
        for (Profile.Item i : items) {
            if (!domainOfArea.containsKey(i.area())) {
                problems.add(described("item " + i.id(), "area '" + i.area() + "' is not in the catalogue. "
                        + Strings.maybe(i.area(), domainOfArea.keySet())));
                continue;
            }
            areaOfItem.put(i.id(), i.area());
            List<LevelCell> cells = new ArrayList<>();
            for (int l = 1; l <= 5; l++) {
                cells.add(new LevelCell(i.id(), l, CellKind.EMPTY, "", List.of()));
            }
            newItems.put(i.id(), new Item(i.id(), i.area(), i.name(), cells));
        }
        // criteria by item and level
        Map<String, Map<Integer, List<Criterion>>> byItem = new LinkedHashMap<>();
        for (Criterion c : added) {
            if (!areaOfItem.containsKey(c.itemId())) {
                problems.add(described("criterion " + c.id(), "item '" + c.itemId() + "' is not in the catalogue. "
                        + Strings.maybe(c.itemId(), areaOfItem.keySet())));
                continue;
            }
            if (c.level() < 1 || c.level() > 5) {
                problems.add(described("criterion " + c.id(), "level " + c.level() + " is outside 1..5"));
                continue;
            }
            byItem.computeIfAbsent(c.itemId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.level(), k -> new ArrayList<>()).add(c);
        }
        // assemble an extension catalogue and merge it into the base
        List<Domain> ext = new ArrayList<>();
        Map<String, Map<String, List<Item>>> tree = new LinkedHashMap<>();
        Map<String, Text> areaNames = new LinkedHashMap<>();
        base.areas().forEach(a -> areaNames.put(a.id(), a.name()));
        areas.forEach(a -> areaNames.put(a.id(), a.name()));
        for (Map.Entry<String, String> e : areaOfItem.entrySet()) {
            String itemId = e.getKey();
            Item item = newItems.get(itemId);
            Map<Integer, List<Criterion>> crit = byItem.get(itemId);
            if (item == null && crit == null) {
                continue;
            }
            if (item == null) {
                Item std = base.item(itemId);
                List<LevelCell> cells = new ArrayList<>();
                for (int l = 1; l <= 5; l++) {
                    cells.add(new LevelCell(itemId, l, CellKind.EMPTY, "", List.of()));
                }
                item = new Item(itemId, std.areaId(), std.name(), cells);
            }
            if (crit != null) {
                List<LevelCell> cells = new ArrayList<>(item.levels());
                crit.forEach((l, cs) -> cells.set(l - 1, new LevelCell(e.getKey(), l, CellKind.CRITERIA, "", cs)));
                item = new Item(item.id(), item.areaId(), item.name(), cells);
            }
            String area = e.getValue();
            tree.computeIfAbsent(domainOfArea.get(area), k -> new LinkedHashMap<>())
                    .computeIfAbsent(area, k -> new ArrayList<>()).add(item);
        }
        for (Profile.Domain d : domains) {
            tree.computeIfAbsent(d.id(), k -> new LinkedHashMap<>());
        }
        for (Profile.Area a : areas) {
            if (domainOfArea.containsKey(a.id())) {
                tree.computeIfAbsent(a.domain(), k -> new LinkedHashMap<>()).computeIfAbsent(a.id(), k -> new ArrayList<>());
            }
        }
        Map<String, Text> domainNames = new LinkedHashMap<>();
        base.domains().forEach(d -> domainNames.put(d.id(), d.name()));
        domains.forEach(d -> domainNames.put(d.id(), d.name()));
        tree.forEach((d, as) -> {
            List<Area> list = new ArrayList<>();
            as.forEach((a, is) -> list.add(new Area(a, d, areaNames.get(a), "", is)));
            ext.add(new Domain(d, domainNames.get(d), list));
        });
        try {
            Catalog merged = base.merge(Catalog.of(ext));
            for (Item i : merged.items()) {
                if (i.criteria().stream().noneMatch(Criterion::isRequirement) && newItems.containsKey(i.id())) {
                    problems.add(described("item " + i.id(), "has no criteria"));
                }
            }
            for (Area a : merged.areas()) {
                if (a.items().isEmpty()) {
                    problems.add(described("area " + a.id(), "has no items"));
                }
            }
            return merged;
        } catch (MaturityException e) {
            problems.add(described(e.getMessage().lines().findFirst().orElse("")
                    + " (a criterion id must be unique across the standard model and every extension)"));
            return base;
        }
    }
}
