package org.opsmaturity.api.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;

import org.opsmaturity.model.Condition;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.Units;

/**
 * Evaluates declarative conditions in three-valued logic: a missing observation gives UNKNOWN; all-of
 * is NOT_MET if any part is, MET if all are; any-of is MET if any part is, NOT_MET if all are; not
 * swaps MET and NOT_MET. Nothing but these fixed forms is evaluated.
 */
final class Conditions {
    record Outcome(CriterionStatus status, Reason reason, List<Observation> used) {
    }

    private Conditions() {
    }

    static Outcome evaluate(Condition c, Map<String, Observation> obs, Function<String, CriterionStatus> statuses) {
        if (c instanceof Condition.Equals e) {
            return leaf(obs.get(e.observation()), e, e.observation(), o -> switch (o.type()) {
                case FLAG -> e.value() instanceof Boolean b && o.flag() == b;
                case NUMBER -> e.value() instanceof Number n && Units.convertible(o.unit(), e.unit())
                        && Units.compare(o.as(e.unit()), n.doubleValue()) == 0;
                case SET -> e.value() instanceof Collection<?> words && o.values().equals(Set.copyOf(words));
            });
        }
        if (c instanceof Condition.AtLeast a) {
            return leaf(obs.get(a.observation()), a, a.observation(),
                    o -> o.type() == ObservationType.NUMBER && Units.convertible(o.unit(), a.unit())
                            && Units.compare(o.as(a.unit()), a.value()) >= 0);
        }
        if (c instanceof Condition.AtMost a) {
            return leaf(obs.get(a.observation()), a, a.observation(),
                    o -> o.type() == ObservationType.NUMBER && Units.convertible(o.unit(), a.unit())
                            && Units.compare(o.as(a.unit()), a.value()) <= 0);
        }
        if (c instanceof Condition.Contains k) {
            return leaf(obs.get(k.observation()), k, k.observation(), o -> o.has(k.word()));
        }
        if (c instanceof Condition.Attested a) {
            CriterionStatus r = statuses.apply(a.criterionId());
            CriterionStatus s = r == null ? CriterionStatus.UNKNOWN
                    : r == CriterionStatus.NOT_APPLICABLE ? CriterionStatus.MET : r;
            return new Outcome(s, new Reason.StatusOf(a.criterionId(), s), List.of());
        }
        if (c instanceof Condition.Not n) {
            Outcome inner = evaluate(n.condition(), obs, statuses);
            CriterionStatus s = switch (inner.status()) {
                case MET -> CriterionStatus.NOT_MET;
                case NOT_MET -> CriterionStatus.MET;
                default -> CriterionStatus.UNKNOWN;
            };
            return new Outcome(s, new Reason.Negation(inner.reason()), inner.used());
        }
        if (c instanceof Condition.AllOf all) {
            return combine(all.conditions(), obs, statuses, true);
        }
        return combine(((Condition.AnyOf) c).conditions(), obs, statuses, false);
    }

    private interface Test {
        boolean met(Observation o);
    }

    private static Outcome leaf(Observation o, Condition c, String name, Test test) {
        if (o == null) {
            return new Outcome(CriterionStatus.UNKNOWN, new Reason.NotObserved(name), List.of());
        }
        boolean met = test.met(o);
        return new Outcome(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, new Reason.Test(o, c, met), List.of(o));
    }

    private static Outcome combine(List<Condition> parts, Map<String, Observation> obs,
            Function<String, CriterionStatus> statuses, boolean all) {
        List<Outcome> outs = parts.stream().map(p -> evaluate(p, obs, statuses)).toList();
        CriterionStatus decisive = all ? CriterionStatus.NOT_MET : CriterionStatus.MET;
        CriterionStatus other = all ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        CriterionStatus s;
        if (outs.stream().anyMatch(o -> o.status() == decisive)) {
            s = decisive;
        } else if (outs.stream().allMatch(o -> o.status() == other)) {
            s = other;
        } else {
            s = CriterionStatus.UNKNOWN;
        }
        List<Observation> used = new ArrayList<>();
        outs.forEach(o -> o.used().stream().filter(u -> !used.contains(u)).forEach(used::add));
        return new Outcome(s, new Reason.Conjunction(all, outs.stream().map(Outcome::reason).toList()), used);
    }
}
