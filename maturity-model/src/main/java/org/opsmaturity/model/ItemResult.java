package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * An item's levels.
 *
 * @param level     confirmed level: highest L with every requirement of levels 1..L MET (0..5)
 * @param potential the same with UNKNOWN counted as MET (>= level)
 * @param gaps      the requirements of level {@code level + 1} that are not MET (empty at level 5)
 * @param unknowns  the UNKNOWN requirements of levels {@code level + 1 .. potential}: what would have to
 *                  be confirmed to reach the potential
 * @param ahead     requirements MET above the confirmed level
 * @param score     the level plus the share of the next level's requirements that are MET, e.g. 2.6
 * @param expiry    when the evidence behind the level first expires (empty when nothing dated decides it)
 */
public record ItemResult(String itemId, Text name, int level, int potential, List<Gap> gaps, List<String> unknowns,
        List<String> ahead, double score, java.util.Optional<Expiry> expiry) {
    public ItemResult {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(name, "name");
        gaps = List.copyOf(gaps);
        unknowns = List.copyOf(unknowns);
        ahead = List.copyOf(ahead);
        expiry = Objects.requireNonNullElse(expiry, java.util.Optional.empty());
    }

    /** "level 2, up to 4: 3 criteria unknown", or "level 3". */
    public String summary() {
        if (potential == level) {
            return "level " + level;
        }
        return "level " + level + ", up to " + potential + ": " + unknowns.size() + " criteri"
                + (unknowns.size() == 1 ? "on" : "a") + " unknown";
    }
}
