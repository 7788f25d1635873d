package org.opsmaturity.api.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Waiver;

/** What an assessor was built with, as the engine needs it. Immutable. */
public record Settings(Catalog catalog, Vocabulary vocabulary, LevelPolicy policy, Map<String, Waiver> waivers,
        List<DeclaredCriterion> declared, Clock clock, org.opsmaturity.model.Freshness freshness) {
    public Settings {
        // in the builder's order (Map.copyOf would iterate in a per-JVM order, and waivers() lists them)
        waivers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(waivers));
        declared = List.copyOf(declared);
    }

    /** The standard model with default policy and no waivers (used by tests). */
    public static Settings of(Catalog catalog, Vocabulary vocabulary) {
        return new Settings(catalog, vocabulary, LevelPolicy.STRICT, Map.of(), List.of(), Clock.systemDefaultZone(),
                org.opsmaturity.model.Freshness.UNLIMITED);
    }
}
