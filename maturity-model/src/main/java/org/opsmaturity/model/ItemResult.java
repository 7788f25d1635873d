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
    /**
     * Checks the parts and copies the lists.
     *
     * @param itemId    the capability item, e.g. {@code 1.1.1}
     * @param name      its name in zh and en
     * @param level     confirmed level (0..5)
     * @param potential the level with UNKNOWN counted as MET
     * @param gaps      the requirements of the next level that are not MET
     * @param unknowns  the UNKNOWN requirements between the confirmed and the potential level
     * @param ahead     requirements MET above the confirmed level
     * @param score     the level plus the share of the next level's requirements that are MET
     * @param expiry    when the evidence behind the level first expires; null or empty when undated
     * @throws NullPointerException if the id, the name or a list is null
     */
    public ItemResult {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(name, "name");
        gaps = List.copyOf(gaps);
        unknowns = List.copyOf(unknowns);
        ahead = List.copyOf(ahead);
        expiry = Objects.requireNonNullElse(expiry, java.util.Optional.empty());
    }

    /**
     * The levels in a few English words: "level 2, up to 4: 3 criteria unknown", or "level 3" when the
     * potential equals the confirmed level.
     *
     * @return the summary
     */
    public String summary() {
        if (potential == level) {
            return "level " + level;
        }
        return "level " + level + ", up to " + potential + ": " + unknowns.size() + " criteri"
                + (unknowns.size() == 1 ? "on" : "a") + " unknown";
    }
}
