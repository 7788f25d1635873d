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

    public static Vocabulary of(Collection<ObservationSpec> specs) {
        Map<String, ObservationSpec> map = new LinkedHashMap<>();
        for (ObservationSpec s : specs) {
            if (map.putIfAbsent(s.name(), s) != null) {
                throw new CatalogException("observation name: '" + s.name() + "' is defined twice", "");
            }
        }
        return new Vocabulary(java.util.Collections.unmodifiableMap(map));
    }

    /** A vocabulary with the entries of both; a name in both is an error. */
    public Vocabulary plus(Vocabulary other) {
        List<ObservationSpec> all = new java.util.ArrayList<>(specs.values());
        all.addAll(other.specs.values());
        return of(all);
    }

    public Optional<ObservationSpec> spec(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    public List<ObservationSpec> specs() {
        return List.copyOf(specs.values());
    }

    public int size() {
        return specs.size();
    }

    /** The known names, in order (a view: nothing is copied). */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(specs.keySet());
    }
}
