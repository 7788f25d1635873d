package org.opsmaturity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A reason given as a supplier is rendered once, on first read, and the finding equals one given the text. */
class FindingTest {
    private static final Observation LATENCY = Observation.number("monitoring.processing.latency", 45, "s");

    @Test
    void aSuppliedReasonIsRenderedOnceOnFirstRead() {
        AtomicInteger renders = new AtomicInteger();
        Finding lazy = new Finding("1.1.2.L3.1", "1.1.2.L3.1", CriterionStatus.MET, () -> {
            renders.incrementAndGet();
            return LATENCY.display() + " < 1 min";
        }, List.of(LATENCY));
        assertEquals(0, renders.get());
        Finding text = new Finding("1.1.2.L3.1", "1.1.2.L3.1", true, LATENCY.display() + " < 1 min", List.of(LATENCY));
        assertEquals(text.hashCode(), lazy.hashCode());
        assertEquals(0, renders.get(), "hashing renders nothing");
        assertEquals(text, lazy);
        assertEquals(lazy.reason(), text.reason());
        assertEquals(text.toString(), lazy.toString());
        assertEquals(1, renders.get());
        assertNotEquals(text, new Finding("1.1.2.L3.1", "1.1.2.L3.1", CriterionStatus.MET, () -> "other",
                List.of(LATENCY)));
    }

    @Test
    void badFindingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Finding("1.1.2.L3.1", "r", CriterionStatus.NOT_APPLICABLE,
                "x", List.of()));
        assertThrows(NullPointerException.class, () -> new Finding("1.1.2.L3.1", "r", CriterionStatus.MET,
                (java.util.function.Supplier<String>) null, List.of()));
        assertEquals("", new Finding("1.1.2.L3.1", "r", CriterionStatus.MET, (String) null, List.of()).reason());
    }
}
