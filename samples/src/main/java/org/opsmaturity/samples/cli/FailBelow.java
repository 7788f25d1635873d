package org.opsmaturity.samples.cli;

import java.util.Optional;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.LevelResult;

/**
 * A CI gate: {@code --fail-below 2} (the overall level) or {@code --fail-below 6=3} (domain 6).
 *
 * @param domain the domain id, empty for the overall level
 */
record FailBelow(String domain, int level) {
    /** The message when the assessment is below this threshold, or empty. */
    Optional<String> check(Assessment a, String lang) {
        LevelResult r = domain.isEmpty() ? a.overall() : a.rollup(domain);
        if (r.level() >= level) {
            return Optional.empty();
        }
        String what = domain.isEmpty() ? "the overall level" : "domain " + domain + " " + r.name().in(lang);
        return Optional.of("below: " + what + " is at level " + r.level() + ", below " + level + " (--fail-below "
                + (domain.isEmpty() ? "" : domain + "=") + level + ")");
    }

    static final class Converter implements org.opsmaturity.samples.cli.Converter<FailBelow> {
        @Override
        public FailBelow convert(String value) {
            String v = value.trim();
            String domain = "";
            int eq = v.indexOf('=');
            if (eq >= 0) {
                domain = v.substring(0, eq).trim();
                v = v.substring(eq + 1).trim();
                if (Catalog.standard().findDomain(domain).isEmpty()) {
                    throw new ArgException("'" + value + "' names no domain; expected [DOMAIN=]LEVEL with "
                            + "a domain " + Catalog.standard().domains().stream().map(Domain::id).toList()
                            + ", e.g. 6=3");
                }
            }
            if (!v.matches("[0-5]")) {
                throw new ArgException("'" + value + "' is not a level; expected [DOMAIN=]LEVEL with a level "
                        + "from 0 to 5, e.g. 2 or 6=3");
            }
            return new FailBelow(domain, Integer.parseInt(v));
        }
    }
}
