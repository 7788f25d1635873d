package org.opsmaturity.api;

import java.util.Objects;

import org.opsmaturity.model.Text;

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
}
