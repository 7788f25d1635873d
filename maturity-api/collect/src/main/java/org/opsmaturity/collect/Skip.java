package org.opsmaturity.collect;

import java.util.Objects;

/**
 * Something a source gave that did not become an observation, and why: a query with no series, a NaN
 * sample, a malformed or duplicate event, a cost row without a number. Skips are reported, never hidden.
 *
 * @param source the source, e.g. {@code prometheus prod} or {@code cdevents}
 * @param where  the query, or the file and line (e.g. {@code events.jsonl:12})
 * @param reason what was wrong
 */
public record Skip(String source, String where, String reason) {
    /**
     * Checks the components.
     *
     * @param source the source, e.g. {@code prometheus prod} or {@code cdevents}
     * @param where  the query, or the file and line (e.g. {@code events.jsonl:12})
     * @param reason what was wrong
     */
    public Skip {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@code source: where: reason}.
     *
     * @return the text
     */
    public String display() {
        return source + ": " + where + ": " + reason;
    }
}
