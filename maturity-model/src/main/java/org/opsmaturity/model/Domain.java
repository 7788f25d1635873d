package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/** One of the seven domains, such as {@code 1 监控管理}. */
public record Domain(String id, Text name, List<Area> areas) {
    /**
     * Checks the components and copies the lists.
     *
     * @param id    the id
     * @param name  the name
     * @param areas the areas
     */
    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        areas = List.copyOf(areas);
    }

    /**
     * The items of all its areas.
     *
     * @return the items, in order
     */
    public List<Item> items() {
        return areas.stream().flatMap(a -> a.items().stream()).toList();
    }
}
