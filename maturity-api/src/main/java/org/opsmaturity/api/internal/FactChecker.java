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
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.Evidence;
import org.opsmaturity.model.FactFormatException;
import org.opsmaturity.model.Facts;
import org.opsmaturity.model.Hint;
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
import org.opsmaturity.model.internal.CompiledCatalog;

/**
 * Checks facts against the catalogue and the vocabulary before anything is evaluated: every problem
 * is an {@link InvalidFactsException} naming the field path, the value and what was expected, or (for
 * duplicates, and unknown ids in lenient mode) a warning. Nothing is dropped without a warning.
 */
public final class FactChecker {

    /**
     * Facts ready for evaluation: one attestation per criterion, indexed like the {@link CompiledCatalog} the
     * facts were checked with (null where none), and one observation per name, in the order first given.
     */
    public record Checked(Attestation[] attested, Map<String, Observation> observations, List<Warning> warnings) {
        /**
         * Checked facts from attestations by criterion id (ids not in {@code catalog} are left out).
         *
         * @param catalog the compiled catalogue that indexes the attestations
         * @param attestations attestations by criterion id
         * @param observations observations by name
         * @param warnings the warnings so far
         * @return the checked facts
         */
        public static Checked of(CompiledCatalog catalog, Map<String, Attestation> attestations,
                Map<String, Observation> observations, List<Warning> warnings) {
            Attestation[] attested = new Attestation[catalog.criterionCount()];
            attestations.forEach((id, a) -> {
                int i = catalog.criterionIndex(id);
                if (i >= 0) {
                    attested[i] = a;
                }
            });
            return new Checked(attested, observations, warnings);
        }

        /**
         * The same facts with other observations and warnings (the attestations shared, not copied).
         *
         * @param kept the observations to keep
         * @param moreWarnings all warnings
         * @return the checked facts
         */
        public Checked with(Map<String, Observation> kept, List<Warning> moreWarnings) {
            return new Checked(attested, kept, moreWarnings);
        }
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
        return check(facts, CompiledCatalog.of(catalog), vocabulary, strict, null);
    }

    /**
     * Checks the facts in one pass over each list, against the compiled catalogue (the attestations land in
     * an array by criterion index; a fact's path, such as {@code attestations[3]}, is built only for a
     * message); with {@code today}, evidence dated after {@code today} plus {@value #CLOCK_SKEW_DAYS} day of
     * clock skew is refused too. Every problem of the document is reported at once (see
     * {@link InvalidFactsException#problems()}).
     *
     * @param facts the facts
     * @param compiled the assessor's compiled catalogue
     * @param vocabulary the observation vocabulary
     * @param strict whether unknown ids are problems (else warnings)
     * @param today the day of the evaluation, or null for no check of future dates
     * @return the checked facts
     * @throws InvalidFactsException naming every problem found
     */
    public static Checked check(Facts facts, CompiledCatalog compiled, Vocabulary vocabulary, boolean strict,
            LocalDate today) {
        if (facts == null) {
            throw new FactFormatException("facts", null, "a Facts object", "Maybe pass Facts.empty().");
        }
        Catalog catalog = compiled.catalog();
        Problems<InvalidFactsException> problems = null;
        List<Warning> warnings = new ArrayList<>();
        int hints = 0;
        Attestation[] attested = new Attestation[compiled.criterionCount()];
        List<Attestation> attestations = facts.attestations();
        for (int i = 0; i < attestations.size(); i++) {
            Attestation a = attestations.get(i);
            int c = compiled.criterionIndex(a.criterionId());
            if (c < 0) {
                String path = ATTESTATIONS + i + "]";
                Hint hint = hints++ < MAX_HINTS ? criterionHint(a.criterionId(), catalog) : new Hint.None();
                if (strict) {
                    problems = add(problems, new UnknownIdException(path + ".criterion", a.criterionId(),
                            "a criterion id of the catalogue", hint.en()));
                    continue;
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, a.criterionId(),
                        new WarningDetail.UnknownCriterion(path, a.criterionId(), hint)));
                continue;
            }
            problems = checkDate(ATTESTATIONS, i, a.evidence(), today, problems);
            Criterion criterion = compiled.criterion(c);
            if (!criterion.isRequirement()) {
                warnings.add(new Warning(WarningCode.NOT_A_REQUIREMENT, a.criterionId(),
                        new WarningDetail.NotARequirement(ATTESTATIONS + i + "]", a.criterionId(), criterion.level(),
                                a.verdict())));
            }
            Attestation before = attested[c];
            if (before == null) {
                attested[c] = a;
            } else if (before.verdict() == a.verdict() && before.coverage() == a.coverage()) {
                if (EVIDENCE.compare(a.evidence(), before.evidence()) < 0) {
                    attested[c] = a;
                }
                warnings.add(new Warning(WarningCode.DUPLICATE, a.criterionId(),
                        new WarningDetail.DuplicateAttestation(ATTESTATIONS + i + "]", a.criterionId(), a.verdict())));
            } else {
                boolean coverage = before.verdict() == a.verdict();
                problems = add(problems, new ConflictingFactsException(ATTESTATIONS + i + "]"
                        + (coverage ? ".coverage" : ".verdict"),
                        coverage ? a.coverage() : a.verdict(), (coverage ? before.coverage() : before.verdict())
                                + " as in the earlier attestation of " + a.criterionId(),
                        "Maybe remove one of the two attestations of " + a.criterionId() + ", or settle the verdict."));
            }
        }
        List<Observation> given = facts.observations();
        Map<String, Observation> observations = new LinkedHashMap<>(LevelDeriver.capacity(given.size()));
        for (int i = 0; i < given.size(); i++) {
            Observation o = given.get(i);
            var spec = vocabulary.spec(o.name());
            if (spec.isEmpty()) {
                String path = OBSERVATIONS + i + "]";
                Hint hint = hints++ < MAX_HINTS ? nameHint(o.name(), vocabulary) : new Hint.None();
                if (strict) {
                    problems = add(problems, new UnknownIdException(path + ".name", o.name(),
                            "an observation name of the vocabulary", hint.en()));
                    continue;
                }
                warnings.add(new Warning(WarningCode.UNKNOWN_ID, o.name(),
                        new WarningDetail.UnknownObservation(path, o.name(), hint)));
                continue;
            }
            InvalidFactsException invalid = invalidValue(OBSERVATIONS, i, o, spec.get());
            if (invalid != null) {
                problems = add(problems, invalid);
                continue;
            }
            problems = checkDate(OBSERVATIONS, i, o.evidence(), today, problems);
            Observation before = observations.putIfAbsent(o.name(), o);
            if (before == null) {
                continue;
            }
            if (sameValue(before, o)) {
                if (KEPT.compare(o, before) < 0) {
                    observations.put(o.name(), o);
                }
                warnings.add(new Warning(WarningCode.DUPLICATE, o.name(),
                        new WarningDetail.DuplicateObservation(OBSERVATIONS + i + "]", o.name())));
            } else {
                problems = add(problems, new ConflictingFactsException(OBSERVATIONS + i + "].value", o.valueText(),
                        before.valueText() + " as in the earlier observation of " + o.name(),
                        "Maybe keep only the newer of the two observations of " + o.name() + "."));
            }
        }
        if (problems != null) {
            InvalidFactsException.throwIfAny(problems);
        }
        return new Checked(attested, observations, warnings);
    }

    private static final String ATTESTATIONS = "attestations[";
    private static final String OBSERVATIONS = "observations[";

    /** The problems so far plus {@code p}: the list is made at the first problem. */
    private static Problems<InvalidFactsException> add(Problems<InvalidFactsException> problems,
            InvalidFactsException p) {
        Problems<InvalidFactsException> out = problems == null ? new Problems<>() : problems;
        out.add(p);
        return out;
    }

    /** Days evidence may be dated after today: clocks and time zones differ by up to a day. */
    public static final int CLOCK_SKEW_DAYS = 1;

    /** Evidence dates within the range the facts reader accepts, and not in the future. */
    private static Problems<InvalidFactsException> checkDate(String list, int i, Evidence e, LocalDate today,
            Problems<InvalidFactsException> problems) {
        if (e.observedAt().isEmpty()) {
            return problems;
        }
        LocalDate d = e.observedAt().get();
        if (d.isBefore(Evidence.FIRST_DATE) || d.isAfter(Evidence.LAST_DATE)) {
            return add(problems, new InvalidValueException(list + i + "].evidence.observedAt", d, "a date from "
                    + Evidence.FIRST_DATE + " to " + Evidence.LAST_DATE, "Maybe the year is mistyped."));
        } else if (today != null && d.isAfter(today.plusDays(CLOCK_SKEW_DAYS))) {
            return add(problems, new InvalidValueException(list + i + "].evidence.observedAt", d,
                    "a date no later than today (" + today + ") plus " + CLOCK_SKEW_DAYS + " day",
                    "Maybe the date is mistyped, or the assessment date (--today, the assessor's clock) is too early."));
        }
        return problems;
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

    /** The suggestion ("Maybe ...", rendered by Wording) for a criterion id that is not in the catalogue. */
    static Hint criterionHint(String id, Catalog catalog) {
        String stripped = id.strip();
        if (!stripped.equals(id) && catalog.findCriterion(stripped).isPresent()) {
            return new Hint.StripSpaces(stripped);
        }
        if (CRITERION_FORM.matcher(id).matches()) {
            Hint closest = Hint.closest(id, catalog.criterionIds());
            return closest instanceof Hint.None ? new Hint.LookUpCriterion() : closest;
        }
        Matcher cell = CELL_FORM.matcher(id);
        if (cell.matches() && catalog.findItem(cell.group(1)).isPresent()) {
            LevelCell c = catalog.item(cell.group(1)).level(Integer.parseInt(cell.group(2)));
            if (c.requirements().isEmpty()) {
                return new Hint.EmptyCell(id, c.kind());
            }
            return new Hint.AttestPointsOneByOne(id, c.requirements().get(0).id(),
                    c.requirements().get(c.requirements().size() - 1).id());
        }
        if (catalog.findItem(id).isPresent()) {
            return new Hint.AttestItemCriteria(id);
        }
        return new Hint.IdForm();
    }

    /** The suggestion ("Maybe ...", rendered by Wording) for an observation name that is not in the vocabulary. */
    static Hint nameHint(String name, Vocabulary vocabulary) {
        Hint closest = Hint.closest(name, vocabulary.names());
        if (!(closest instanceof Hint.None)) {
            return closest;
        }
        if (name.length() > 200 || !NAME_FORM.matcher(name).matches()) {
            return new Hint.NameForm();
        }
        return new Hint.LookUpName();
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

    /**
     * Observation {@code i} of {@code list}'s value checked against its spec: the problem, or null when it is
     * valid (the path, such as {@code observations[3]}, is built only for a problem).
     */
    static InvalidFactsException invalidValue(String list, int i, Observation o, ObservationSpec spec) {
        if (o.type() != spec.type()) {
            return new InvalidValueException(list + i + "].value", o.valueText(), spec.expected() + " (" + o.name() + " is a "
                    + spec.type() + ")", example(spec));
        }
        if (o.type() == ObservationType.SET && !spec.words().containsAll(o.values())) {
            for (String w : new TreeSet<>(o.values())) { // the first unknown word in sorted order, for a stable message
                if (!spec.words().contains(w)) {
                    return new InvalidValueException(list + i + "].value", w, spec.expected(), Strings.maybe(w, spec.words()));
                }
            }
        }
        if (o.type() == ObservationType.NUMBER) {
            if (!Units.fits(spec.unitFamily(), o.unit())) {
                return new InvalidValueException(list + i + "].unit", o.unit(), "one of " + Units.unitsOf(spec.unitFamily())
                        + " for " + o.name(), example(spec));
            }
            double v = o.number();
            if (!Double.isFinite(v)) {
                return new InvalidValueException(list + i + "].value", v, "a finite number", "");
            }
            // the largest ratio between two units of a family is 1e15 (PB/B): below 1e250 every conversion is finite
            for (String u : Math.abs(v) < 1e250 ? List.<String>of() : Units.unitsOf(spec.unitFamily())) {
                if (!Double.isFinite(Units.convert(v, o.unit(), u))) {
                    return new InvalidValueException(list + i + "].value", shown(v) + " " + o.unit(),
                            "a number that stays finite in every unit of its family (it overflows in " + u + ")",
                            "Maybe the unit is wrong" + (spec.example().isEmpty() ? "."
                                    : ": write it like " + spec.example() + "."));
                }
            }
            String range = range(spec.unitFamily(), o.unit(), v);
            if (range != null) {
                return new InvalidValueException(list + i + "].value", shown(v) + " " + o.unit(), range, example(spec));
            }
        }
        return null;
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
