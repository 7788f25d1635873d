package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/** One of the seven domains, such as {@code 1 监控管理}. */
public record Domain(String id, Text name, List<Area> areas) {
    public Domain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        areas = List.copyOf(areas);
    }

    public List<Item> items() {
        return areas.stream().flatMap(a -> a.items().stream()).toList();
    }
}
