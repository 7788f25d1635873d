package org.opsmaturity.samples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.history.History;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Facts;

/**
 * The history store's targets (docs/performance.md, "History"), a timed harness:
 * <ol>
 * <li>record: 10,000 assessments (1,000 subjects with their own random facts, evaluated once, not timed,
 * recorded in 10 rounds on 10 dates) with {@code History.recordAll}, one call of 1,000 per round, timed with
 * the digests of the facts ({@code Entry.of}); each round writes and compresses its 1,000 result documents
 * again;</li>
 * <li>trend: a store of 100 runs of 1,000 subjects (100,000 runs; the 1,000 assessments of the last round
 * recorded on 100 dates), then {@code History.trend} for random subjects and targets (overall, a domain, an
 * item): median, 99th percentile and slowest of 300 queries after 50 unmeasured ones, each over all 100
 * runs of its subject.</li>
 * </ol>
 * <pre>java [-DrecordOnly=true] -cp ... HistoryBench [DIR] [STORE-URL]</pre>
 * DIR (default target/history-bench) receives the SQLite files; STORE-URL (e.g. a jdbc:postgresql: URL of an
 * empty schema) runs the record part there instead.
 */
public final class HistoryBench {
    static final int SUBJECTS = 1000;
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/history-bench");
        Files.createDirectories(dir);
        Path recordFile = dir.resolve("record.db");
        Path trendFile = dir.resolve("trend.db");
        for (Path p : List.of(recordFile, trendFile)) {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(p + suffix));
            }
        }
        String recordStore = args.length > 1 ? args[1] : recordFile.toString();
        Assessor assessor = Assessor.standard();
        Random seeds = new Random(42);
        List<Facts> facts = new ArrayList<>(SUBJECTS);
        List<Assessment> last = new ArrayList<>(SUBJECTS);
        long e0 = System.nanoTime();
        for (int s = 0; s < SUBJECTS; s++) {
            Facts f = BenchFacts.random(assessor.catalog(), assessor.vocabulary(), 1, seeds.nextLong()).get(0)
                    .toBuilder().subject("subject-" + s).build();
            facts.add(f);
            last.add(assessor.evaluate(f));
        }
        long evaluating = System.nanoTime() - e0;
        long recording = 0;
        try (History h = History.open(recordStore)) {
            for (int round = 0; round < 10; round++) {
                long t1 = System.nanoTime();
                List<History.Entry> entries = new ArrayList<>(SUBJECTS);
                for (int s = 0; s < SUBJECTS; s++) {
                    entries.add(History.Entry.of(assessor, facts.get(s), last.get(s), START.plusSeconds(86_400L * round)));
                }
                h.recordAll(entries);
                long t2 = System.nanoTime();
                recording += t2 - t1;
                System.out.printf("round %d: recorded %d in %.2f s%n", round + 1, SUBJECTS, (t2 - t1) / 1e9);
            }
        }
        System.out.printf("record: 10,000 assessments recorded in %.2f s (%.0f per second; evaluating the 1,000 took %.1f s, "
                + "not counted) into %s%s%n", recording / 1e9, 10_000 / (recording / 1e9), evaluating / 1e9,
                args.length > 1 ? "the given store" : recordFile,
                args.length > 1 ? "" : String.format(" (%.1f MB)", Files.size(recordFile) / 1e6));

        if (Boolean.getBoolean("recordOnly")) {
            return;
        }
        long t0 = System.nanoTime();
        try (History h = History.open(trendFile.toString())) {
            for (int batch = 0; batch < 10; batch++) {
                List<History.Entry> entries = new ArrayList<>(SUBJECTS * 10);
                for (Assessment a : last) { // by subject: a chunk of recordAll writes each result document once
                    for (int d = batch * 10; d < batch * 10 + 10; d++) {
                        entries.add(new History.Entry(a, assessor.profileDigest(), "bench", START.plusSeconds(86_400L * d)));
                    }
                }
                h.recordAll(entries);
            }
        }
        long built = System.nanoTime() - t0;
        System.out.printf("trend store: 100 runs x %d subjects = %d runs built in %.1f s (%.1f MB)%n", SUBJECTS, SUBJECTS * 100,
                built / 1e9, Files.size(trendFile) / 1e6);
        String[] targets = {"overall", "6", "6.1.1", "1.2", "3"};
        Random pick = new Random(7);
        try (History h = History.openExisting(trendFile.toString())) {
            for (int i = 0; i < 50; i++) {
                h.trend("subject-" + pick.nextInt(SUBJECTS), targets[i % targets.length]);
            }
            long[] each = new long[300];
            for (int i = 0; i < each.length; i++) {
                String subject = "subject-" + pick.nextInt(SUBJECTS);
                long q0 = System.nanoTime();
                int points = h.trend(subject, targets[i % targets.length]).points().size();
                each[i] = System.nanoTime() - q0;
                if (points != 100) {
                    throw new IllegalStateException(subject + " has " + points + " points, expected 100");
                }
            }
            Arrays.sort(each);
            System.out.printf("trend over 100 runs (of 100,000): median %.2f ms, p99 %.2f ms, slowest %.2f ms (300 queries)%n",
                    each[150] / 1e6, each[296] / 1e6, each[299] / 1e6);
            long c0 = System.nanoTime();
            int changes = h.changes(START.plusSeconds(86_400L * 99)).size();
            System.out.printf("changes since the last date: %d subjects compared in %.2f s%n", SUBJECTS,
                    (System.nanoTime() - c0) / 1e9);
            if (changes != 0) {
                throw new IllegalStateException(changes + " changes between identical runs");
            }
        }
    }
}
