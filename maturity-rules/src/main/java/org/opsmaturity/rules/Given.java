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
 * <p>Such a rule is triggered by one pattern per observation name (alpha-indexed, so a rule none of
 * whose observations is given costs nothing in the session) and fires once, for the first of its names
 * that is given ({@link #first}):
 *
 * <pre>
 * rule "6.1.1.L4.3"
 * when
 *     $o : ( Observation(name == "continuity.backup.offsite") or Observation(name == "continuity.rpo.offsite") )
 *     $g : Given(first($o, "continuity.backup.offsite", "continuity.rpo.offsite"))
 * then
 *     insert(check.all("6.1.1.L4.3",
 *         check.flag("6.1.1.L4.3", $g, "continuity.backup.offsite"),
 *         check.below("6.1.1.L4.3", $g, "continuity.rpo.offsite", "maxRpo")));
 * end
 * </pre>
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
     * all: a rule that lists its names here fires once however many of them are given.
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

    @Override
    public String toString() {
        return "Given" + byName.keySet();
    }
}
