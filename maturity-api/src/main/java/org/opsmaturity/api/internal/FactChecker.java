package org.opsmaturity.api.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.ConflictingFactsException;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.InvalidValueException;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Problems;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.UnknownIdException;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;
import org.opsmaturity.model.WarningDetail;

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

    /**
     * Of two copies of one fact, the one used is the newest: undated evidence (which never goes stale)
     * first, then the latest {@code observedAt}; then the richer evidence, then the first by a fixed order
     * of evidence, unit and number, so that the order of the facts does not matter.
     */
    private static final Comparator<Evidence> EVIDENCE = Comparator
            .comparing((Evidence e) -> e.observedAt().map(java.time.LocalDate::toEpochDay).orElse(Long.MAX_VALUE),
                    Comparator.reverseOrder())
            .thenComparingInt(e -> -filled(e)).thenComparing(Evidence::text).thenComparing(Evidence::link)
            .thenComparing(Evidence::by);
    private static final Comparator<Observation> KEPT = Comparator.comparing(Observation::evidence, EVIDENCE)
            .thenComparing(Observation::unit).thenComparingDouble(Observation::number);

    private FactChecker() {
    }

    private static int filled(Evidence e) {
        return (e.text().isEmpty() ? 0 : 1) + (e.link().isEmpty() ? 0 : 1) + (e.by().isEmpty() ? 0 : 1)
                + (e.observedAt().isEmpty() ? 0 : 1);
    }

    public static Checked check(Facts facts, Catalog catalog, Vocabulary vocabulary, boolean strict) {
        return check(facts, catalog, vocabulary, strict, null);
    }

    /**
     * Checks the facts; with {@code today}, evidence dated after {@code today} plus {@value #CLOCK_SKEW_DAYS}
     * day of clock skew is refused too. Every problem of the document is reported at once (see
     * {@link InvalidFactsException#problems()}).
     */
    public static Checked check(Facts facts, Catalog catalog, Vocabulary vocabulary, boolean strict, LocalDate today) {
        if (facts == null) {
            throw new FactFormatException("facts", null, "a Facts object", "Maybe pass Facts.empty().");
        }
        Problems<InvalidFactsException> problems = new Problems<>();
        List<Warning> warnings = new ArrayList<>();
        int hints = 0;
        Map<String, Attestation> attestations = new LinkedHashMap<>(LevelDeriver.capacity(facts.attestations().size()));
        for (int i = 0; i < facts.attestations().size(); i++) {
            Attestation a = facts.attestations().get(i);
            String path = "attestations[" + i + "]";
            var criterion = catalog.findCriterion(a.criterionId());
            if (criterion.isEmpty()) {
                String hint = hints++ < MAX_HINTS ? criterionHint(a.criterionId(), catalog) : "";
                if (strict) {
                    problems.add(new UnknownIdException(path + ".criterion", a.criterionId(),
                            "a criterion id of the catalogue", hint));
                    continue;
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, a.criterionId(),
                        new WarningDetail.UnknownCriterion(path, a.criterionId(), hint)));
                continue;
            }
            checkDate(path, a.evidence(), today, problems);
            if (!criterion.get().isRequirement()) {
                warnings.add(new Warning(WarningCode.NOT_A_REQUIREMENT, a.criterionId(),
                        new WarningDetail.NotARequirement(path, a.criterionId(), criterion.get().level(), a.verdict())));
            }
            Attestation before = attestations.get(a.criterionId());
            if (before == null) {
                attestations.put(a.criterionId(), a);
            } else if (before.verdict() == a.verdict() && before.coverage() == a.coverage()) {
                if (EVIDENCE.compare(a.evidence(), before.evidence()) < 0) {
                    attestations.put(a.criterionId(), a);
                }
                warnings.add(new Warning(WarningCode.DUPLICATE, a.criterionId(),
                        new WarningDetail.DuplicateAttestation(path, a.criterionId(), a.verdict())));
            } else {
                boolean coverage = before.verdict() == a.verdict();
                problems.add(new ConflictingFactsException(path + (coverage ? ".coverage" : ".verdict"),
                        coverage ? a.coverage() : a.verdict(), (coverage ? before.coverage() : before.verdict())
                                + " as in the earlier attestation of " + a.criterionId(),
                        "Maybe remove one of the two attestations of " + a.criterionId() + ", or settle the verdict."));
            }
        }
        Map<String, Observation> observations = new LinkedHashMap<>(LevelDeriver.capacity(facts.observations().size()));
        for (int i = 0; i < facts.observations().size(); i++) {
            Observation o = facts.observations().get(i);
            String path = "observations[" + i + "]";
            var spec = vocabulary.spec(o.name());
            if (spec.isEmpty()) {
                String hint = hints++ < MAX_HINTS ? nameHint(o.name(), vocabulary) : "";
                if (strict) {
                    problems.add(new UnknownIdException(path + ".name", o.name(), "an observation name of the vocabulary",
                            hint));
                    continue;
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, o.name(),
                        new WarningDetail.UnknownObservation(path, o.name(), hint)));
                continue;
            }
            try {
                checkValue(path, o, spec.get());
            } catch (InvalidFactsException e) {
                problems.add(e);
                continue;
            }
            checkDate(path, o.evidence(), today, problems);
            Observation before = observations.get(o.name());
            if (before == null) {
                observations.put(o.name(), o);
            } else if (sameValue(before, o)) {
                if (KEPT.compare(o, before) < 0) {
                    observations.put(o.name(), o);
                }
                warnings.add(new Warning(WarningCode.DUPLICATE, o.name(),
                        new WarningDetail.DuplicateObservation(path, o.name())));
            } else {
                problems.add(new ConflictingFactsException(path + ".value", o.valueText(), before.valueText()
                        + " as in the earlier observation of " + o.name(),
                        "Maybe keep only the newer of the two observations of " + o.name() + "."));
            }
        }
        InvalidFactsException.throwIfAny(problems);
        return new Checked(attestations, observations, warnings);
    }

    /** Days evidence may be dated after today: clocks and time zones differ by up to a day. */
    public static final int CLOCK_SKEW_DAYS = 1;

    /** Evidence dates within the range the facts reader accepts, and not in the future. */
    private static void checkDate(String path, Evidence e, LocalDate today, Problems<InvalidFactsException> problems) {
        if (e.observedAt().isEmpty()) {
            return;
        }
        LocalDate d = e.observedAt().get();
        if (d.isBefore(Evidence.FIRST_DATE) || d.isAfter(Evidence.LAST_DATE)) {
            problems.add(new InvalidValueException(path + ".evidence.observedAt", d, "a date from " + Evidence.FIRST_DATE + " to "
                    + Evidence.LAST_DATE, "Maybe the year is mistyped."));
        } else if (today != null && d.isAfter(today.plusDays(CLOCK_SKEW_DAYS))) {
            problems.add(new InvalidValueException(path + ".evidence.observedAt", d, "a date no later than today ("
                    + today + ") plus " + CLOCK_SKEW_DAYS + " day", "Maybe the date is mistyped, or the assessment "
                            + "date (--today, the assessor's clock) is too early."));
        }
    }

    /**
     * Unknown ids that get a "Maybe ..." hint, per evaluation: finding the closest known ids costs time,
     * and a lenient assessor may be fed a document of 100,000 unknown names.
     */
    static final int MAX_HINTS = 100;
    private static final Pattern CRITERION_FORM = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.L[1-5]\\.\\d+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_FORM = Pattern.compile("(\\d+\\.\\d+\\.\\d+)\\.L([1-5])");
    private static final Pattern NAME_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** A "Maybe ..." line for a criterion id that is not in the catalogue. */
    static String criterionHint(String id, Catalog catalog) {
        String stripped = id.strip();
        if (!stripped.equals(id) && catalog.findCriterion(stripped).isPresent()) {
            return "Maybe remove the spaces around '" + stripped + "'.";
        }
        if (CRITERION_FORM.matcher(id).matches()) {
            String maybe = Strings.maybe(id, catalog.criterionIds());
            return maybe.isEmpty() ? "Maybe look the criterion up with the 'catalog' command or in docs/criteria.md."
                    : maybe;
        }
        Matcher cell = CELL_FORM.matcher(id);
        if (cell.matches() && catalog.findItem(cell.group(1)).isPresent()) {
            LevelCell c = catalog.item(cell.group(1)).level(Integer.parseInt(cell.group(2)));
            if (c.requirements().isEmpty()) {
                return "Maybe leave it out: " + id + " is a level cell that requires nothing (" + c.kind() + ").";
            }
            return "Maybe attest the points of the cell " + id + " one by one: " + c.requirements().get(0).id()
                    + (c.requirements().size() > 1 ? " to " + c.requirements().get(c.requirements().size() - 1).id() : "")
                    + ".";
        }
        if (catalog.findItem(id).isPresent()) {
            return "Maybe attest the criteria of item " + id + " one by one, e.g. " + id + ".L1.1.";
        }
        return "Maybe write a criterion id as <item>.L<level>.<n>, e.g. 1.1.1.L3.4.";
    }

    /** A "Maybe ..." line for an observation name that is not in the vocabulary. */
    static String nameHint(String name, Vocabulary vocabulary) {
        String maybe = Strings.maybe(name, vocabulary.names());
        if (!maybe.isEmpty()) {
            return maybe;
        }
        if (name.length() > 200 || !NAME_FORM.matcher(name).matches()) {
            return "Maybe write the name in lowercase, its parts joined by '.' and its words by '-', e.g. "
                    + "monitoring.processing.latency.";
        }
        return "Maybe look the name up with the 'catalog --observations' command or in docs/observations.md.";
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
            throw new InvalidValueException(path + ".value", o.valueText(), spec.expected() + " (" + o.name() + " is a "
                    + spec.type() + ")", example(spec));
        }
        if (o.type() == ObservationType.SET && !spec.words().containsAll(o.values())) {
            for (String w : new TreeSet<>(o.values())) { // the first unknown word in sorted order, for a stable message
                if (!spec.words().contains(w)) {
                    throw new InvalidValueException(path + ".value", w, spec.expected(), Strings.maybe(w, spec.words()));
                }
            }
        }
        if (o.type() == ObservationType.NUMBER) {
            if (!Units.fits(spec.unitFamily(), o.unit())) {
                throw new InvalidValueException(path + ".unit", o.unit(), "one of " + Units.unitsOf(spec.unitFamily())
                        + " for " + o.name(), example(spec));
            }
            double v = o.number();
            if (!Double.isFinite(v)) {
                throw new InvalidValueException(path + ".value", v, "a finite number", "");
            }
            for (String u : Units.unitsOf(spec.unitFamily())) {
                if (!Double.isFinite(Units.convert(v, o.unit(), u))) {
                    throw new InvalidValueException(path + ".value", shown(v) + " " + o.unit(),
                            "a number that stays finite in every unit of its family (it overflows in " + u + ")",
                            "Maybe the unit is wrong" + (spec.example().isEmpty() ? "."
                                    : ": write it like " + spec.example() + "."));
                }
            }
            String range = range(spec.unitFamily(), o.unit(), v);
            if (range != null) {
                throw new InvalidValueException(path + ".value", shown(v) + " " + o.unit(), range, example(spec));
            }
        }
    }

    /** What a value of the family in the unit must be when it is out of range (e.g. 150 %), else null. */
    public static String range(String family, String unit, double v) {
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

    /** A number as written in messages; very large ones in exponent form (1.0E308), not 309 digits. */
    private static String shown(double v) {
        return Math.abs(v) >= 1e15 ? Double.toString(v) : Units.format(v);
    }

    private static String example(ObservationSpec spec) {
        return spec.example().isEmpty() ? "" : "Maybe write it like " + spec.example() + ".";
    }

}
