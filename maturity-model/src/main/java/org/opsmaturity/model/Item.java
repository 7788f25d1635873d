package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/** A capability item such as {@code 1.1.1 采集服务}, graded at levels 1 to 5. */
public record Item(String id, String areaId, Text name, List<LevelCell> levels) {
    /**
     * Checks the components and copies the lists.
     *
     * @param id     the id
     * @param areaId the area id
     * @param name   the name
     * @param levels the levels
     */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
    }

    /**
     * The cell at a level, 1 to 5.
     *
     * @param level 1 to 5
     * @return the cell
     * @throws CatalogException when the item has no such level
     */
    public LevelCell level(int level) {
        if (level < 1 || level > levels.size()) {
            throw new CatalogException("level: '" + level + "' is not valid for item " + id + "; expected 1.."
                    + levels.size(), "");
        }
        return levels.get(level - 1);
    }

    /**
     * Every criterion of every level.
     *
     * @return the criteria, by level
     */
    public List<Criterion> criteria() {
        return levels.stream().flatMap(c -> c.criteria().stream()).toList();
    }
}
