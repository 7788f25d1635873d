package org.opsmaturity.api;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.opsmaturity.api.internal.Extensions;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Freshness;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.Problem;

/** The typed parts of an assessor builder's state that the model has no type for. */
final class BuilderState {
    private BuilderState() {
    }

    /**
     * An area added to a domain, or an item added to an area (standard or added).
     *
     * @param id the area's or item's id
     * @param parentId the domain (of an area) or area (of an item) it belongs to
     * @param name its name
     */
    record Placement(String id, String parentId, Text name) {
        Placement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(parentId, "parentId");
            Objects.requireNonNull(name, "name");
        }

        /** The line of the profile digest: {@code [id, parent, zh, en]}, as digests have always read. */
        String digest() {
            return "[" + id + ", " + parentId + ", " + name.zh() + ", " + name.en() + "]";
        }
    }

    /**
     * A threshold override.
     *
     * @param criterionId the criterion
     * @param parameter its parameter's name
     * @param value the new value
     * @param unit the value's unit; null for the parameter's own unit
     */
    record OverrideSpec(String criterionId, String parameter, double value, String unit) {
        /** The line of the profile digest: {@code [id, parameter, value, unit or null]}. */
        String digest() {
            return "[" + criterionId + ", " + parameter + ", " + value + ", " + unit + "]";
        }
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
     * @param domains added domains
     * @param areas added areas
     * @param items added items
     * @param observations added observation names
     * @param declared declarative criteria
     * @param overrides threshold overrides
     * @param waivers waivers
     * @param problems problems found while the builder was configured (unreadable DRL files, ...)
     */
    record Inputs(boolean strict, boolean classPathExtensions, ClassLoader classLoader, LevelPolicy policy, Clock clock,
            Freshness freshness, List<Extensions.Source> rules, List<Domain> domains, List<Placement> areas,
            List<Placement> items, List<ObservationSpec> observations, List<DeclaredCriterion> declared,
            List<OverrideSpec> overrides, List<Waiver> waivers, List<Problem> problems) {
        Inputs {
            rules = List.copyOf(rules);
            domains = List.copyOf(domains);
            areas = List.copyOf(areas);
            items = List.copyOf(items);
            observations = List.copyOf(observations);
            declared = List.copyOf(declared);
            overrides = List.copyOf(overrides);
            waivers = List.copyOf(waivers);
            problems = List.copyOf(problems);
        }
    }
}
