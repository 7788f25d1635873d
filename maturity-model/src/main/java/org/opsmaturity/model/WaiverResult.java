package org.opsmaturity.model;

import java.util.Objects;

/** A waiver as it stood in an assessment: applied, or expired (then the criterion was assessed as usual). */
public record WaiverResult(Waiver waiver, boolean applied) {
    public WaiverResult {
        Objects.requireNonNull(waiver, "waiver");
    }

    public boolean expired() {
        return !applied;
    }
}
