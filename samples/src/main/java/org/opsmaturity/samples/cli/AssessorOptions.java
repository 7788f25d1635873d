package org.opsmaturity.samples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.opsmaturity.api.Assessor;
import org.opsmaturity.api.ProfileTrust;
import org.opsmaturity.model.Evidence;

/** How the assessor is built: {@code --profile}, {@code --today}, {@code --lenient}. */
final class AssessorOptions {
    static final OptionDef<Path> PROFILE = OptionDef.of("--profile", "FILE", Converter.PATH,
            "A company profile (JSON, docs/extending.md): added items and declarative criteria, "
                    + "threshold overrides, waivers, level policy, freshness. It is data: a profile that lists DRL "
                    + "rules (code) is refused unless --allow-rules is given.");
    static final OptionDef<Boolean> ALLOW_RULES = OptionDef.flag("--allow-rules", "Let the --profile run the DRL rule "
            + "files it lists (from its own folder): Java code in this process; only for profiles whose author you trust.");
    static final OptionDef<LocalDate> TODAY = OptionDef.of("--today", "YYYY-MM-DD", new DateConverter(),
            "The date to assess on (evidence freshness, waiver expiry, report date); default: today.");
    static final OptionDef<Boolean> LENIENT = OptionDef.flag("--lenient",
            "Report unknown criterion ids and observation names as warnings instead of failing.");
    /** These options, for a command's definition. */
    static final List<OptionDef<?>> OPTIONS = List.of(PROFILE, ALLOW_RULES, TODAY, LENIENT);

    /** Empty when not given. */
    final java.util.Optional<Path> profile;
    final boolean allowRules;
    /** Empty when not given: today. */
    final java.util.Optional<LocalDate> today;
    final boolean lenient;

    AssessorOptions(Args args) {
        profile = args.optional(PROFILE);
        allowRules = args.flag(ALLOW_RULES);
        today = args.optional(TODAY);
        lenient = args.flag(LENIENT);
    }

    /** {@code --today}: a date YYYY-MM-DD, said so in plain words when it is not one. */
    static final class DateConverter implements Converter<LocalDate> {
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
            throw new ArgException("'" + Output.shown(value) + "' is not valid; expected "
                    + "a date YYYY-MM-DD from " + Evidence.FIRST_DATE + " to " + Evidence.LAST_DATE);
        }
    }

    LocalDate today() {
        return today.isPresent() ? today.get() : LocalDate.now();
    }

    Assessor assessor() {
        if (profile.isEmpty() && today.isEmpty() && !lenient) {
            return Assessor.standard();
        }
        Assessor.Builder b = Assessor.builder();
        if (today.isPresent()) {
            b.clock(Clock.fixed(today.get().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        }
        if (profile.isPresent()) {
            b.profile(profile.get(), allowRules ? ProfileTrust.ALLOW_RULES : ProfileTrust.DATA_ONLY);
        }
        if (lenient) {
            b.lenient();
        }
        return b.build();
    }
}
