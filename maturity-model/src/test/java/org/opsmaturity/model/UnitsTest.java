package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void boundariesGivenInAnotherUnitCompareEqual() {
        assertEquals(0, Units.compare(Units.convert(262.8, "min/yr", "%"), 99.95));
        assertEquals(0, Units.compare(Units.convert(60, "s", "min"), 1));
        assertEquals(0, Units.compare(Units.convert(1000, "TB", "PB"), 1));
        assertTrue(Units.compare(Units.convert(262.9, "min/yr", "%"), 99.95) < 0);
    }

    @Test
    void infinitiesAndNanAreNeverWithinTheTolerance() {
        assertTrue(Units.compare(Double.POSITIVE_INFINITY, 99.95) > 0);
        assertTrue(Units.compare(Double.NEGATIVE_INFINITY, 0) < 0);
        assertTrue(Units.compare(Double.NaN, 1) != 0);
    }
}
