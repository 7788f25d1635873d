package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * Why an item, area, domain or the whole has its level, in one sentence per language, and as data.
 *
 * @param blocking   for an item: the first requirement of the next level that is not MET (empty at level 5);
 *                   for a roll-up: the parts holding the level down (the weakest link)
 * @param headroom   for a roll-up: how many levels it would gain if only its weakest parts rose (the gap to
 *                   the next-weakest part, or to 5); 0 for an item
 */
public record Explanation(String id, Text sentence, List<String> blocking, int headroom) {
    /**
     * Checks the components and copies the lists.
     *
     * @param id       the id
     * @param sentence the sentence
     * @param blocking for an item: the first requirement of the next level that is not MET (empty at level 5); for a roll-up: the parts holding the level down (the weakest link)
     * @param headroom for a roll-up: how many levels it would gain if only its weakest parts rose (the gap to the next-weakest part, or to 5); 0 for an item
     */
    public Explanation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        blocking = List.copyOf(blocking);
    }
}
