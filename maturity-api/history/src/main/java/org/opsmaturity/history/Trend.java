package org.opsmaturity.history;

import java.util.List;
import java.util.Objects;

/**
 * The level of one target (an item, area, domain or "overall") of one subject over its recorded runs, oldest
 * first. A point whose rules differ from the point before it (model version, library version or profile
 * digest) has a non-empty {@code rulesChange}: the move at that point is not comparable evidence.
 */
public record Trend(String subject, String target, List<Point> points) {
    /** One run: {@code rulesChange} says what changed in the rules since the previous point (empty if nothing). */
    public record Point(Run run, int level, int potential, double score, String rulesChange) {
        /**
         * Checks the components.
         *
         * @param run         the run
         * @param level       the confirmed level of the target in that run
         * @param potential   its potential level
         * @param score       its score (level plus the share of the next level met)
         * @param rulesChange what changed in the rules since the previous point, empty if nothing
         */
        public Point {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(rulesChange, "rulesChange");
        }

        /**
         * Whether this point was judged by the same rules as the one before.
         *
         * @return true when the rules did not change
         */
        public boolean comparable() {
            return rulesChange.isEmpty();
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param subject the subject
     * @param target  the target
     * @param points  the points
     */
    public Trend {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
        points = List.copyOf(points);
    }

    /**
     * Whether every point was judged by the same rules as the first.
     *
     * @return true or false
     */
    public boolean comparable() {
        return points.stream().allMatch(Point::comparable);
    }
}
