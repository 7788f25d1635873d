package org.opsmaturity.api;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.opsmaturity.api.internal.Extensions;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.Problem;

/** An assessor builder's state, frozen for {@link AssessorAssembly}. */
final class BuilderState {
    private BuilderState() {
    }

    /**
     * Everything a builder was given, frozen when {@link Assessor.Builder#build()} is called: what
     * {@link AssessorAssembly} composes, checks and digests.
     *
     * @param strict whether unknown ids are errors
     * @param classPathExtensions whether kjars on the class path are picked up
     * @param classLoader where kjars and rule resources are found
     * @param policy the level policy
     * @param clock what "today" is
     * @param freshness how long evidence stays valid
     * @param rules the DRL sources, in the order added
     * @param added what was added to the standard model, in the profile's records: domains, areas, items,
     *        observations, declarative criteria ({@link Profile#criteria()}), threshold overrides and waivers
     *        (its name, schema, rules, policy and freshness are unused: the builder's own fields say those)
     * @param problems problems found while the builder was configured (unreadable DRL files, ...)
     */
    record Inputs(boolean strict, boolean classPathExtensions, ClassLoader classLoader, LevelPolicy policy, Clock clock,
            Freshness freshness, List<Extensions.Source> rules, Profile added, List<Problem> problems) {
        Inputs {
            rules = List.copyOf(rules);
            Objects.requireNonNull(added, "added");
            problems = List.copyOf(problems);
        }
    }
}
