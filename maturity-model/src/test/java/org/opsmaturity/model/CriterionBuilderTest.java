package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CriterionBuilderTest {
    @Test
    void namedStepsGiveTheSameCriterionAsTheConstructor() {
        Parameter p = new Parameter("minAvailability", 99.99, "%", Origin.TEXT);
        Criterion built = Criterion.builder("acme.6.1.1.L4.9").item("6.1.1").level(4).en("Availability is at least 99.99 %")
                .zh("整体可用性达到99.99%以上").parameter(p).note("stricter than the standard").build();
        assertEquals(new Criterion("acme.6.1.1.L4.9", "6.1.1", 4, 9, CriterionKind.REQUIREMENT,
                new Text("整体可用性达到99.99%以上", "Availability is at least 99.99 %"), Text.EMPTY, List.of(p),
                "stricter than the standard"), built);
    }

    @Test
    void theNumberComesFromTheIdOrIsGivenOrZero() {
        assertEquals(9, Criterion.builder("acme.6.1.1.L4.9").item("6.1.1").level(4).en("x").build().number());
        assertEquals(0, Criterion.builder("acme.vault").item("6.1.1").level(4).en("x").build().number());
        assertEquals(0, Criterion.builder("acme.6.1.1.L3.9").item("6.1.1").level(4).en("x").build().number(),
                "L3 in the id is not the cell of level 4");
        assertEquals(2, Criterion.builder("acme.vault").item("6.1.1").level(4).number(2).en("x").build().number());
        Criterion shortfall = Criterion.builder("acme.6.1.1.L1.7").item("6.1.1").level(1).kind(CriterionKind.SHORTFALL)
                .zh("无").illustration(new Text("如：", "e.g.")).build();
        assertEquals(CriterionKind.SHORTFALL, shortfall.kind());
        assertEquals("无", shortfall.text().in("en"), "falls back to the text there is");
        assertEquals("e.g.", shortfall.illustration().en());
    }

    @Test
    void missingOrInvalidStepsAreOneErrorNamingEach() {
        MaturityException e = assertThrows(MaturityException.class, () -> Criterion.builder("acme.x").build());
        assertTrue(e.getMessage().startsWith("criterion acme.x: item: missing; expected an item id such as 6.1.1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("level: 0 is not valid; expected a level from 1 to 5"), e.getMessage());
        assertTrue(e.getMessage().contains("text: missing; expected what the criterion requires"), e.getMessage());
        assertTrue(e.hint().startsWith("Maybe write it like Criterion.builder("), e.hint());
        MaturityException level = assertThrows(MaturityException.class,
                () -> Criterion.builder("acme.x").item("6.1.1").level(6).en("x").build());
        assertTrue(level.getMessage().startsWith("criterion acme.x: level: 6 is not valid; expected a level from 1 to 5 "
                + "(call .level(...))"), level.getMessage());
        MaturityException id = assertThrows(MaturityException.class,
                () -> Criterion.builder(" ").item("6.1.1").level(2).en("x").number(-1).build());
        assertTrue(id.getMessage().contains("id: ' ' is not valid") && id.getMessage().contains("number: -1 is not valid"),
                id.getMessage());
        assertThrows(MaturityException.class, () -> Criterion.builder("acme.x").item("6.1.1").level(2).en(null).build());
        assertThrows(MaturityException.class, () -> Criterion.builder("acme.x").item("6.1.1").level(2).en("x")
                .kind(null).build());
    }
}
