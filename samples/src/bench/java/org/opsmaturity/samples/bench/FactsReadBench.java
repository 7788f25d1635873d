package org.opsmaturity.samples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.opsmaturity.api.Json;
import org.opsmaturity.model.Facts;

/**
 * The read of a bundled sample's facts document ({@code Json.readFacts(byte[])}: the front end and the
 * mapping to {@link Facts}), timed by the thread's CPU time: after a warm-up, {@code rounds} rounds of
 * {@code reads} reads each, and the median, lowest and highest time per read. Arguments: the sample
 * (default large), rounds (default 41), reads per round (default 2000), warm-up seconds (default 20).
 * Run with {@code samples/bench/bench.sh main org.opsmaturity.samples.bench.FactsReadBench large}.
 */
public final class FactsReadBench {
    private FactsReadBench() {
    }

    /**
     * Runs the measurement and prints one line of figures.
     *
     * @param args sample, rounds, reads per round, warm-up seconds
     * @throws IOException if the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        String sample = args.length > 0 ? args[0] : "large";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 41;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        long warmupNanos = (args.length > 3 ? Long.parseLong(args[3]) : 20) * 1_000_000_000L;
        byte[] doc;
        try (InputStream in = FactsReadBench.class.getResourceAsStream("/samples/" + sample + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("sample: no bundled sample '" + sample + "'; expected startup, midsize or large");
            }
            doc = in.readAllBytes();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long end = System.nanoTime() + warmupNanos;
        while (System.nanoTime() < end) {
            sink += Json.readFacts(doc).observations().size();
        }
        double[] perRead = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < reads; i++) {
                sink += Json.readFacts(doc).observations().size();
            }
            perRead[r] = (cpu.getCurrentThreadCpuTime() - t0) / 1000.0 / reads;
        }
        Arrays.sort(perRead);
        System.out.printf("facts read, %s sample (%d bytes): median %.1f us CPU per read, min %.1f, max %.1f "
                + "(%d rounds x %d reads; %d)%n", sample, doc.length, perRead[rounds / 2], perRead[0],
                perRead[rounds - 1], rounds, reads, sink % 10);
    }
}
