package org.opsmaturity.api;

import static org.opsmaturity.model.InvalidExtensionException.described;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opsmaturity.api.internal.FactChecker;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.DeclaredCriterion;
import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.ObservationSpec;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Problem;
import org.opsmaturity.model.Strings;
import org.opsmaturity.model.Units;
import org.opsmaturity.model.Vocabulary;
import org.opsmaturity.model.Waiver;
import org.opsmaturity.rules.Checks;

/**
 * The checks of what a company adds to an assessor: declarative conditions (known observations, fitting units
 * and types, no cycles through {@code attested}), threshold overrides and waivers. Each finds every problem,
 * not only the first, and adds it to the list the builder reports.
 */
final class ExtensionChecks {
    private ExtensionChecks() {
    }

    static void checkCondition(String where, org.opsmaturity.model.Condition c, Catalog catalog,
            Vocabulary vocabulary, List<Problem> problems) {
        String obs = null;
        String unit = "";
        if (c instanceof org.opsmaturity.model.Condition.Equals e) {
            obs = e.observation();
            unit = e.unit();
        } else if (c instanceof org.opsmaturity.model.Condition.AtLeast a) {
            obs = a.observation();
            unit = a.unit();
            finite(where, a.value(), problems);
        } else if (c instanceof org.opsmaturity.model.Condition.AtMost a) {
            obs = a.observation();
            unit = a.unit();
            finite(where, a.value(), problems);
        } else if (c instanceof org.opsmaturity.model.Condition.Contains k) {
            obs = k.observation();
            Optional<ObservationSpec> spec = vocabulary.spec(obs);
            if (spec.isPresent() && !spec.get().words().contains(k.word())) {
                problems.add(described(where, "'" + k.word() + "' is not a word of " + obs + "; expected one of "
                        + spec.get().words()));
            }
        } else if (c instanceof org.opsmaturity.model.Condition.Attested a) {
            if (catalog.findCriterion(a.criterionId()).isEmpty()) {
                problems.add(described(where, "attested criterion '" + a.criterionId() + "' is not in the catalogue. "
                        + Strings.maybe(a.criterionId(), catalog.criterionIds())));
            }
        } else if (c instanceof org.opsmaturity.model.Condition.Not n) {
            checkCondition(where, n.condition(), catalog, vocabulary, problems);
        } else if (c instanceof org.opsmaturity.model.Condition.AllOf all) {
            all.conditions().forEach(x -> checkCondition(where, x, catalog, vocabulary, problems));
        } else if (c instanceof org.opsmaturity.model.Condition.AnyOf any) {
            any.conditions().forEach(x -> checkCondition(where, x, catalog, vocabulary, problems));
        }
        if (obs != null) {
            Optional<ObservationSpec> spec = vocabulary.spec(obs);
            if (spec.isEmpty()) {
                problems.add(described(where, "observation '" + MaturityException.cut(obs) + "' is not in the vocabulary. "
                        + (problems.size() < MAX_HINTS ? Strings.maybe(obs, vocabulary.names()) : "")));
            } else if (!unit.isEmpty() && !Units.fits(spec.get().unitFamily(), unit)) {
                problems.add(described(where, "unit '" + unit + "' does not fit " + obs + " (" + spec.get().expected() + ")"));
            } else {
                String mismatch = typeMismatch(c, spec.get());
                if (mismatch != null) {
                    problems.add(described(where, mismatch));
                }
            }
        }
    }

    /** Hints ("Maybe you meant ...") are looked for in the first problems only: they cost time. */
    private static final int MAX_HINTS = org.opsmaturity.model.Problems.MAX_LISTED;

    private static void finite(String where, double value, List<Problem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(described(where, "threshold " + value + " is not valid; expected a finite number"));
        }
    }

    /** Why a condition can never hold for the observation's type, or null when it fits. */
    private static String typeMismatch(org.opsmaturity.model.Condition c, ObservationSpec spec) {
        String name = spec.name() + " is a " + spec.type();
        if (c instanceof org.opsmaturity.model.Condition.Equals e) {
            Object v = e.value();
            if (v instanceof Double d && !Double.isFinite(d)) {
                return "threshold " + d + " is not valid; expected a finite number";
            }
            boolean fits = switch (spec.type()) {
                case FLAG -> v instanceof Boolean;
                case NUMBER -> v instanceof Number;
                case SET -> v instanceof java.util.Collection<?>;
            };
            if (!fits) {
                return "equals '" + MaturityException.cut(v) + "' is not valid; expected " + switch (spec.type()) {
                    case FLAG -> "true or false";
                    case NUMBER -> "a number with a unit";
                    case SET -> "an array of words";
                } + " (" + name + ")";
            }
            if (v instanceof java.util.Collection<?> words) {
                for (Object w : words) {
                    if (!(w instanceof String word) || !spec.words().contains(word)) {
                        return "'" + MaturityException.cut(w) + "' is not a word of " + spec.name() + "; expected one of "
                                + spec.words();
                    }
                }
            }
        } else if ((c instanceof org.opsmaturity.model.Condition.AtLeast
                || c instanceof org.opsmaturity.model.Condition.AtMost) && spec.type() != ObservationType.NUMBER) {
            return "atLeast/atMost compare numbers; expected a NUMBER observation (" + name + ")";
        } else if (c instanceof org.opsmaturity.model.Condition.Contains && spec.type() != ObservationType.SET) {
            return "contains looks for a word; expected a SET observation (" + name + ")";
        }
        return null;
    }

    /** A declarative criterion that depends, through {@code attested}, on itself never gets a status. */
    static void cycles(List<DeclaredCriterion> declared, List<Problem> problems) {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (DeclaredCriterion d : declared) {
            List<String> attested = new ArrayList<>();
            attested(d.condition(), attested);
            uses.put(d.criterion().id(), attested);
        }
        Map<String, Integer> state = new java.util.HashMap<>(); // 1 visiting, 2 done
        for (String id : uses.keySet()) {
            java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
            String cycle = cycleFrom(id, uses, state, path);
            if (cycle != null) {
                problems.add(described("criterion " + id, "its condition depends on itself through attested: " + cycle));
            }
        }
    }

    private static String cycleFrom(String id, Map<String, List<String>> uses, Map<String, Integer> state,
            java.util.ArrayDeque<String> path) {
        Integer st = state.get(id);
        if (st != null && st == 2) {
            return null;
        }
        if (st != null) {
            List<String> p = new ArrayList<>(path);
            java.util.Collections.reverse(p);
            return String.join(" -> ", p.subList(p.indexOf(id), p.size())) + " -> " + id;
        }
        if (!uses.containsKey(id)) {
            return null;
        }
        state.put(id, 1);
        path.push(id);
        for (String next : uses.get(id)) {
            String c = cycleFrom(next, uses, state, path);
            if (c != null) {
                state.put(id, 2);
                return c;
            }
        }
        path.pop();
        state.put(id, 2);
        return null;
    }

    private static void attested(org.opsmaturity.model.Condition c, List<String> out) {
        if (c instanceof org.opsmaturity.model.Condition.Attested a) {
            out.add(a.criterionId());
        } else if (c instanceof org.opsmaturity.model.Condition.Not n) {
            attested(n.condition(), out);
        } else if (c instanceof org.opsmaturity.model.Condition.AllOf all) {
            all.conditions().forEach(x -> attested(x, out));
        } else if (c instanceof org.opsmaturity.model.Condition.AnyOf any) {
            any.conditions().forEach(x -> attested(x, out));
        }
    }

    /** The overridden parameters by {@link Checks#key}, each override checked against its criterion's parameter. */
    static Map<String, Parameter> overrides(List<Profile.ThresholdOverride> overrides, Catalog catalog, List<Problem> problems) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Profile.ThresholdOverride o : overrides) {
            String id = o.criterion();
            String name = o.parameter();
            double value = o.value();
            String unit = o.unit(); // empty: the parameter's own unit
            Optional<Criterion> c = catalog.findCriterion(id);
            if (c.isEmpty()) {
                problems.add(described("override " + id + "#" + name, "criterion '" + id + "' is not in the catalogue. "
                        + Strings.maybe(id, catalog.criterionIds())));
                continue;
            }
            Optional<Parameter> p = c.get().parameter(name);
            if (p.isEmpty()) {
                problems.add(described("override " + id + "#" + name, "criterion " + id + " has no parameter '" + name
                        + "'; its parameters: " + c.get().parameters().stream().map(Parameter::name).toList()));
                continue;
            }
            if (!Double.isFinite(value)) {
                problems.add(described("override " + id + "#" + name, "value " + value + " is not a finite number"));
                continue;
            }
            double v = value;
            if (!unit.isEmpty() && !unit.equals(p.get().unit())) {
                if (!Units.isKnown(unit) || !Units.convertible(unit, p.get().unit())) {
                    problems.add(described("override " + id + "#" + name, "unit '" + unit + "' does not fit the parameter's unit '"
                            + p.get().unit() + "'"));
                    continue;
                }
                v = Units.convert(value, unit, p.get().unit());
            }
            double inUnit = v;
            String range = Units.familyOf(p.get().unit()).map(f -> FactChecker.range(f, p.get().unit(), inUnit))
                    .orElse(null);
            if (range != null) {
                problems.add(described("override " + id + "#" + name, "value " + Units.format(value) + (unit.isEmpty() ? ""
                        : " " + unit) + " is not valid; expected " + range));
                continue;
            }
            if (out.put(Checks.key(id, name), new Parameter(name, v, p.get().unit(), p.get().origin())) != null) {
                problems.add(described("override " + id + "#" + name, "the parameter is overridden twice; expected one "
                        + "override per parameter"));
            }
        }
        return out;
    }

    /** The waivers by criterion id, each checked (a known criterion, a reason, an approver, once). */
    static Map<String, Waiver> waivers(List<Waiver> waivers, Catalog catalog, List<Problem> problems) {
        Map<String, Waiver> out = new LinkedHashMap<>();
        for (Waiver w : waivers) {
            String where = "waiver of " + w.criterionId();
            if (catalog.findCriterion(w.criterionId()).isEmpty()) {
                problems.add(described(where, "criterion '" + w.criterionId() + "' is not in the catalogue. "
                        + Strings.maybe(w.criterionId(), catalog.criterionIds())));
                continue;
            }
            if (w.reason().isBlank()) {
                problems.add(described(where, "no reason given; a waiver needs a reason"));
            }
            if (w.kind() == Waiver.Kind.NOT_APPLICABLE && w.approver().isBlank()) {
                problems.add(described(where, "no approver given; a not-applicable waiver needs an approver"));
            }
            // a waiver past its expiry is kept: each evaluation reports it as WAIVER_EXPIRED and does not apply it
            if (out.put(w.criterionId(), w) != null) {
                problems.add(described(where, "the criterion is waived twice"));
            }
        }
        return out;
    }
}
