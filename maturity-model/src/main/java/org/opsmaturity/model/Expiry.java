package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;

/** Until when a level holds with today's evidence, and whose evidence expires first then. */
public record Expiry(LocalDate date, String criterionId) {
    /**
     * Checks the components.
     *
     * @param date        the date
     * @param criterionId the criterion id
     */
    public Expiry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(criterionId, "criterionId");
    }
}
