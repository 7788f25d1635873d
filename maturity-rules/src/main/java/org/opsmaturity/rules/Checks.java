package org.opsmaturity.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kie.api.runtime.rule.RuleContext;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Finding;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.ObservationType;
import org.opsmaturity.model.Parameter;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.Units;

/**
 * The comparisons the rules' {@code then} parts use to build a {@link Finding}: bound to the rules as
 * the global {@code check}. Thresholds are named parameters of the criterion (catalogue column
 * {@code params}, overridable per assessor); the observation is converted to the parameter's unit
 * before comparing. Immutable and thread-safe.
 */
public final class Checks {
    private final Map<String, Parameter> parameters;
    /** The same parameters by criterion and then by name, so that a rule's look-up builds no key. */
    private final Map<String, Map<String, Parameter>> byCriterion;

    /** The keys of the parameters the assessor overrode. */
    private final Set<String> overridden;

    private Checks(Map<String, Parameter> parameters, Set<String> overridden) {
        this.parameters = parameters;
        this.overridden = overridden;
        Map<String, Map<String, Parameter>> m = new java.util.HashMap<>();
        parameters.forEach((k, v) -> {
            int hash = k.lastIndexOf('#');
            m.computeIfAbsent(k.substring(0, hash), c -> new java.util.HashMap<>()).put(k.substring(hash + 1), v);
        });
        this.byCriterion = m;
    }

    /**
     * Checks with the catalogue's parameters, replaced by {@code overrides} (key {@code <criterion>#<name>}).
     *
     * @param catalog   the catalogue whose criteria's parameters are in force
     * @param overrides the assessor's values, by {@link #key(String, String)}; reasons mark them as overridden
     * @return the checks
     */
    public static Checks of(Catalog catalog, Map<String, Parameter> overrides) {
        Map<String, Parameter> p = new LinkedHashMap<>();
        for (Criterion c : catalog.criteria()) {
            for (Parameter x : c.parameters()) {
                p.put(key(c.id(), x.name()), x);
            }
        }
        p.putAll(overrides);
        return new Checks(Map.copyOf(p), Set.copyOf(overrides.keySet()));
    }

    /**
     * The key of a parameter in an overrides map: {@code <criterion>#<name>}, e.g. {@code 6.1.1.L3.2#minAvailability}.
     *
     * @param criterionId the criterion
     * @param name        the parameter's name
     * @return the key
     */
    public static String key(String criterionId, String name) {
        return criterionId + "#" + name;
    }

    /**
     * The parameter in force (the assessor's override, else the catalogue's), e.g.
     * {@code parameter("6.1.1.L3.2", "minAvailability")}.
     *
     * @param criterionId the criterion
     * @param name        the parameter's name
     * @return the parameter
     * @throws IllegalStateException if the criterion does not define the parameter
     */
    public Parameter parameter(String criterionId, String name) {
        Map<String, Parameter> of = byCriterion.get(criterionId);
        Parameter p = of == null ? null : of.get(name);
        if (p == null) {
            throw new IllegalStateException("rule " + criterionId + " uses parameter '" + name
                    + "' which criterion " + criterionId + " does not define");
        }
        return p;
    }

    /**
     * MET when the flag observed is true.
     *
     * @param id the criterion decided
     * @param o  the flag observed
     * @return the finding, its reason a {@link Reason.Flag}
     * @throws IllegalStateException if the observation is not a FLAG
     */
    public Finding flag(String id, Observation o) {
        requireType(id, o, ObservationType.FLAG);
        return finding(id, o.flag(), new Reason.Flag(o), o);
    }

    /**
     * MET when the number observed, converted to the parameter's unit, is at least ({@code >=}) the parameter in force.
     *
     * @param id    the criterion decided
     * @param o     the number observed
     * @param param the name of the criterion's parameter, e.g. {@code maxRpo}
     * @return the finding, its reason a {@link Reason.Comparison}
     * @throws IllegalStateException if the observation is not a NUMBER or the criterion does not define
     *                               the parameter
     */
    public Finding atLeast(String id, Observation o, String param) {
        return compare(id, o, param, Reason.Operator.AT_LEAST);
    }

    /**
     * MET when the number observed, converted to the parameter's unit, is above ({@code >}) the parameter in force.
     *
     * @param id    the criterion decided
     * @param o     the number observed
     * @param param the name of the criterion's parameter, e.g. {@code maxRpo}
     * @return the finding, its reason a {@link Reason.Comparison}
     * @throws IllegalStateException if the observation is not a NUMBER or the criterion does not define
     *                               the parameter
     */
    public Finding above(String id, Observation o, String param) {
        return compare(id, o, param, Reason.Operator.ABOVE);
    }

    /**
     * MET when the number observed, converted to the parameter's unit, is at most ({@code <=}) the parameter in force.
     *
     * @param id    the criterion decided
     * @param o     the number observed
     * @param param the name of the criterion's parameter, e.g. {@code maxRpo}
     * @return the finding, its reason a {@link Reason.Comparison}
     * @throws IllegalStateException if the observation is not a NUMBER or the criterion does not define
     *                               the parameter
     */
    public Finding atMost(String id, Observation o, String param) {
        return compare(id, o, param, Reason.Operator.AT_MOST);
    }

    /**
     * MET when the number observed, converted to the parameter's unit, is below ({@code <}) the parameter in force.
     *
     * @param id    the criterion decided
     * @param o     the number observed
     * @param param the name of the criterion's parameter, e.g. {@code maxRpo}
     * @return the finding, its reason a {@link Reason.Comparison}
     * @throws IllegalStateException if the observation is not a NUMBER or the criterion does not define
     *                               the parameter
     */
    public Finding below(String id, Observation o, String param) {
        return compare(id, o, param, Reason.Operator.BELOW);
    }

    /**
     * MET when the set observed holds every word.
     *
     * @param id    the criterion decided
     * @param o     the set observed
     * @param words the words looked for
     * @return the finding, its reason a {@link Reason.SetCheck}
     * @throws IllegalStateException if the observation is not a SET
     */
    public Finding containsAll(String id, Observation o, String... words) {
        requireType(id, o, ObservationType.SET);
        boolean met = true;
        for (String w : words) {
            met &= o.has(w);
        }
        return finding(id, met, new Reason.SetCheck(o, true, List.of(words)), o);
    }

    /**
     * MET when the set observed holds at least one of the words.
     *
     * @param id    the criterion decided
     * @param o     the set observed
     * @param words the words looked for
     * @return the finding, its reason a {@link Reason.SetCheck}
     * @throws IllegalStateException if the observation is not a SET
     */
    public Finding containsAny(String id, Observation o, String... words) {
        requireType(id, o, ObservationType.SET);
        boolean met = false;
        for (String w : words) {
            met |= o.has(w);
        }
        return finding(id, met, new Reason.SetCheck(o, false, List.of(words)), o);
    }

    /**
     * MET when the set observed has at least as many values as the parameter in force.
     *
     * @param id    the criterion decided
     * @param o     the set observed
     * @param param the name of the criterion's parameter
     * @return the finding, its reason a {@link Reason.SizeCheck}
     * @throws IllegalStateException if the observation is not a SET or the criterion does not define the
     *                               parameter
     */
    public Finding sizeAtLeast(String id, Observation o, String param) {
        requireType(id, o, ObservationType.SET);
        Parameter p = parameter(id, param);
        boolean met = Units.compare(o.values().size(), p.value()) >= 0;
        return finding(id, met, new Reason.SizeCheck(o, param, p, overridden(id, param), met), o);
    }

    // A part of a rule that joins several observations names its observation and reads it from the
    // session's Given: a part whose observation is not given is UNKNOWN, and all/any combine the parts
    // in strong Kleene logic.

    /**
     * {@link #flag(String, Observation)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @return the finding
     */
    public Finding flag(String id, Given g, String name) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : flag(id, o);
    }

    /**
     * {@link #atLeast(String, Observation, String)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the name of the criterion's parameter
     * @return the finding
     */
    public Finding atLeast(String id, Given g, String name, String param) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : atLeast(id, o, param);
    }

    /**
     * {@link #above(String, Observation, String)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the name of the criterion's parameter
     * @return the finding
     */
    public Finding above(String id, Given g, String name, String param) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : above(id, o, param);
    }

    /**
     * {@link #atMost(String, Observation, String)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the name of the criterion's parameter
     * @return the finding
     */
    public Finding atMost(String id, Given g, String name, String param) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : atMost(id, o, param);
    }

    /**
     * {@link #below(String, Observation, String)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the name of the criterion's parameter
     * @return the finding
     */
    public Finding below(String id, Given g, String name, String param) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : below(id, o, param);
    }

    /**
     * {@link #containsAll(String, Observation, String...)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param words the words looked for
     * @return the finding
     */
    public Finding containsAll(String id, Given g, String name, String... words) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : containsAll(id, o, words);
    }

    /**
     * {@link #containsAny(String, Observation, String...)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param words the words looked for
     * @return the finding
     */
    public Finding containsAny(String id, Given g, String name, String... words) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : containsAny(id, o, words);
    }

    /**
     * {@link #sizeAtLeast(String, Observation, String)} on the observation named {@code name}, read from the
     * session's observations: UNKNOWN (reason {@link Reason.NotGiven}) when it was not given.
     *
     * @param id    the criterion decided
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the name of the criterion's parameter
     * @return the finding
     */
    public Finding sizeAtLeast(String id, Given g, String name, String param) {
        Observation o = g.named(name);
        return o == null ? notGiven(id, name) : sizeAtLeast(id, o, param);
    }

    /**
     * All parts must hold (strong Kleene): NOT_MET as soon as one part is NOT_MET, whatever the others;
     * MET when every part is MET; else UNKNOWN. The reason names the part that decided.
     *
     * @param id    the criterion decided
     * @param parts the findings of the parts, in the rule's order
     * @return the combined finding, its reason a {@link Reason.Combined}
     */
    public Finding all(String id, Finding... parts) {
        return combine(id, true, parts);
    }

    /**
     * One part must hold (strong Kleene, the dual of {@link #all}): MET as soon as one part is MET;
     * NOT_MET when every part is NOT_MET; else UNKNOWN.
     *
     * @param id    the criterion decided
     * @param parts the findings of the parts, in the rule's order
     * @return the combined finding, its reason a {@link Reason.Combined}
     */
    public Finding any(String id, Finding... parts) {
        return combine(id, false, parts);
    }

    // The same checks with the criterion id taken from the rule itself (rule name = criterion id), so a
    // standard rule never repeats its id: {@code insert(check.flag(kcontext, $o));}

    /**
     * The criterion id of a rule: its name.
     *
     * @param rule the rule's context ({@code kcontext} in a consequence)
     * @return the rule's name
     */
    public static String criterionOf(RuleContext rule) {
        return rule.getRule().getName();
    }

    /**
     * {@link #flag(String, Observation)} for the rule's criterion.
     *
     * @param rule the rule's context ({@code kcontext})
     * @param o    the flag observed
     * @return the finding
     */
    public Finding flag(RuleContext rule, Observation o) {
        return flag(criterionOf(rule), o);
    }

    /**
     * {@link #atLeast(String, Observation, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the number observed
     * @param param the parameter's name
     * @return the finding
     */
    public Finding atLeast(RuleContext rule, Observation o, String param) {
        return atLeast(criterionOf(rule), o, param);
    }

    /**
     * {@link #above(String, Observation, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the number observed
     * @param param the parameter's name
     * @return the finding
     */
    public Finding above(RuleContext rule, Observation o, String param) {
        return above(criterionOf(rule), o, param);
    }

    /**
     * {@link #atMost(String, Observation, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the number observed
     * @param param the parameter's name
     * @return the finding
     */
    public Finding atMost(RuleContext rule, Observation o, String param) {
        return atMost(criterionOf(rule), o, param);
    }

    /**
     * {@link #below(String, Observation, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the number observed
     * @param param the parameter's name
     * @return the finding
     */
    public Finding below(RuleContext rule, Observation o, String param) {
        return below(criterionOf(rule), o, param);
    }

    /**
     * {@link #containsAll(String, Observation, String...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the set observed
     * @param words the words needed
     * @return the finding
     */
    public Finding containsAll(RuleContext rule, Observation o, String... words) {
        return containsAll(criterionOf(rule), o, words);
    }

    /**
     * {@link #containsAny(String, Observation, String...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the set observed
     * @param words the words of which one is needed
     * @return the finding
     */
    public Finding containsAny(RuleContext rule, Observation o, String... words) {
        return containsAny(criterionOf(rule), o, words);
    }

    /**
     * {@link #sizeAtLeast(String, Observation, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param o     the set observed
     * @param param the parameter's name
     * @return the finding
     */
    public Finding sizeAtLeast(RuleContext rule, Observation o, String param) {
        return sizeAtLeast(criterionOf(rule), o, param);
    }

    /**
     * {@link #flag(String, Given, String)} for the rule's criterion.
     *
     * @param rule the rule's context ({@code kcontext})
     * @param g    the observations given
     * @param name the observation's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding flag(RuleContext rule, Given g, String name) {
        return flag(criterionOf(rule), g, name);
    }

    /**
     * {@link #atLeast(String, Given, String, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the parameter's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding atLeast(RuleContext rule, Given g, String name, String param) {
        return atLeast(criterionOf(rule), g, name, param);
    }

    /**
     * {@link #above(String, Given, String, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the parameter's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding above(RuleContext rule, Given g, String name, String param) {
        return above(criterionOf(rule), g, name, param);
    }

    /**
     * {@link #atMost(String, Given, String, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the parameter's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding atMost(RuleContext rule, Given g, String name, String param) {
        return atMost(criterionOf(rule), g, name, param);
    }

    /**
     * {@link #below(String, Given, String, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the parameter's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding below(RuleContext rule, Given g, String name, String param) {
        return below(criterionOf(rule), g, name, param);
    }

    /**
     * {@link #containsAll(String, Given, String, String...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param words the words needed
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding containsAll(RuleContext rule, Given g, String name, String... words) {
        return containsAll(criterionOf(rule), g, name, words);
    }

    /**
     * {@link #containsAny(String, Given, String, String...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param words the words of which one is needed
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding containsAny(RuleContext rule, Given g, String name, String... words) {
        return containsAny(criterionOf(rule), g, name, words);
    }

    /**
     * {@link #sizeAtLeast(String, Given, String, String)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param g     the observations given
     * @param name  the observation's name
     * @param param the parameter's name
     * @return the finding, UNKNOWN when it is not given
     */
    public Finding sizeAtLeast(RuleContext rule, Given g, String name, String param) {
        return sizeAtLeast(criterionOf(rule), g, name, param);
    }

    /**
     * {@link #all(String, Finding...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param parts the parts
     * @return the combined finding
     */
    public Finding all(RuleContext rule, Finding... parts) {
        return all(criterionOf(rule), parts);
    }

    /**
     * {@link #any(String, Finding...)} for the rule's criterion.
     *
     * @param rule  the rule's context ({@code kcontext})
     * @param parts the parts
     * @return the combined finding
     */
    public Finding any(RuleContext rule, Finding... parts) {
        return any(criterionOf(rule), parts);
    }

    private static Finding notGiven(String id, String name) {
        return new Finding(id, id, CriterionStatus.UNKNOWN, new Reason.NotGiven(name), List.of());
    }

    private Finding combine(String id, boolean all, Finding... parts) {
        // all: the first NOT_MET part decides; any: the first MET part decides
        CriterionStatus decisive = all ? CriterionStatus.NOT_MET : CriterionStatus.MET;
        int decider = -1;
        boolean unknown = false;
        List<Observation> obs = new ArrayList<>();
        Reason.Part[] why = new Reason.Part[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Finding f = parts[i];
            if (decider < 0 && f.status() == decisive) {
                decider = i;
            }
            unknown |= f.status() == CriterionStatus.UNKNOWN;
            for (Observation o : f.observations()) {
                if (!obs.contains(o)) {
                    obs.add(o);
                }
            }
            why[i] = new Reason.Part(f.status(), f.why());
        }
        CriterionStatus status = decider >= 0 ? decisive
                : unknown ? CriterionStatus.UNKNOWN
                : all ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        return new Finding(id, id, status, new Reason.Combined(all, status, List.of(why), decider), obs);
    }

    private Finding compare(String id, Observation o, String param, Reason.Operator op) {
        requireType(id, o, ObservationType.NUMBER);
        Parameter p = parameter(id, param);
        if (!Units.convertible(o.unit(), p.unit())) {
            throw new IllegalStateException("rule " + id + ": observation " + o.name() + " in '" + o.unit()
                    + "' cannot be compared with parameter " + param + " in '" + p.unit() + "'");
        }
        boolean met = op.test(Units.compare(o.as(p.unit()), p.value()));
        return finding(id, met, new Reason.Comparison(o, op, param, p, overridden(id, param), met), o);
    }

    private static void requireType(String id, Observation o, ObservationType type) {
        Objects.requireNonNull(o, "observation");
        if (o.type() != type) {
            throw new IllegalStateException("rule " + id + " expects " + o.name() + " to be a " + type
                    + ", got a " + o.type());
        }
    }

    /** A finding that stores the operands; its text is rendered when first read, not in the rule session. */
    private static Finding finding(String id, boolean met, Reason why, Observation o) {
        return new Finding(id, id, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, why, List.of(o));
    }

    /** Whether the assessor replaced the catalogue's value of this parameter. */
    private boolean overridden(String criterionId, String name) {
        return !overridden.isEmpty() && overridden.contains(key(criterionId, name)); // no key built without overrides
    }
}
