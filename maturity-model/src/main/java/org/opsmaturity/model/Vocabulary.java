package org.opsmaturity.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documented observation names, their types and units. Immutable. */
public final class Vocabulary {
    private final Map<String, ObservationSpec> specs;

    private Vocabulary(Map<String, ObservationSpec> specs) {
        this.specs = specs;
    }

    /**
     * A vocabulary of the given observations.
     *
     * @param specs the observation specifications
     * @return the vocabulary
     * @throws CatalogException when a name is defined twice
     */
    public static Vocabulary of(Collection<ObservationSpec> specs) {
        Map<String, ObservationSpec> map = new LinkedHashMap<>();
        for (ObservationSpec s : specs) {
            if (map.putIfAbsent(s.name(), s) != null) {
                throw new CatalogException("observation name: '" + s.name() + "' is defined twice", "");
            }
        }
        return new Vocabulary(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * A vocabulary with the entries of both; a name in both is an error.
     *
     * @param other more observations
     * @return the combined vocabulary
     * @throws CatalogException when a name is in both
     */
    public Vocabulary plus(Vocabulary other) {
        List<ObservationSpec> all = new java.util.ArrayList<>(specs.values());
        all.addAll(other.specs.values());
        return of(all);
    }

    /**
     * An observation by name.
     *
     * @param name e.g. {@code continuity.availability}
     * @return its specification, or empty when there is none
     */
    public Optional<ObservationSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /**
     * Every observation, in order.
     *
     * @return the specifications
     */
    public List<ObservationSpec> specs() {
        return List.copyOf(specs.values());
    }

    /**
     * How many observations the vocabulary has.
     *
     * @return the count
     */
    public int size() {
        return specs.size();
    }

    /**
     * The known names, in order (a view: nothing is copied).
     *
     * @return the names
     */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(specs.keySet());
    }
}
