package org.opsmaturity.model;

import java.util.Objects;

/**
 * How levels are derived beyond the strict cumulative rule (docs/levels.md).
 *
 * @param same           how a "同上" cell counts: {@link Same#INHERIT} (default, the literal reading: nothing new
 *                       is required) or {@link Same#CAP} (the item is capped at the last level with its own text)
 * @param partialCredit  the least coverage of a PARTIAL attestation that counts as met: {@link Coverage#ALL}
 *                       (default: partial never counts) or {@link Coverage#MOST} (CMMI-tolerant)
 */
public record LevelPolicy(Same same, Coverage partialCredit) {
    /** The default: 同上 inherits, only full coverage counts. */
    public static final LevelPolicy STRICT = new LevelPolicy(Same.INHERIT, Coverage.ALL);

    /** How a "同上" (same as above) cell counts. */
    public enum Same {
        /** Nothing new is required: the literal reading (the default). */
        INHERIT,
        /** The item is capped at the last level with its own text. */
        CAP
    }

    /**
     * Checks the parts.
     *
     * @param same          how a "同上" cell counts
     * @param partialCredit ALL, MOST or SOME
     * @throws CatalogException when partialCredit is NONE
     * @throws NullPointerException when a part is null
     */
    public LevelPolicy {
        Objects.requireNonNull(same, "same");
        Objects.requireNonNull(partialCredit, "partialCredit");
        if (partialCredit != Coverage.ALL && partialCredit != Coverage.MOST && partialCredit != Coverage.SOME) {
            throw new CatalogException("partialCredit: '" + partialCredit + "' is not valid; expected ALL, MOST or SOME",
                    "Maybe use MOST for a CMMI-tolerant policy.");
        }
    }

    /**
     * This policy with another reading of "同上".
     *
     * @param s the reading
     * @return a new policy
     */
    public LevelPolicy withSame(Same s) {
        return new LevelPolicy(s, partialCredit);
    }

    /**
     * This policy with another least coverage for partial attestations.
     *
     * @param c ALL, MOST or SOME
     * @return a new policy
     */
    public LevelPolicy withPartialCredit(Coverage c) {
        return new LevelPolicy(same, c);
    }

    /**
     * Whether an attestation counts as met under this policy.
     *
     * @param a the attestation
     * @return true when its coverage is at least the policy's
     */
    public boolean counts(Attestation a) {
        return a.coverage().ordinal() >= partialCredit.ordinal();
    }
}
