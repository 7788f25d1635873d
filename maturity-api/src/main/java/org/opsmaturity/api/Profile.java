package org.opsmaturity.api;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.InvalidExtensionException;
import org.opsmaturity.model.LevelPolicy;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Text;
import org.opsmaturity.model.Waiver;

/**
 * A JSON profile (docs/extending.md, schema {@code profile.schema.json}) read and checked once: a company's
 * adaptation of the model as an immutable value, applied to an assessor with
 * {@link Assessor.Builder#profile(Profile)}. Each component is one field of the profile; absent fields are
 * empty.
 *
 * @param name the profile's {@code name}, empty when absent
 * @param schema the profile's {@code $schema}, empty when absent
 * @param rules the DRL rule files it lists ({@code rules}), empty unless read with {@link ProfileTrust#ALLOW_RULES}
 * @param domains the domains it adds ({@code domains})
 * @param areas the areas it adds ({@code areas})
 * @param items the items it adds ({@code items})
 * @param observations the observations it declares ({@code observations})
 * @param criteria the declarative criteria it adds ({@code criteria})
 * @param overrides the thresholds it changes ({@code overrides})
 * @param waivers the criteria it waives ({@code waivers})
 * @param policy the level policy ({@code policy}), empty when absent
 * @param freshness how long evidence stays valid ({@code freshness})
 */
public record Profile(String name, String schema, List<RuleFile> rules, List<Domain> domains, List<Area> areas,
        List<Item> items, List<ObservationSpec> observations, List<DeclaredCriterion> criteria, List<ThresholdOverride> overrides,
        List<Waiver> waivers, Optional<LevelPolicy> policy, Freshness freshness) {

    /**
     * A profile, its parts copied.
     *
     * @param name the profile's {@code name}, empty when absent
     * @param schema the profile's {@code $schema}, empty when absent
     * @param rules the DRL rule files it lists ({@code rules}), empty unless read with {@link ProfileTrust#ALLOW_RULES}
     * @param domains the domains it adds ({@code domains})
     * @param areas the areas it adds ({@code areas})
     * @param items the items it adds ({@code items})
     * @param observations the observations it declares ({@code observations})
     * @param criteria the declarative criteria it adds ({@code criteria})
     * @param overrides the thresholds it changes ({@code overrides})
     * @param waivers the criteria it waives ({@code waivers})
     * @param policy the level policy ({@code policy}), empty when absent
     * @param freshness how long evidence stays valid ({@code freshness})
     * @throws NullPointerException if any part is null
     */
    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        rules = List.copyOf(rules);
        domains = List.copyOf(domains);
        areas = List.copyOf(areas);
        items = List.copyOf(items);
        observations = List.copyOf(observations);
        criteria = List.copyOf(criteria);
        overrides = List.copyOf(overrides);
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Reads a profile of data only; one that lists DRL {@code rules} is refused.
     *
     * @param file the profile's JSON file
     * @return the profile
     * @throws InvalidExtensionException listing every problem found, with its JSON path
     */
    public static Profile read(Path file) {
        return read(file, ProfileTrust.DATA_ONLY);
    }

    /**
     * Reads a profile; with {@link ProfileTrust#ALLOW_RULES} the DRL files it lists (only from the profile's
     * folder) are kept in {@link #rules()}.
     *
     * @param file the profile's JSON file
     * @param trust whether DRL rule files (code) are accepted
     * @return the profile
     * @throws InvalidExtensionException listing every problem found, with its JSON path
     */
    public static Profile read(Path file, ProfileTrust trust) {
        return Profiles.file(file, trust).orThrow();
    }

    /**
     * Reads a profile of data from a stream (left open); a stream has no folder, so it may list no DRL files.
     *
     * @param in the profile's JSON
     * @param name the name problems are reported under
     * @return the profile
     * @throws InvalidExtensionException listing every problem found, with its JSON path
     */
    public static Profile read(InputStream in, String name) {
        return Profiles.stream(in, name, ProfileTrust.DATA_ONLY).orThrow();
    }

    /**
     * A DRL rule file a profile lists: a file or a class-path resource (exactly one is present).
     *
     * @param name the name as the profile gives it
     * @param file the file, when the profile was read from a file
     * @param resource the class-path resource, when the profile was read from one
     */
    public record RuleFile(String name, Optional<Path> file, Optional<String> resource) {
        /**
         * A rule file.
         *
         * @param name the name as the profile gives it
         * @param file the file, when the profile was read from a file
         * @param resource the class-path resource, when the profile was read from one
         * @throws NullPointerException if any part is null
         * @throws IllegalArgumentException unless exactly one of file and resource is present
         */
        public RuleFile {
            Objects.requireNonNull(name, "name");
            if (file.isPresent() == resource.isPresent()) {
                throw new IllegalArgumentException("rule file " + name + ": expected either a file or a resource");
            }
        }
    }

    /**
     * An added domain.
     *
     * @param id its namespaced id, e.g. {@code acme.8}
     * @param name its zh and en names
     */
    public record Domain(String id, Text name) {
        /**
         * An added domain.
         *
         * @param id its namespaced id, e.g. {@code acme.8}
         * @param name its zh and en names
         * @throws NullPointerException if any part is null
         */
        public Domain {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An added area.
     *
     * @param id its id
     * @param domain the domain it belongs to
     * @param name its zh and en names
     */
    public record Area(String id, String domain, Text name) {
        /**
         * An added area.
         *
         * @param id its id
         * @param domain the domain it belongs to
         * @param name its zh and en names
         * @throws NullPointerException if any part is null
         */
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An added capability item.
     *
     * @param id its id
     * @param area the area it belongs to
     * @param name its zh and en names
     */
    public record Item(String id, String area, Text name) {
        /**
         * An added capability item.
         *
         * @param id its id
         * @param area the area it belongs to
         * @param name its zh and en names
         * @throws NullPointerException if any part is null
         */
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A changed threshold.
     *
     * @param criterion the criterion id
     * @param parameter the parameter's name
     * @param value the new value
     * @param unit the unit of the value, empty for the parameter's own unit
     */
    public record ThresholdOverride(String criterion, String parameter, double value, String unit) {
        /**
         * A changed threshold.
         *
         * @param criterion the criterion id
         * @param parameter the parameter's name
         * @param value the new value
         * @param unit the unit of the value, empty for the parameter's own unit
         * @throws NullPointerException if any part is null
         */
        public ThresholdOverride {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * How long evidence stays valid; what is absent keeps the assessor's setting.
     *
     * @param attestationDays days an attestation stays valid, if given
     * @param observationDays days an observation stays valid, if given
     * @param criteria days per criterion id, in the profile's order
     */
    public record Freshness(OptionalInt attestationDays, OptionalInt observationDays, Map<String, Integer> criteria) {
        /** No freshness setting. */
        public static final Freshness NONE = new Freshness(OptionalInt.empty(), OptionalInt.empty(), Map.of());

        /**
         * Freshness settings, the per-criterion map copied.
         *
         * @param attestationDays days an attestation stays valid, if given
         * @param observationDays days an observation stays valid, if given
         * @param criteria days per criterion id, in the profile's order
         * @throws NullPointerException if any part is null
         */
        public Freshness {
            Objects.requireNonNull(attestationDays, "attestationDays");
            Objects.requireNonNull(observationDays, "observationDays");
            criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
        }
    }
}
