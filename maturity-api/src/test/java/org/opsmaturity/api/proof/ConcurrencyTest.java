package org.opsmaturity.api.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.proof.FactSets.FactSet;
import org.opsmaturity.model.Assessment;

/**
 * One {@link Assessor} shared by 8 threads, each evaluating fact sets drawn from a pool of random ones:
 * every result equals the single-threaded result of the same facts, nothing throws, no rule session is
 * left open, and the heap retained after each round does not grow. The default suite runs 1,000
 * evaluations per thread (the same checks on 8,000 evaluations); the profile {@code long} of
 * maturity-api, which {@code .ci/run} runs, sets {@code opsmaturity.concurrency.perThread} to 10,000.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int PER_THREAD = Integer.getInteger("opsmaturity.concurrency.perThread", 1_000);
    static final int ROUNDS = 5;
    static final int POOL = 400;
    /** Allowed growth of the retained heap from the first round to the last (noise of the collector). */
    static final long SLACK_BYTES = 32L * 1024 * 1024;

    @Test
    void eightThreadsShareOneAssessorAndGetTheSingleThreadedResults() throws Exception {
        Assessor assessor = Assessor.standard();
        List<FactSet> pool = FactSets.factSets().sampleStream().limit(POOL).toList();
        List<Assessment> expected = new ArrayList<>();
        for (FactSet fs : pool) {
            expected.add(assessor.evaluate(fs.facts()));
        }

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong evaluations = new AtomicLong();
        List<Long> retained = new ArrayList<>();
        CyclicBarrier endOfRound = new CyclicBarrier(THREADS, () -> retained.add(retainedHeap()));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < PER_THREAD / ROUNDS; i++) {
                            int n = round * (PER_THREAD / ROUNDS) + i;
                            int k = (int) ((thread * 7919L + n * 31L) % POOL);
                            try {
                                Assessment a = assessor.evaluate(pool.get(k).facts());
                                if (!a.equals(expected.get(k))) {
                                    failures.add("thread " + thread + ", evaluation " + n + ": result differs for"
                                            + pool.get(k));
                                }
                            } catch (RuntimeException e) {
                                failures.add("thread " + thread + ", evaluation " + n + ": " + e + " for" + pool.get(k));
                            }
                            evaluations.incrementAndGet();
                        }
                        endOfRound.await(10, TimeUnit.MINUTES);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(20, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " failures");
        assertEquals((long) THREADS * PER_THREAD, evaluations.get());
        assertEquals(0, org.opsmaturity.api.RuleSessions.open(), "rule sessions left open");
        assertTrue(org.opsmaturity.api.RuleSessions.all() <= THREADS + 1,
                "the pool holds at most a session per thread: " + org.opsmaturity.api.RuleSessions.all());
        long growth = retained.get(retained.size() - 1) - retained.get(0);
        System.out.printf("ConcurrencyTest: %d evaluations; retained heap after each round (MiB): %s%n",
                evaluations.get(), retained.stream().map(b -> String.format("%.1f", b / 1048576.0)).toList());
        assertTrue(growth < SLACK_BYTES, "retained heap grew by " + growth / 1024 + " KiB over " + ROUNDS
                + " rounds: " + retained);
    }

    /** The heap in use after full collections: what is still retained. */
    static long retainedHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
