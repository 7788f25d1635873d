package org.opsmaturity.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.ProfileTrust;
import org.opsmaturity.model.Evidence;

import picocli.CommandLine.Option;

/** How the assessor is built: {@code --profile}, {@code --today}, {@code --lenient}. */
final class AssessorOptions {
    @Option(names = "--profile", paramLabel = "FILE",
            description = "A company profile (JSON, docs/extending.md): added items and declarative criteria, "
                    + "threshold overrides, waivers, level policy, freshness. It is data: a profile that lists DRL "
                    + "rules (code) is refused unless --allow-rules is given.")
    Path profile;

    @Option(names = "--allow-rules", description = "Let the --profile run the DRL rule files it lists (from its own "
            + "folder): Java code in this process; only for profiles whose author you trust.")
    boolean allowRules;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = AssessorOptions.DateConverter.class,
            description = "The date to assess on (evidence freshness, waiver expiry, report date); default: today.")
    LocalDate today;

    @Option(names = "--lenient", description = "Report unknown criterion ids and observation names as warnings instead of failing.")
    boolean lenient;

    /** {@code --today}: a date YYYY-MM-DD, said so in plain words when it is not one. */
    static final class DateConverter implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    LocalDate d = LocalDate.parse(value);
                    if (!d.isBefore(Evidence.FIRST_DATE) && !d.isAfter(Evidence.LAST_DATE)) {
                        return d;
                    }
                }
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
            throw new picocli.CommandLine.TypeConversionException("'" + Output.shown(value) + "' is not valid; expected "
                    + "a date YYYY-MM-DD from " + Evidence.FIRST_DATE + " to " + Evidence.LAST_DATE);
        }
    }

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
            b.profile(profile, allowRules ? ProfileTrust.ALLOW_RULES : ProfileTrust.DATA_ONLY);
        }
        if (lenient) {
            b.lenient();
        }
        return b.build();
    }
}
