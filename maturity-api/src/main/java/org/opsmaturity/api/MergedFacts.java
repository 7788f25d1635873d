package org.opsmaturity.api;

import java.util.HashSet;
import java.util.Set;

import org.opsmaturity.model.Facts;

/** The one fact-merging routine, for {@link Assessor#whatIf} and {@link Assessor#evaluateAll}. */
final class MergedFacts {
    private MergedFacts() {
    }

    /**
     * A subject's own facts over the organisation-wide shared ones ({@code own} itself when none are shared):
     * its own first, in their order, so that the paths of its mistakes are those of its own document, then
     * the shared facts about criteria and observations it says nothing of.
     */
    static Facts withShared(Facts own, Facts shared) {
        if (shared == null || (shared.attestations().isEmpty() && shared.observations().isEmpty())) {
            return own;
        }
        return merged(shared, own, own.subject(), true);
    }

    /**
     * The facts of {@code base} about criteria and observations {@code winning} says nothing of, then all of
     * {@code winning}'s (a hypothesis over the facts: {@link Assessor#whatIf}).
     */
    static Facts merged(Facts base, Facts winning, String subject) {
        return merged(base, winning, subject, false);
    }

    private static Facts merged(Facts base, Facts winning, String subject, boolean winningFirst) {
        Set<String> attested = new HashSet<>();
        winning.attestations().forEach(a -> attested.add(a.criterionId()));
        Set<String> observed = new HashSet<>();
        winning.observations().forEach(o -> observed.add(o.name()));
        Facts.Builder b = Facts.builder().subject(subject);
        if (winningFirst) {
            b.addAll(winning);
        }
        base.attestations().stream().filter(a -> !attested.contains(a.criterionId())).forEach(b::attest);
        base.observations().stream().filter(o -> !observed.contains(o.name())).forEach(b::observe);
        if (!winningFirst) {
            b.addAll(winning);
        }
        return b.build();
    }
}
