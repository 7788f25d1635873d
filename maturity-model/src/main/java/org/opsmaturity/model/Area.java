package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/** An area such as {@code 1.1 监控采集}; {@code table} is the model's table number, e.g. "表2". */
public record Area(String id, String domainId, Text name, String table, List<Item> items) {
    /**
     * Checks the components and copies the lists.
     *
     * @param id       the id
     * @param domainId the domain id
     * @param name     the name
     * @param table    the table
     * @param items    the items
     */
    public Area {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domainId, "domainId");
        Objects.requireNonNull(name, "name");
        table = Objects.requireNonNullElse(table, "");
        items = List.copyOf(items);
    }
}
