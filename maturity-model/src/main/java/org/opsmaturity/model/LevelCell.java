package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell of an item's table: the item at one level.
 *
 * @param text the cell's text when it holds no criteria ("无", "同上", "1.无" or empty)
 */
public record LevelCell(String itemId, int level, CellKind kind, String text, List<Criterion> criteria) {
    public LevelCell {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
        criteria = List.copyOf(criteria);
    }

    public String id() {
        return itemId + ".L" + level;
    }

    /** The requirements of this cell (shortfalls excluded). */
    public List<Criterion> requirements() {
        return criteria.stream().filter(Criterion::isRequirement).toList();
    }

    /** True when the cell states no requirement of its own: 无, 同上, empty, or shortfalls only. */
    public boolean addsNoRequirement() {
        return requirements().isEmpty();
    }
}
