package org.opsmaturity.api;

import java.util.HashSet;
import java.util.Set;

import org.opsmaturity.model.Facts;

/** The one fact-merging routine, for {@link Assessor#whatIf} and {@link Assessor#evaluateAll}. */
final class MergedFacts {
    private MergedFacts() {
    }

    /** A subject's own facts over the organisation-wide shared ones ({@code own} itself when none are shared). */
    static Facts withShared(Facts own, Facts shared) {
        if (shared == null || (shared.attestations().isEmpty() && shared.observations().isEmpty())) {
            return own;
        }
        return merged(shared, own, own.subject());
    }

    /**
     * The facts of {@code base} about criteria and observations {@code winning} says nothing of, then all of
     * {@code winning}'s (a hypothesis over the facts; a subject's own facts over the shared ones).
     */
    static Facts merged(Facts base, Facts winning, String subject) {
        Set<String> attested = new HashSet<>();
        winning.attestations().forEach(a -> attested.add(a.criterionId()));
        Set<String> observed = new HashSet<>();
        winning.observations().forEach(o -> observed.add(o.name()));
        Facts.Builder b = Facts.builder().subject(subject);
        base.attestations().stream().filter(a -> !attested.contains(a.criterionId())).forEach(b::attest);
        base.observations().stream().filter(o -> !observed.contains(o.name())).forEach(b::observe);
        return b.addAll(winning).build();
    }
}
