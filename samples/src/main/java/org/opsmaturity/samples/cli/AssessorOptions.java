package org.opsmaturity.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.opsmaturity.api.Assessor;

import picocli.CommandLine.Option;

/** How the assessor is built: {@code --profile}, {@code --today}, {@code --lenient}. */
final class AssessorOptions {
    @Option(names = "--profile", paramLabel = "FILE",
            description = "A company profile (JSON): extra criteria and rules, overrides, waivers, policies "
                    + "(docs/extending.md).")
    Path profile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date to assess on (evidence freshness, waiver expiry, report date); default: today.")
    LocalDate today;

    @Option(names = "--lenient", description = "Report unknown criterion ids and observation names as warnings instead of failing.")
    boolean lenient;

    LocalDate today() {
        return today != null ? today : LocalDate.now();
    }

    Assessor assessor() {
        if (profile == null && today == null && !lenient) {
            return Assessor.standard();
        }
        Assessor.Builder b = Assessor.builder();
        if (today != null) {
            b.clock(Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        }
        if (profile != null) {
            b.profile(profile);
        }
        if (lenient) {
            b.lenient();
        }
        return b.build();
    }
}
