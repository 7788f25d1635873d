package org.opsmaturity.samples.examples;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Rollup;
import org.opsmaturity.model.Verdict;

/**
 * Many subjects through the streaming {@link Assessor#evaluateAll(Facts, Iterable, java.util.function.Consumer)}:
 * N teams, each a variation of one of the bundled samples, generated on the fly (none is kept), rolled
 * up; prints the time and the peak heap. Run:
 * {@code java -Xmx256m -cp samples/target/opsmaturity.jar org.opsmaturity.samples.examples.BatchExample 10000}
 */
public final class BatchExample {
    private BatchExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the number of subjects (default 10,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Facts> bases = List.of(Samples.facts("startup"), Samples.facts("midsize"),
                Samples.facts("large"));
        Facts shared = Facts.builder().attest("6.2.1.L2.1", Verdict.MET, "group crisis organisation").build();
        Assessor assessor = Assessor.standard();
        Iterable<Facts> subjects = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Facts next() {
                Facts base = bases.get(i % bases.size());
                Facts.Builder b = Facts.builder().subject("team-" + i);
                // drop a different slice of each base's attestations, so that subjects differ
                for (int k = 0; k < base.attestations().size(); k++) {
                    if ((k + i) % 7 != 0) {
                        b.attest(base.attestations().get(k));
                    }
                }
                base.observations().forEach(b::observe);
                i++;
                return b.build();
            }
        };
        long start = System.nanoTime();
        Rollup r = assessor.evaluateAll(shared, subjects, a -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%d subjects in %.1f s (%.0f per second); peak heap %.0f MiB (max %d MiB)%n", r.subjects(),
                seconds, r.subjects() / seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        System.out.println("overall levels 0..5: " + java.util.Arrays.toString(r.overallDistribution()));
    }
}
