package org.opsmaturity.api;

import java.util.Set;

import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.Vocabulary;

/** Test support: facts from the compact {@code name=value;name=value} notation of the case files. */
final class TestFacts {
    private TestFacts() {
    }

    static Facts parse(Vocabulary vocabulary, String text) {
        Facts.Builder b = Facts.builder();
        if (text == null || text.isBlank()) {
            return b.build();
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            ObservationSpec spec = vocabulary.spec(name).orElseThrow(() -> new IllegalArgumentException(name));
            b.observe(switch (spec.type()) {
                case FLAG -> Observation.flag(name, Boolean.parseBoolean(value));
                case NUMBER -> Observation.number(name, Double.parseDouble(value.split(" ")[0]), value.split(" ", 2)[1]);
                case SET -> value.equals("{}") ? Observation.set(name, Set.of())
                        : Observation.set(name, Set.of(value.split("\\|")));
            });
        }
        return b.build();
    }
}
