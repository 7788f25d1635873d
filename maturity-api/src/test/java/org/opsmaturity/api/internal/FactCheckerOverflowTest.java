package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Units;

/**
 * The fact check looks for a number that overflows in another unit of its family only above 1e250: below
 * that, every conversion between two units of one family must stay finite, for every family there is.
 */
class FactCheckerOverflowTest {
    @Test
    void belowTheBoundEveryConversionOfEveryFamilyIsFinite() {
        for (String family : Units.families()) {
            for (String from : Units.unitsOf(family)) {
                for (String to : Units.unitsOf(family)) {
                    for (double v : new double[] {1e250, -1e250, Math.nextDown(1e250)}) {
                        double c = Units.convert(v, from, to);
                        assertTrue(Double.isFinite(c), v + " " + from + " in " + to + " = " + c);
                    }
                }
            }
        }
    }
}
