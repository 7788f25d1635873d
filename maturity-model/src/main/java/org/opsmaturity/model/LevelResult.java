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
    public LevelResult {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        limitedBy = List.copyOf(limitedBy);
        expiry = Objects.requireNonNullElse(expiry, java.util.Optional.empty());
    }
}
