package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * A rolled-up level of an area, a domain or the whole: the lowest level of its parts (weakest link).
 *
 * @param limitedBy the parts (items, areas or domains) whose confirmed level is this level
 * @param score     the mean score of the parts (see {@link ItemResult#score()}), reported beside the level
 * @param expiry    the earliest expiry of its parts' levels
 */
public record LevelResult(Scope scope, String id, Text name, int level, int potential, List<String> limitedBy,
        double score, java.util.Optional<Expiry> expiry) {
    /**
     * Checks the parts and copies the list.
     *
     * @param scope     whether this is an area, a domain or the whole
     * @param id        the area or domain id, or {@code overall}
     * @param name      its name in zh and en
     * @param level     the confirmed level: the lowest confirmed level of its parts
     * @param potential the lowest potential level of its parts
     * @param limitedBy the parts whose confirmed level is this level
     * @param score     the mean score of the parts
     * @param expiry    the earliest expiry of its parts' levels; null or empty when none
     * @throws NullPointerException if the scope, the id, the name or the list is null
     */
    public LevelResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        limitedBy = List.copyOf(limitedBy);
        expiry = Objects.requireNonNullElse(expiry, java.util.Optional.empty());
    }
}
