package org.opsmaturity.api.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/**
 * Checks facts against the catalogue and the vocabulary before anything is evaluated: every problem
 * is an {@link InvalidFactsException} naming the field path, the value and what was expected, or (for
 * duplicates, and unknown ids in lenient mode) a warning. Nothing is dropped without a warning.
 */
public final class FactChecker {

    /** Facts ready for evaluation: one attestation per criterion, one observation per name. */
    public record Checked(Map<String, Attestation> attestations, Map<String, Observation> observations,
            List<Warning> warnings) {
    }

    private FactChecker() {
    }

    public static Checked check(Facts facts, Catalog catalog, Vocabulary vocabulary, boolean strict) {
        if (facts == null) {
            throw new InvalidFactsException("facts", null, "a Facts object", "Maybe pass Facts.empty().");
        }
        List<Warning> warnings = new ArrayList<>();
        Map<String, Attestation> attestations = new LinkedHashMap<>();
        List<String> criterionIds = catalog.criteria().stream().map(Criterion::id).toList();
        for (int i = 0; i < facts.attestations().size(); i++) {
            Attestation a = facts.attestations().get(i);
            String path = "attestations[" + i + "]";
            var criterion = catalog.findCriterion(a.criterionId());
            if (criterion.isEmpty()) {
                String hint = a.criterionId().matches("\\d+\\.\\d+\\.\\d+\\.L[1-5]\\.\\d+")
                        ? Strings.maybe(a.criterionId(), criterionIds)
                        : "Maybe write a criterion id as <item>.L<level>.<n>, e.g. 1.1.1.L3.4.";
                if (strict) {
                    throw new InvalidFactsException(path + ".criterion", a.criterionId(), "a criterion id of the catalogue",
                            hint);
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, a.criterionId(), path + ": criterion '"
                        + a.criterionId() + "' is not in the catalogue; the attestation is not used. " + hint));
                continue;
            }
            if (!criterion.get().isRequirement()) {
                warnings.add(new Warning(WarningCode.NOT_A_REQUIREMENT, a.criterionId(), path + ": "
                        + a.criterionId() + " describes a shortfall, not a requirement; the attestation gates nothing"));
            }
            Attestation before = attestations.get(a.criterionId());
            if (before == null) {
                attestations.put(a.criterionId(), a);
            } else if (before.verdict() == a.verdict()) {
                warnings.add(new Warning(WarningCode.DUPLICATE, a.criterionId(), path + ": " + a.criterionId()
                        + " is attested " + a.verdict() + " twice; used once"));
            } else {
                throw new InvalidFactsException(path + ".verdict", a.verdict(), before.verdict()
                        + " as in the earlier attestation of " + a.criterionId(),
                        "Maybe remove one of the two attestations of " + a.criterionId() + ", or settle the verdict.");
            }
        }
        Map<String, Observation> observations = new LinkedHashMap<>();
        for (int i = 0; i < facts.observations().size(); i++) {
            Observation o = facts.observations().get(i);
            String path = "observations[" + i + "]";
            var spec = vocabulary.spec(o.name());
            if (spec.isEmpty()) {
                String hint = Strings.maybe(o.name(), vocabulary.specs().stream().map(ObservationSpec::name).toList());
                if (strict) {
                    throw new InvalidFactsException(path + ".name", o.name(), "an observation name of the vocabulary",
                            hint.isEmpty() ? "Maybe look the name up with the 'catalog' command or in docs/facts.md." : hint);
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, o.name(), path + ": observation '" + o.name()
                        + "' is not in the vocabulary; it is not used. " + hint));
                continue;
            }
            checkValue(path, o, spec.get());
            Observation before = observations.get(o.name());
            if (before == null) {
                observations.put(o.name(), o);
            } else if (sameValue(before, o)) {
                warnings.add(new Warning(WarningCode.DUPLICATE, o.name(), path + ": " + o.name()
                        + " is observed twice with the same value; used once"));
            } else {
                throw new InvalidFactsException(path + ".value", o.valueText(), before.valueText()
                        + " as in the earlier observation of " + o.name(),
                        "Maybe keep only the newer of the two observations of " + o.name() + ".");
            }
        }
        return new Checked(attestations, observations, warnings);
    }

    private static boolean sameValue(Observation a, Observation b) {
        if (a.type() != b.type()) {
            return false;
        }
        return switch (a.type()) {
            case FLAG -> a.flag() == b.flag();
            case SET -> a.values().equals(b.values());
            case NUMBER -> Units.convertible(a.unit(), b.unit()) && Units.compare(a.number(),
                    Units.convert(b.number(), b.unit(), a.unit())) == 0;
        };
    }

    static void checkValue(String path, Observation o, ObservationSpec spec) {
        if (o.type() != spec.type()) {
            throw new InvalidFactsException(path + ".value", o.valueText(), spec.expected() + " (" + o.name() + " is a "
                    + spec.type() + ")", example(spec));
        }
        if (o.type() == ObservationType.SET) {
            for (String w : o.values()) {
                if (!spec.words().contains(w)) {
                    throw new InvalidFactsException(path + ".value", w, spec.expected(), Strings.maybe(w, spec.words()));
                }
            }
        }
        if (o.type() == ObservationType.NUMBER) {
            if (!Units.fits(spec.unitFamily(), o.unit())) {
                throw new InvalidFactsException(path + ".unit", o.unit(), "one of " + Units.unitsOf(spec.unitFamily())
                        + " for " + o.name(), example(spec));
            }
            double v = o.number();
            if (!Double.isFinite(v)) {
                throw new InvalidFactsException(path + ".value", v, "a finite number", "");
            }
            String range = range(spec.unitFamily(), o.unit(), v);
            if (range != null) {
                throw new InvalidFactsException(path + ".value", Units.format(v) + " " + o.unit(), range, example(spec));
            }
        }
    }

    private static String range(String family, String unit, double v) {
        switch (family) {
            case "percent" -> {
                return v < 0 || v > 100 ? "a percentage from 0 to 100" : null;
            }
            case "availability" -> {
                if (unit.equals("%")) {
                    return v < 0 || v > 100 ? "an availability from 0 to 100 %" : null;
                }
                return v < 0 || v > Units.MINUTES_PER_YEAR ? "downtime from 0 to 525600 min/yr" : null;
            }
            case "level" -> {
                return v < 0 || v > 5 || v != Math.rint(v) ? "a whole level from 0 to 5" : null;
            }
            case "count" -> {
                return v < 0 || v != Math.rint(v) ? "a whole count, 0 or more" : null;
            }
            case "rate" -> {
                return null;
            }
            default -> {
                return v < 0 ? "a value of 0 or more" : null;
            }
        }
    }

    private static String example(ObservationSpec spec) {
        return spec.example().isEmpty() ? "" : "Maybe write it like " + spec.example() + ".";
    }
}
