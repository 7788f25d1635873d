package org.opsmaturity.collect;

import java.util.List;
import java.util.Objects;

import org.opsmaturity.model.Facts;

/**
 * What a collection run produced: the observations (as facts, each with its evidence: the source's own
 * date, a link to the query, file and line or event ids), what was skipped and why, and notes (counts and
 * figures that no observation of the model holds, e.g. time to restore).
 */
public record Collection(Facts facts, List<Skip> skipped, List<String> notes) {
    /**
     * Checks the components and copies the lists.
     *
     * @param facts   the facts
     * @param skipped the skipped
     * @param notes   the notes
     */
    public Collection {
        Objects.requireNonNull(facts, "facts");
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
