package org.opsmaturity.rules;

import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.model.Finding;

/**
 * The outcomes of one rule session, in the order the rules fired: bound to the rules as the global
 * {@code outcomes}, to which a standard rule's consequence hands its finding
 * ({@code outcomes.add(check.flag(kcontext, $o));}) instead of inserting it as a fact, so that no fact per
 * criterion goes through the network and nothing is queried back. {@link RuleRunner} makes one per
 * session; not thread-safe (a session fires on one thread).
 */
public final class Outcomes {
    /** The list itself, read by {@link RuleRunner} without a copy. */
    final List<Finding> findings = new ArrayList<>();

    /** An empty collector, for one session (set it as the global {@value StandardRules#OUTCOMES_GLOBAL}). */
    public Outcomes() {
    }

    /**
     * Records a rule's outcome.
     *
     * @param finding the finding the rule built with {@link Checks}
     * @throws NullPointerException when {@code finding} is null
     */
    public void add(Finding finding) {
        findings.add(java.util.Objects.requireNonNull(finding, "finding"));
    }

    /**
     * The findings recorded so far, in the order they were added.
     *
     * @return an unmodifiable view of them
     */
    public List<Finding> findings() {
        return java.util.Collections.unmodifiableList(findings);
    }
}
