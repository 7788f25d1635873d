package org.opsmaturity.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded assessment, without its result document ({@link History#result(long)}).
 *
 * @param modelVersion   digest of the standard model's catalogue and observation vocabulary
 * @param libraryVersion the opsmaturity version that evaluated it
 * @param profileDigest  {@link org.opsmaturity.api.Assessor#profileDigest()} of the assessor
 * @param factsDigest    SHA-256 of the facts as {@link org.opsmaturity.api.Json#write(org.opsmaturity.model.Facts)} writes them
 * @param level          the overall level; {@code potential} the overall potential
 */
public record Run(long id, String subject, Instant assessedAt, Instant recordedAt, String modelVersion,
        String libraryVersion, String profileDigest, String factsDigest, int level, int potential) {
    /**
     * Checks the components.
     *
     * @param id             the id
     * @param subject        the subject
     * @param assessedAt     the assessed at
     * @param recordedAt     the recorded at
     * @param modelVersion   digest of the standard model's catalogue and observation vocabulary
     * @param libraryVersion the opsmaturity version that evaluated it
     * @param profileDigest  {@link org.opsmaturity.api.Assessor#profileDigest()} of the assessor
     * @param factsDigest    SHA-256 of the facts as {@link org.opsmaturity.api.Json#write(org.opsmaturity.model.Facts)} writes them
     * @param level          the overall level; {@code potential} the overall potential
     * @param potential      the potential
     */
    public Run {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(profileDigest, "profileDigest");
        Objects.requireNonNull(factsDigest, "factsDigest");
    }

    /**
     * Whether the same rules judged both runs: same model version, library version and profile digest.
     *
     * @param other another run
     * @return true or false
     */
    public boolean sameRules(Run other) {
        return modelVersion.equals(other.modelVersion) && libraryVersion.equals(other.libraryVersion)
                && profileDigest.equals(other.profileDigest);
    }

    /**
     * What differs in the rules from {@code before} to this run, e.g. "profile changed"; empty when nothing.
     *
     * @param before the earlier run
     * @return the text
     */
    public String rulesChangeSince(Run before) {
        StringBuilder s = new StringBuilder();
        if (!modelVersion.equals(before.modelVersion)) {
            s.append("model ").append(before.modelVersion).append(" -> ").append(modelVersion);
        }
        if (!libraryVersion.equals(before.libraryVersion)) {
            s.append(s.isEmpty() ? "" : ", ").append("library ").append(before.libraryVersion).append(" -> ").append(libraryVersion);
        }
        if (!profileDigest.equals(before.profileDigest)) {
            s.append(s.isEmpty() ? "" : ", ").append("profile ").append(History.shortDigest(before.profileDigest))
                    .append(" -> ").append(History.shortDigest(profileDigest));
        }
        return s.toString();
    }
}
