package org.opsmaturity.samples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import picocli.CommandLine.Option;

/** {@code --record STORE} and {@code --history STORE} of assess (docs/history.md). */
final class HistoryOptions {
    @Option(names = "--record", paramLabel = "STORE",
            description = "Record this assessment in a history: an SQLite file (created when missing) or a "
                    + "jdbc:postgresql: URL. It is dated --today, else now.")
    String record;

    @Option(names = "--history", paramLabel = "STORE",
            description = "With --format html: add a trend chart per domain of the subject's runs in this history.")
    String history;

    /** Start of day (UTC) of --today, or now. */
    static Instant assessedAt(LocalDate today) {
        return today != null ? today.atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.now();
    }
}
