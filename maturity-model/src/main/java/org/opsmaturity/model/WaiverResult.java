package org.opsmaturity.model;

import java.util.Objects;

/** A waiver as it stood in an assessment: applied, or expired (then the criterion was assessed as usual). */
public record WaiverResult(Waiver waiver, boolean applied) {
    /**
     * Checks the components.
     *
     * @param waiver  the waiver
     * @param applied whether it applied on the day of the assessment
     */
    public WaiverResult {
        Objects.requireNonNull(waiver, "waiver");
    }

    /**
     * Whether the waiver had expired on the day of the assessment.
     *
     * @return true when it no longer applied
     */
    public boolean expired() {
        return !applied;
    }
}
