package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell of an item's table: the item at one level.
 *
 * @param text the cell's text when it holds no criteria ("无", "同上", "1.无" or empty)
 */
public record LevelCell(String itemId, int level, CellKind kind, String text, List<Criterion> criteria) {
    /**
     * Checks the components and copies the lists.
     *
     * @param itemId   the item id
     * @param level    the level
     * @param kind     the kind
     * @param text     the cell's text when it holds no criteria ("无", "同上", "1.无" or empty)
     * @param criteria the criteria
     */
    public LevelCell {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        text = Objects.requireNonNullElse(text, "");
        criteria = List.copyOf(criteria);
    }

    /**
     * The cell's id.
     *
     * @return {@code <item>.L<level>}, e.g. {@code 6.1.1.L3}
     */
    public String id() {
        return itemId + ".L" + level;
    }

    /**
     * The requirements of this cell (shortfall descriptions excluded).
     *
     * @return the requirements
     */
    public List<Criterion> requirements() {
        return criteria.stream().filter(Criterion::isRequirement).toList();
    }

    /**
     * Whether the cell states no requirement of its own: 无, 同上, empty, or shortfall descriptions only.
     *
     * @return true when it adds none
     */
    public boolean addsNoRequirement() {
        return requirements().isEmpty();
    }
}
