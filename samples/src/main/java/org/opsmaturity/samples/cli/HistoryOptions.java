package org.opsmaturity.samples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code --record STORE} and {@code --history STORE} of assess (docs/history.md). */
final class HistoryOptions {
    static final OptionDef<String> RECORD = OptionDef.of("--record", "STORE", Converter.TEXT,
            "Record this assessment in a history: an SQLite file (created when missing) or a "
                    + "jdbc:postgresql: URL. It is dated --today, else now.");
    static final OptionDef<String> HISTORY = OptionDef.of("--history", "STORE", Converter.TEXT,
            "With --format html: add a trend chart per domain of the subject's runs in this history.");
    static final List<OptionDef<?>> OPTIONS = List.of(RECORD, HISTORY);

    final Optional<String> record;
    final Optional<String> history;

    HistoryOptions(Args args) {
        record = args.optional(RECORD);
        history = args.optional(HISTORY);
    }

    /** Start of day (UTC) of --today, or now. */
    static Instant assessedAt(Optional<LocalDate> today) {
        return today.isPresent() ? today.get().atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.now();
    }
}
