package org.opsmaturity.samples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/**
 * A batch of N subjects (default 10,000), each with its own distinct random fact set, through
 * {@code Assessor.evaluate} one after the other (the many-subjects API of issue 6 has not landed): the
 * time of the evaluations, their median and 99th percentile, and the heap. Modes: {@code stream} keeps only
 * each subject's overall level (a service that writes results out as it goes); {@code keep} keeps every
 * {@link Assessment} (a batch call that returns them all). The facts are made before each call, outside
 * the timing.
 *
 * <pre>java -Xmx1g -cp ... BatchMain [N] [stream|keep] [engine]</pre>
 * where engine is {@code assessor} (default) or a prototype as in {@link AssessBenchmark#prototype}.
 */
public final class BatchMain {
    private BatchMain() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean keep = args.length > 1 && args[1].equals("keep");
        String engineName = args.length > 2 ? args[2] : "assessor";
        long start = System.nanoTime();
        Assessor assessor = Assessor.standard();
        BenchEngine.Engine prototype = engineName.equals("assessor") ? null : AssessBenchmark.prototype(engineName);
        long ready = System.nanoTime();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Random seeds = new Random(42);
        List<Assessment> kept = new ArrayList<>();
        int[] levels = new int[6];
        long[] each = new long[n];
        long evaluating = 0;
        long peakUsed = 0;
        for (int i = 0; i < n; i++) {
            Facts f = BenchFacts.random(assessor.catalog(), assessor.vocabulary(), 1, seeds.nextLong()).get(0)
                    .toBuilder().subject("subject-" + i).build();
            long t0 = System.nanoTime();
            Assessment a = prototype == null ? assessor.evaluate(f) : prototype.evaluate(f);
            long t = System.nanoTime() - t0;
            each[i] = t;
            evaluating += t;
            levels[a.overall().level()]++;
            if (keep) {
                kept.add(a);
            }
            if (i % 50 == 0) {
                peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            }
        }
        long end = System.nanoTime();
        peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        java.util.Arrays.sort(each);
        System.out.printf(Locale.ROOT, "batch: %d subjects, mode %s, engine %s, -Xmx %d MB%n", n, keep ? "keep" : "stream",
                engineName, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  assessor ready in %.0f ms; evaluations %.0f ms in all (%.0f assessments/s),"
                + " median %.0f us, p99 %.0f us; whole batch %.0f ms%n", (ready - start) / 1e6, evaluating / 1e6,
                n / (evaluating / 1e9), each[n / 2] / 1e3, each[(int) (n * 0.99)] / 1e3, (end - start) / 1e6);
        System.out.printf(Locale.ROOT, "  heap: peak used (sampled every 50 subjects) %d MB, sum of pool peaks %d MB,"
                + " live after the batch (full GC) %d MB%n", peakUsed >> 20, poolPeaks >> 20, live >> 20);
        System.out.println("  overall levels 0..5: " + java.util.Arrays.toString(levels) + (keep ? ", kept "
                + kept.size() : ""));
    }
}
