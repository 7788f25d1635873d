package org.opsmaturity.model;

import java.util.Objects;

/** The same facts evaluated without and with hypothetical ones, and what changes. */
public record WhatIf(Assessment before, Assessment after, Diff changes) {
    /**
     * Checks the components.
     *
     * @param before  the before
     * @param after   the after
     * @param changes the changes
     */
    public WhatIf {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(changes, "changes");
    }
}
