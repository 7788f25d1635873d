package org.opsmaturity.model;

import java.util.List;
import java.util.Objects;

/**
 * The smallest set of criteria that, once MET, brings a target (an item, area, domain or "overall") to a
 * level. Levels are cumulative and roll up by weakest link, so the set is unique: every requirement of
 * levels 1..level of every item under the target that is not yet MET (or waived).
 *
 * @param steps   per item, ordered by item then level: the criteria to meet
 * @param met     requirements under the target, up to the level, already MET or waived
 * @param unknown of the steps, how many are UNKNOWN (perhaps met already, not yet shown)
 * @param missing of the steps, how many are NOT_MET
 */
public record Roadmap(String target, int level, List<Step> steps, int met, int unknown, int missing) {
    /** The criteria one item must meet, by level. */
    public record Step(String itemId, int level, List<Gap> criteria) {
        /**
         * Checks the components and copies the lists.
         *
         * @param itemId   the item id
         * @param level    the level
         * @param criteria the criteria
         */
        public Step {
            Objects.requireNonNull(itemId, "itemId");
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param target  the target
     * @param level   the level
     * @param steps   per item, ordered by item then level: the criteria to meet
     * @param met     requirements under the target, up to the level, already MET or waived
     * @param unknown of the steps, how many are UNKNOWN (perhaps met already, not yet shown)
     * @param missing of the steps, how many are NOT_MET
     */
    public Roadmap {
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
    }

    /**
     * Every criterion of the roadmap, in order.
     *
     * @return the criterion ids
     */
    public List<String> criteria() {
        return steps.stream().flatMap(s -> s.criteria().stream()).map(Gap::criterionId).toList();
    }

    /**
     * How many requirements are still to meet.
     *
     * @return unknown plus missing
     */
    public int size() {
        return unknown + missing;
    }
}
