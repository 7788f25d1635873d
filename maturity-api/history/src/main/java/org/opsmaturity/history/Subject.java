package org.opsmaturity.history;

import java.util.Objects;

/** A subject in a history: how many runs, and its first and latest. */
public record Subject(String name, int runs, Run first, Run latest) {
    /**
     * Checks the components.
     *
     * @param name   the name
     * @param runs   the runs
     * @param first  the first
     * @param latest the latest
     */
    public Subject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(latest, "latest");
    }
}
