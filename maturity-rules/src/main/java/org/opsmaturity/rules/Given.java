package org.opsmaturity.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opsmaturity.model.Observation;

/**
 * The observations given to one rule session, by name: the single helper fact that {@link RuleRunner}
 * inserts beside the observations, so that a rule joining several observations can fire when any of
 * them is present and read the others, present or not (strong Kleene logic, docs/levels.md).
 *
 * <p>Such a rule has one pattern, on this fact, true when any of its names is given ({@link #anyOf}), so
 * it fires once however many of them are given, and reads each part from it:
 *
 * <pre>
 * rule "6.1.1.L4.3"
 * when
 *     $g : Given(anyOf("continuity.backup.offsite", "continuity.rpo.offsite"))
 * then
 *     outcomes.add(check.all(kcontext,
 *         check.flag(kcontext, $g, "continuity.backup.offsite"),
 *         check.below(kcontext, $g, "continuity.rpo.offsite", "maxRpo")));
 * end
 * </pre>
 *
 * <p>One pattern per rule keeps the session small: the one {@code Given} fact is tested once by each such
 * rule (a few map lookups), with no join and no branch per observation name. The earlier form, one
 * {@code Observation} pattern per name joined with {@code Given(first($o, ...))}, still works and decides
 * the same, at several times the cost per session.
 */
public final class Given {
    private final Map<String, Observation> byName;

    private Given(Map<String, Observation> byName) {
        this.byName = byName;
    }

    /**
     * The observations by name; of two with one name the first counts (the engine admits one per name).
     *
     * @param observations the observations of a session
     * @return them by name
     */
    public static Given of(Collection<Observation> observations) {
        Map<String, Observation> m = new HashMap<>(observations.size() * 2);
        for (Observation o : observations) {
            m.putIfAbsent(o.name(), o);
        }
        return new Given(m);
    }

    /**
     * The observations of a session already kept by name, without a copy: the map must not change while
     * the session runs (the engine's checked facts: one observation per name).
     *
     * @param byName the observations by name
     * @return them, as the session's {@code Given}
     * @throws NullPointerException when {@code byName} is null
     */
    public static Given byName(Map<String, Observation> byName) {
        return new Given(java.util.Objects.requireNonNull(byName, "byName"));
    }

    /** The observation of that name, or null: {@link #get} without the Optional, for {@link Checks}. */
    Observation named(String name) {
        return byName.get(name);
    }

    /**
     * The observation of that name, if given.
     *
     * @param name the observation's name, e.g. {@code continuity.rpo.offsite}
     * @return the observation, or empty when it was not given
     */
    public Optional<Observation> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Whether {@code trigger} is the observation given for the first of {@code names} that is given at
     * all: a rule that lists its names here fires once however many of them are given. The earlier form
     * of a rule over several observations; {@link #anyOf} decides the same with one pattern.
     *
     * @param trigger the observation the rule matched
     * @param names   the names the rule reads, in its order
     * @return true when {@code trigger} is the first of them given; false when it is not or none is given
     */
    public boolean first(Observation trigger, String... names) {
        for (String n : names) {
            Observation o = byName.get(n);
            if (o != null) {
                return o == trigger;
            }
        }
        return false;
    }

    /**
     * Whether any of {@code names} is given: the condition of a rule that reads several observations
     * ({@code $g : Given(anyOf("a.b", "c.d"))}), so that it fires once when one or more of them is given.
     *
     * @param names the observation names the rule reads
     * @return true when at least one of them is given
     */
    public boolean anyOf(String... names) {
        for (String n : names) {
            if (byName.containsKey(n)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Given" + byName.keySet();
    }
}
