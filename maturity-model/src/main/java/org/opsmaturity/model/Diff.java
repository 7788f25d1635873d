package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two assessments of one subject (e.g. last quarter and now): levels up and down at
 * every level of the hierarchy, criteria gained (now MET) and lost (no longer MET), and conflicts and
 * waivers that are new.
 */
public record Diff(List<Change> levels, List<StatusChange> gained, List<StatusChange> lost, List<Warning> newConflicts,
        List<String> newWaivers) {
    /** A level that moved: {@code kind} is item, area, domain or overall. */
    public record Change(String kind, String id, int before, int after, int potentialBefore, int potentialAfter) {
        /**
         * How far the level moved.
         *
         * @return after minus before
         */
        public int delta() {
            return after - before;
        }
    }

    /** A criterion whose status changed. */
    public record StatusChange(String criterionId, CriterionStatus before, CriterionStatus after) {
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param levels       the levels
     * @param gained       the gained
     * @param lost         the lost
     * @param newConflicts the new conflicts
     * @param newWaivers   the new waivers
     */
    public Diff {
        levels = List.copyOf(levels);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        newConflicts = List.copyOf(newConflicts);
        newWaivers = List.copyOf(newWaivers);
    }

    /** The changes from {@code before} to {@code after}; ids missing on one side are compared with level 0. */
    /**
     * What changed between two assessments of one subject.
     *
     * @param before the earlier assessment
     * @param after  the later one
     * @return the changes
     */
    public static Diff between(Assessment before, Assessment after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> levels = new ArrayList<>();
        compare("overall", "overall", before.overall(), after.overall(), levels);
        Map<String, LevelResult> bd = before.domains().stream().collect(Collectors.toMap(LevelResult::id, d -> d));
        for (LevelResult d : after.domains()) {
            compare("domain", d.id(), bd.get(d.id()), d, levels);
        }
        Map<String, LevelResult> ba = before.areas().stream().collect(Collectors.toMap(LevelResult::id, d -> d));
        for (LevelResult a : after.areas()) {
            compare("area", a.id(), ba.get(a.id()), a, levels);
        }
        Map<String, ItemResult> bi = before.items().stream().collect(Collectors.toMap(ItemResult::itemId, i -> i));
        for (ItemResult i : after.items()) {
            ItemResult b = bi.get(i.itemId());
            int lb = b == null ? 0 : b.level();
            int pb = b == null ? 0 : b.potential();
            if (lb != i.level() || pb != i.potential()) {
                levels.add(new Change("item", i.itemId(), lb, i.level(), pb, i.potential()));
            }
        }
        Map<String, CriterionResult> bc = before.criteria().stream()
                .collect(Collectors.toMap(CriterionResult::criterionId, c -> c));
        List<StatusChange> gained = new ArrayList<>();
        List<StatusChange> lost = new ArrayList<>();
        for (CriterionResult c : after.criteria()) {
            CriterionStatus was = bc.containsKey(c.criterionId()) ? bc.get(c.criterionId()).status() : CriterionStatus.UNKNOWN;
            if (was != CriterionStatus.MET && c.status() == CriterionStatus.MET) {
                gained.add(new StatusChange(c.criterionId(), was, c.status()));
            } else if (was == CriterionStatus.MET && c.status() != CriterionStatus.MET) {
                lost.add(new StatusChange(c.criterionId(), was, c.status()));
            }
        }
        Set<String> oldConflicts = before.warnings(WarningCode.CONFLICT).stream().map(Warning::subject)
                .collect(Collectors.toSet());
        List<Warning> conflicts = after.warnings(WarningCode.CONFLICT).stream()
                .filter(w -> !oldConflicts.contains(w.subject())).toList();
        Set<String> oldWaivers = before.waivers().stream().map(w -> w.waiver().criterionId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> waivers = after.waivers().stream().map(w -> w.waiver().criterionId())
                .filter(id -> !oldWaivers.contains(id)).toList();
        return new Diff(levels, gained, lost, conflicts, waivers);
    }

    private static void compare(String kind, String id, LevelResult b, LevelResult a, List<Change> out) {
        int lb = b == null ? 0 : b.level();
        int pb = b == null ? 0 : b.potential();
        if (lb != a.level() || pb != a.potential()) {
            out.add(new Change(kind, id, lb, a.level(), pb, a.potential()));
        }
    }

    /**
     * Whether nothing changed.
     *
     * @return true when there are no changes
     */
    public boolean isEmpty() {
        return levels.isEmpty() && gained.isEmpty() && lost.isEmpty() && newConflicts.isEmpty() && newWaivers.isEmpty();
    }
}
