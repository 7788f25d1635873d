package org.opsmaturity.model;

import java.util.Objects;

/** A named numeric threshold of a criterion, e.g. {@code minAvailability = 99.95 %}. */
public record Parameter(String name, double value, String unit, Origin origin) {
    /**
     * Checks the components.
     *
     * @param name   the name
     * @param value  the value
     * @param unit   the unit
     * @param origin the origin
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
        if (!Units.isKnown(unit)) {
            throw new CatalogException("parameter " + name + ": unit '" + unit + "' is not known; expected one of "
                    + Units.all(), "");
        }
        if (!Double.isFinite(value)) {
            throw new CatalogException("parameter " + name + ": value '" + value + "' is not a finite number", "");
        }
    }

    /**
     * The value with its unit, e.g. {@code 99.95 %}.
     *
     * @return the text
     */
    public String display() {
        return Units.format(value) + " " + unit;
    }
}
