package org.opsmaturity.api.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.opsmaturity.model.Condition;
import org.opsmaturity.model.Hint;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.model.WarningDetail;

/**
 * The typed justification ({@code because}) and warning detail ({@code detail}) of the JSON result, as records
 * that Jackson databind writes in their component order, each kind named by its {@code kind} first. The names
 * follow the model's record components, with the result's usual words: {@code criterionId} is {@code criterion},
 * a {@link Parameter} is its {@code parameter} name with {@code threshold} and {@code thresholdUnit}, an
 * {@link Observation} is its {@code observation} name with its {@code value} (and {@code unit}), a part's
 * {@code reason} is its {@code because}. Not API.
 */
final class JsonReasons {
    private JsonReasons() {
    }

    /** A suggestion for an unknown id or name, one record per kind of {@link Hint} but {@link Hint.None}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    sealed interface SuggestionOut {
    }

    /** A reason, one record per kind of {@link Reason}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    sealed interface BecauseOut {
    }

    /** A warning's detail, one record per kind of {@link WarningDetail}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    sealed interface DetailOut {
    }

    static BecauseOut because(Reason r) {
        if (r instanceof Reason.Flag f) {
            return new FlagOut(f.observation().name(), f.observation().flag());
        }
        if (r instanceof Reason.Comparison c) {
            Parameter p = c.parameter();
            return new ComparisonOut(c.observation().name(), c.observation().number(), c.observation().unit(),
                    c.operator().name(), c.parameterName(), p.value(), p.unit(), c.overridden(), c.met());
        }
        if (r instanceof Reason.SetCheck s) {
            return new SetCheckOut(s.observation().name(), sorted(s.observation()), s.all(), s.words());
        }
        if (r instanceof Reason.SizeCheck s) {
            return new SizeCheckOut(s.observation().name(), sorted(s.observation()), s.parameterName(),
                    s.parameter().value(), s.parameter().unit(), s.overridden(), s.met());
        }
        if (r instanceof Reason.NotGiven n) {
            return new NotGivenOut(n.observation());
        }
        if (r instanceof Reason.Combined c) {
            return new CombinedOut(c.all(), c.status().name(),
                    c.parts().stream().map(p -> new PartOut(p.status().name(), because(p.reason()))).toList(),
                    c.decider() < 0 ? null : c.decider());
        }
        if (r instanceof Reason.Attested a) {
            return new AttestedOut(JsonOutput.attestation(a.attestation()), lower(a.partialCredit()));
        }
        if (r instanceof Reason.Waived w) {
            Waiver x = w.waiver();
            return new WaivedOut(new WaiverGivenOut(x.criterionId(), lower(x.kind()), x.reason(), x.approver(),
                    x.expires().map(Object::toString).orElse(null)));
        }
        if (r instanceof Reason.Declared d) {
            return new DeclaredOut(because(d.outcome()));
        }
        if (r instanceof Reason.Test t) {
            Observation o = t.observation();
            return new TestOut(o.name(), value(o), o.type() == ObservationType.NUMBER ? o.unit() : null,
                    condition(t.condition()), t.met());
        }
        if (r instanceof Reason.NotObserved n) {
            return new NotObservedOut(n.observation());
        }
        if (r instanceof Reason.StatusOf s) {
            return new StatusOfOut(s.criterionId(), s.status().name());
        }
        if (r instanceof Reason.Negation n) {
            return new NegationOut(because(n.inner()));
        }
        if (r instanceof Reason.Conjunction c) {
            return new ConjunctionOut(c.all(), c.parts().stream().map(JsonReasons::because).toList());
        }
        return new ProseOut(((Reason.Prose) r).text());
    }

    static DetailOut detail(WarningDetail d) {
        if (d instanceof WarningDetail.UnknownCriterion u) {
            return new UnknownCriterionOut(u.path(), u.criterionId(), orNull(u.hint()), suggestion(u.suggestion()));
        }
        if (d instanceof WarningDetail.UnknownObservation u) {
            return new UnknownObservationOut(u.path(), u.name(), orNull(u.hint()), suggestion(u.suggestion()));
        }
        if (d instanceof WarningDetail.NotARequirement n) {
            return new NotARequirementOut(n.path(), n.criterionId(), n.level(), lower(n.verdict()));
        }
        if (d instanceof WarningDetail.DuplicateAttestation x) {
            return new DuplicateAttestationOut(x.path(), x.criterionId(), lower(x.verdict()));
        }
        if (d instanceof WarningDetail.DuplicateObservation x) {
            return new DuplicateObservationOut(x.path(), x.name());
        }
        if (d instanceof WarningDetail.StaleAttestation s) {
            return new StaleAttestationOut(s.criterionId(), s.observedAt().toString(), s.staleOn().toString());
        }
        if (d instanceof WarningDetail.StaleObservations s) {
            return new StaleObservationsOut(s.criterionId(), s.days(), s.staleSince().toString());
        }
        if (d instanceof WarningDetail.WaiverExpired w) {
            return new WaiverExpiredOut(w.criterionId(), w.expired().toString());
        }
        if (d instanceof WarningDetail.Conflict c) {
            return new ConflictDetailOut(c.criterionId(), c.attested().name(), c.observed().name(), because(c.because()));
        }
        if (d instanceof WarningDetail.UnusedObservation u) {
            return new UnusedObservationOut(u.name());
        }
        return new ProseDetailOut(((WarningDetail.Prose) d).text());
    }

    /** A suggestion as data, or null for {@link Hint.None} (then the detail has neither {@code hint} nor it). */
    static SuggestionOut suggestion(Hint h) {
        if (h instanceof Hint.Closest c) {
            return new ClosestOut(c.candidates());
        }
        if (h instanceof Hint.StripSpaces s) {
            return new StripSpacesOut(s.id());
        }
        if (h instanceof Hint.EmptyCell e) {
            return new EmptyCellOut(e.cell(), lower(e.cellKind()));
        }
        if (h instanceof Hint.AttestPointsOneByOne p) {
            return new AttestPointsOneByOneOut(p.cell(), p.first(), p.last());
        }
        if (h instanceof Hint.AttestItemCriteria a) {
            return new AttestItemCriteriaOut(a.item());
        }
        if (h instanceof Hint.IdForm) {
            return new IdFormOut();
        }
        if (h instanceof Hint.NameForm) {
            return new NameFormOut();
        }
        if (h instanceof Hint.LookUpCriterion) {
            return new LookUpCriterionOut();
        }
        if (h instanceof Hint.LookUpName) {
            return new LookUpNameOut();
        }
        return null;
    }

    /** The value of an observation as the facts give it: a boolean, a number or the sorted words. */
    static Object value(Observation o) {
        return switch (o.type()) {
            case FLAG -> o.flag();
            case NUMBER -> o.number();
            case SET -> sorted(o);
        };
    }

    private static List<String> sorted(Observation o) {
        return new ArrayList<>(new TreeSet<>(o.values()));
    }

    private static ConditionOut condition(Condition c) {
        if (c instanceof Condition.Equals e) {
            return new ConditionOut("equals", e.value(), orNull(e.unit()), null);
        }
        if (c instanceof Condition.AtLeast a) {
            return new ConditionOut("atLeast", a.value(), a.unit(), null);
        }
        if (c instanceof Condition.AtMost a) {
            return new ConditionOut("atMost", a.value(), a.unit(), null);
        }
        if (c instanceof Condition.Contains k) {
            return new ConditionOut("contains", null, null, k.word());
        }
        throw new IllegalArgumentException("condition: " + c + " is not a test of an observation");
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    @JsonTypeName("flag")
    record FlagOut(String observation, boolean value) implements BecauseOut {
    }

    @JsonTypeName("comparison")
    record ComparisonOut(String observation, double value, String unit, String operator, String parameter,
            double threshold, String thresholdUnit, boolean overridden, boolean met) implements BecauseOut {
    }

    @JsonTypeName("setCheck")
    record SetCheckOut(String observation, List<String> value, boolean all, List<String> words) implements BecauseOut {
    }

    @JsonTypeName("sizeCheck")
    record SizeCheckOut(String observation, List<String> value, String parameter, double threshold,
            String thresholdUnit, boolean overridden, boolean met) implements BecauseOut {
    }

    @JsonTypeName("notGiven")
    record NotGivenOut(String observation) implements BecauseOut {
    }

    record PartOut(String status, BecauseOut because) {
    }

    @JsonTypeName("combined")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CombinedOut(boolean all, String status, List<PartOut> parts, Integer decider) implements BecauseOut {
    }

    @JsonTypeName("attested")
    record AttestedOut(JsonOutput.AttestationOut attestation, String partialCredit) implements BecauseOut {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WaiverGivenOut(String criterion, String kind, String reason, String approver, String expires) {
    }

    @JsonTypeName("waived")
    record WaivedOut(WaiverGivenOut waiver) implements BecauseOut {
    }

    @JsonTypeName("declared")
    record DeclaredOut(BecauseOut outcome) implements BecauseOut {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConditionOut(String kind, Object value, String unit, String word) {
    }

    @JsonTypeName("test")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TestOut(String observation, Object value, String unit, ConditionOut condition, boolean met)
            implements BecauseOut {
    }

    @JsonTypeName("notObserved")
    record NotObservedOut(String observation) implements BecauseOut {
    }

    @JsonTypeName("statusOf")
    record StatusOfOut(String criterion, String status) implements BecauseOut {
    }

    @JsonTypeName("negation")
    record NegationOut(BecauseOut inner) implements BecauseOut {
    }

    @JsonTypeName("conjunction")
    record ConjunctionOut(boolean all, List<BecauseOut> parts) implements BecauseOut {
    }

    @JsonTypeName("prose")
    record ProseOut(String text) implements BecauseOut {
    }

    @JsonTypeName("unknownCriterion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnknownCriterionOut(String path, String criterion, String hint, SuggestionOut suggestion) implements DetailOut {
    }

    @JsonTypeName("unknownObservation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnknownObservationOut(String path, String name, String hint, SuggestionOut suggestion) implements DetailOut {
    }

    @JsonTypeName("closest")
    record ClosestOut(List<String> candidates) implements SuggestionOut {
    }

    @JsonTypeName("stripSpaces")
    record StripSpacesOut(String id) implements SuggestionOut {
    }

    @JsonTypeName("emptyCell")
    record EmptyCellOut(String cell, String cellKind) implements SuggestionOut {
    }

    @JsonTypeName("attestPointsOneByOne")
    record AttestPointsOneByOneOut(String cell, String first, String last) implements SuggestionOut {
    }

    @JsonTypeName("attestItemCriteria")
    record AttestItemCriteriaOut(String item) implements SuggestionOut {
    }

    @JsonTypeName("idForm")
    record IdFormOut() implements SuggestionOut {
    }

    @JsonTypeName("nameForm")
    record NameFormOut() implements SuggestionOut {
    }

    @JsonTypeName("lookUpCriterion")
    record LookUpCriterionOut() implements SuggestionOut {
    }

    @JsonTypeName("lookUpName")
    record LookUpNameOut() implements SuggestionOut {
    }

    @JsonTypeName("notARequirement")
    record NotARequirementOut(String path, String criterion, int level, String verdict) implements DetailOut {
    }

    @JsonTypeName("duplicateAttestation")
    record DuplicateAttestationOut(String path, String criterion, String verdict) implements DetailOut {
    }

    @JsonTypeName("duplicateObservation")
    record DuplicateObservationOut(String path, String name) implements DetailOut {
    }

    @JsonTypeName("staleAttestation")
    record StaleAttestationOut(String criterion, String observedAt, String staleOn) implements DetailOut {
    }

    @JsonTypeName("staleObservations")
    record StaleObservationsOut(String criterion, int days, String staleSince) implements DetailOut {
    }

    @JsonTypeName("waiverExpired")
    record WaiverExpiredOut(String criterion, String expired) implements DetailOut {
    }

    @JsonTypeName("conflict")
    record ConflictDetailOut(String criterion, String attested, String observed, BecauseOut because) implements DetailOut {
    }

    @JsonTypeName("unusedObservation")
    record UnusedObservationOut(String name) implements DetailOut {
    }

    @JsonTypeName("prose")
    record ProseDetailOut(String text) implements DetailOut {
    }
}
