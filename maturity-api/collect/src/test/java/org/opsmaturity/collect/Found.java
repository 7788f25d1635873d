package org.opsmaturity.collect;

import java.util.Map;
import java.util.stream.Collectors;

import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Observation;

/** Test helpers shared by the source tests. */
final class Found {
    private Found() {
    }

    static Map<String, Observation> byName(Facts f) {
        return f.observations().stream().collect(Collectors.toMap(Observation::name, o -> o));
    }
}
