package org.opsmaturity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CatalogException;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Verdict;

/**
 * The engine's assessment holds statuses and levels from the start and builds the rest on first use: the
 * eager figures must agree with the parts built later, the parts must be built once whichever threads ask,
 * and the assessment must equal one built from its parts.
 */
class LazyAssessmentTest {
    private static final Assessor ASSESSOR = Assessor.standard();

    private static Facts facts() {
        Facts.Builder b = Facts.builder().subject("lazy");
        int k = 0;
        for (Criterion c : ASSESSOR.catalog().requirements()) {
            if (k++ % 3 != 0) {
                b.attest(c.id(), k % 5 == 0 ? Verdict.NOT_MET : Verdict.MET, "test");
            }
        }
        return b.observe("monitoring.processing.latency", 45, "s")
                .observe("monitoring.collection.standalone-service", false)
                .attest("1.1.1.L2.1", Verdict.MET, "overrides the observation: a conflict").build();
    }

    @Test
    void eagerLevelsAndStatusesAgreeWithTheParts() {
        Assessment a = ASSESSOR.evaluate(facts());
        for (Item item : ASSESSOR.catalog().items()) {
            ItemResult r = a.item(item.id());
            assertEquals(r.level(), a.level(item.id()), item.id());
            assertEquals(r.potential(), a.potential(item.id()), item.id());
        }
        for (LevelResult r : a.areas()) {
            assertEquals(r.level(), a.level(r.id()), r.id());
            assertEquals(r.potential(), a.potential(r.id()), r.id());
        }
        for (LevelResult r : a.domains()) {
            assertEquals(r.level(), a.level(r.id()), r.id());
            assertEquals(r.potential(), a.potential(r.id()), r.id());
        }
        assertEquals(a.overall().level(), a.level("overall"));
        assertEquals(a.overall().potential(), a.potential("overall"));
        for (CriterionResult r : a.criteria()) {
            assertEquals(r.status(), a.status(r.criterionId()), r.criterionId());
        }
        assertEquals(1, a.warnings(org.opsmaturity.model.WarningCode.CONFLICT).size(), a.warnings().toString());
    }

    @Test
    void equalsTheAssessmentBuiltFromItsParts() {
        Assessment a = ASSESSOR.evaluate(facts());
        Assessment copy = new Assessment(a.subject(), a.catalog(), a.criteria(), a.items(), a.areas(), a.domains(),
                a.overall(), a.warnings(), a.waivers());
        assertEquals(copy, a);
        assertEquals(a, copy);
        assertEquals(copy.hashCode(), a.hashCode());
        assertEquals(ASSESSOR.evaluate(facts()), a);
        assertEquals(copy.explain("overall"), a.explain("overall"));
        assertEquals(copy.explain("1.1.1"), a.explain("1.1.1"));
    }

    @Test
    void thePartsAreBuiltOnceWhicheverThreadsAsk() throws Exception {
        for (int round = 0; round < 20; round++) {
            Assessment a = ASSESSOR.evaluate(facts());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<?>>> seen = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    Callable<List<?>> c = () -> {
                        start.await();
                        return List.of(a.criteria(), a.items(), a.warnings(), a.overall());
                    };
                    seen.add(pool.submit(c));
                }
                start.countDown();
                List<?> first = seen.get(0).get();
                for (Future<List<?>> f : seen) {
                    List<?> got = f.get();
                    for (int k = 0; k < first.size(); k++) {
                        assertSame(first.get(k), got.get(k));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void unknownIdsAreNamedAsBefore() {
        Assessment a = ASSESSOR.evaluate(facts());
        assertEquals("criterion id: '1.1.1.L9.9' is not in this assessment",
                assertThrows(CatalogException.class, () -> a.status("1.1.1.L9.9")).getMessage().lines().findFirst()
                        .orElseThrow());
        assertThrows(CatalogException.class, () -> a.level("9.9.9"));
        assertThrows(CatalogException.class, () -> a.item("1.1"));
        assertThrows(CatalogException.class, () -> a.rollup("1.1.1"));
    }
}
