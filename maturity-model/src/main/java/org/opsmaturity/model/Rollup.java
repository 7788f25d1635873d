package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many subjects (teams, business units, services) stand where: per item the distribution of levels,
 * the weakest subjects and the criteria most often missing for the next level; overall the weakest
 * subjects. Built incrementally with {@link Accumulator}, which keeps counts and a few names only, so
 * any number of subjects can be rolled up in bounded memory.
 *
 * @param subjects            how many subjects were rolled up
 * @param overallDistribution {@code [l]}: the number of subjects at overall level l (0..5)
 * @param weakestOverall      the weakest subjects overall, at most {@link #KEEP}
 * @param items               each item across the subjects
 */
public record Rollup(int subjects, int[] overallDistribution, List<SubjectLevel> weakestOverall, List<ItemRollup> items) {
    /** How many of the weakest subjects are kept per item and overall. */
    public static final int KEEP = 5;

    /**
     * A subject and its level.
     *
     * @param subject the subject's name
     * @param level   its level, 0..5
     */
    public record SubjectLevel(String subject, int level) {
    }

    /**
     * How many subjects miss a criterion for their next level.
     *
     * @param criterionId the criterion
     * @param subjects    how many
     */
    public record Count(String criterionId, int subjects) {
    }

    /**
     * One item across subjects.
     *
     * @param itemId       the item
     * @param distribution {@code [l]}: the number of subjects at level l (0..5)
     * @param weakest      its weakest subjects, at most {@link #KEEP}
     * @param mostMissing  the criteria most often missing for the next level, at most {@link #KEEP}
     */
    public record ItemRollup(String itemId, int[] distribution, List<SubjectLevel> weakest, List<Count> mostMissing) {
        /**
         * Copies the parts.
         *
         * @param itemId       the item
         * @param distribution the subjects per level
         * @param weakest      the weakest subjects
         * @param mostMissing  the criteria most often missing
         */
        public ItemRollup {
            distribution = distribution.clone();
            weakest = List.copyOf(weakest);
            mostMissing = List.copyOf(mostMissing);
        }

        /**
         * The subjects per level.
         *
         * @return a copy: {@code [l]} is the number of subjects at level l
         */
        @Override
        public int[] distribution() {
            return distribution.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ItemRollup r && r.itemId.equals(itemId) && java.util.Arrays.equals(r.distribution, distribution)
                    && r.weakest.equals(weakest) && r.mostMissing.equals(mostMissing);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, java.util.Arrays.hashCode(distribution), weakest, mostMissing);
        }
    }

    /**
     * Copies the parts.
     *
     * @param subjects            how many subjects
     * @param overallDistribution the subjects per overall level
     * @param weakestOverall      the weakest subjects
     * @param items               the items
     */
    public Rollup {
        overallDistribution = overallDistribution.clone();
        weakestOverall = List.copyOf(weakestOverall);
        items = List.copyOf(items);
    }

    /**
     * The subjects per overall level.
     *
     * @return a copy: {@code [l]} is the number of subjects at level l
     */
    @Override
    public int[] overallDistribution() {
        return overallDistribution.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rollup r && r.subjects == subjects && java.util.Arrays.equals(r.overallDistribution,
                overallDistribution) && r.weakestOverall.equals(weakestOverall) && r.items.equals(items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjects, java.util.Arrays.hashCode(overallDistribution), weakestOverall, items);
    }

    /**
     * One item across the subjects.
     *
     * @param itemId the item
     * @return its roll-up
     * @throws CatalogException when the roll-up has no such item
     */
    public ItemRollup item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                .orElseThrow(() -> new CatalogException("item id: '" + itemId + "' is not in this roll-up", ""));
    }

    /** Adds assessments one by one; not thread-safe. */
    public static final class Accumulator {
        private int subjects;
        private final int[] overall = new int[6];
        private final List<SubjectLevel> weakestOverall = new ArrayList<>();
        private final Map<String, int[]> distribution = new LinkedHashMap<>();
        private final Map<String, List<SubjectLevel>> weakest = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> missing = new LinkedHashMap<>();

        /**
         * Adds one subject's assessment.
         *
         * @param a the assessment
         */
        public void add(Assessment a) {
            subjects++;
            String name = a.subject().isEmpty() ? "subject " + subjects : a.subject();
            overall[a.overall().level()]++;
            keep(weakestOverall, new SubjectLevel(name, a.overall().level()));
            for (ItemResult i : a.items()) {
                distribution.computeIfAbsent(i.itemId(), k -> new int[6])[i.level()]++;
                keep(weakest.computeIfAbsent(i.itemId(), k -> new ArrayList<>()), new SubjectLevel(name, i.level()));
                Map<String, Integer> m = missing.computeIfAbsent(i.itemId(), k -> new LinkedHashMap<>());
                for (Gap g : i.gaps()) {
                    m.merge(g.criterionId(), 1, Integer::sum);
                }
            }
        }

        private static void keep(List<SubjectLevel> list, SubjectLevel s) {
            list.add(s);
            list.sort(Comparator.comparingInt(SubjectLevel::level).thenComparing(SubjectLevel::subject));
            if (list.size() > KEEP) {
                list.remove(list.size() - 1);
            }
        }

        /**
         * The roll-up of the assessments added so far.
         *
         * @return the roll-up
         */
        public Rollup build() {
            List<ItemRollup> items = new ArrayList<>();
            distribution.forEach((id, d) -> {
                List<Count> counts = missing.getOrDefault(id, Map.of()).entrySet().stream()
                        .map(e -> new Count(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingInt(Count::subjects).reversed().thenComparing(Count::criterionId))
                        .limit(KEEP).toList();
                items.add(new ItemRollup(id, d, weakest.get(id), counts));
            });
            return new Rollup(subjects, overall, weakestOverall, items);
        }
    }
}
