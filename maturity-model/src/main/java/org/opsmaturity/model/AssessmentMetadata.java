package org.opsmaturity.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an assessment was made with and when, so two results can be compared honestly: the same model
 * version, library version and profile digest judge the same facts alike; the date says which evidence
 * was fresh and which waivers applied.
 *
 * @param modelVersion the first 16 hex digits of the SHA-256 of the standard model's catalogue and
 *        vocabulary as shipped
 * @param libraryVersion the opsmaturity version that made the assessment, e.g. {@code 0.1.0}
 * @param assessedOn the day the assessment was made for (the assessor's clock)
 * @param profileDigest the assessor's profile digest: a SHA-256 (hex) of everything it was built with on top
 *        of the standard model
 */
public record AssessmentMetadata(String modelVersion, String libraryVersion, LocalDate assessedOn, String profileDigest) {
    /**
     * Metadata, every part required.
     *
     * @param modelVersion the first 16 hex digits of the SHA-256 of the standard model's catalogue and vocabulary
     *                     as shipped
     * @param libraryVersion the opsmaturity version that made the assessment, e.g. {@code 0.1.0}
     * @param assessedOn the day the assessment was made for (the assessor's clock)
     * @param profileDigest the assessor's profile digest: a SHA-256 (hex) of everything it was built with on top of
     *                      the standard model
     * @throws NullPointerException if a part is null
     */
    public AssessmentMetadata {
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(profileDigest, "profileDigest");
    }
}
