package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered point of a level cell: id {@code <item>.L<level>.<n>}, e.g. {@code 1.1.1.L3.4}.
 *
 * @param text         the requirement (zh verbatim from the model, en translated), illustrations removed
 * @param illustration the illustrations split off (如：/例如/说明：/举例), possibly empty
 * @param parameters   thresholds the criterion's rule compares observations with
 * @param note         an editorial note of the model attached to the point (not a requirement), possibly empty
 */
public record Criterion(String id, String itemId, int level, int number, CriterionKind kind, Text text,
        Text illustration, List<Parameter> parameters, String note) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        illustration = Objects.requireNonNullElse(illustration, Text.EMPTY);
        parameters = List.copyOf(parameters);
        note = Objects.requireNonNullElse(note, "");
    }

    public boolean isRequirement() {
        return kind == CriterionKind.REQUIREMENT;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
