package org.opsmaturity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating facts: every criterion's status with its justification, every item's
 * confirmed and potential level with its gaps, the rolled-up levels of areas, domains and the whole,
 * and warnings. Everything in seed order. Immutable and thread-safe.
 */
public final class Assessment {
    private final String subject;
    private final Catalog catalog;
    private final List<CriterionResult> criteria;
    private final List<ItemResult> items;
    private final List<LevelResult> areas;
    private final List<LevelResult> domains;
    private final LevelResult overall;
    private final List<Warning> warnings;
    private final List<WaiverResult> waivers;
    private final Map<String, CriterionResult> criterionById = new LinkedHashMap<>();
    private final Map<String, ItemResult> itemById = new LinkedHashMap<>();
    private final Map<String, LevelResult> rollupById = new LinkedHashMap<>();

    public Assessment(String subject, Catalog catalog, List<CriterionResult> criteria, List<ItemResult> items,
            List<LevelResult> areas, List<LevelResult> domains, LevelResult overall, List<Warning> warnings,
            List<WaiverResult> waivers) {
        this.subject = Objects.requireNonNullElse(subject, "");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.criteria = List.copyOf(criteria);
        this.items = List.copyOf(items);
        this.areas = List.copyOf(areas);
        this.domains = List.copyOf(domains);
        this.overall = Objects.requireNonNull(overall, "overall");
        this.warnings = List.copyOf(warnings);
        this.waivers = List.copyOf(waivers);
        this.criteria.forEach(c -> criterionById.put(c.criterionId(), c));
        this.items.forEach(i -> itemById.put(i.itemId(), i));
        this.areas.forEach(a -> rollupById.put(a.id(), a));
        this.domains.forEach(d -> rollupById.put(d.id(), d));
    }

    public String subject() {
        return subject;
    }

    /** The catalogue the assessment was made against. */
    public Catalog catalog() {
        return catalog;
    }

    /** Every criterion (requirements and shortfalls), in seed order. */
    public List<CriterionResult> criteria() {
        return criteria;
    }

    public List<ItemResult> items() {
        return items;
    }

    public List<LevelResult> areas() {
        return areas;
    }

    public List<LevelResult> domains() {
        return domains;
    }

    public LevelResult overall() {
        return overall;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** Every waiver of the assessor, applied or expired. */
    public List<WaiverResult> waivers() {
        return waivers;
    }

    public CriterionResult criterion(String id) {
        CriterionResult r = criterionById.get(id);
        if (r == null) {
            throw new CatalogException("criterion id: '" + MaturityException.cut(id) + "' is not in this assessment",
                    Strings.maybe(id, criterionById.keySet()));
        }
        return r;
    }

    public CriterionStatus status(String criterionId) {
        return criterion(criterionId).status();
    }

    public ItemResult item(String id) {
        ItemResult r = itemById.get(id);
        if (r == null) {
            throw new CatalogException("item id: '" + MaturityException.cut(id) + "' is not in this assessment",
                    Strings.maybe(id, itemById.keySet()));
        }
        return r;
    }

    /** The area or domain result, e.g. {@code rollup("1.2")} or {@code rollup("3")}. */
    public LevelResult rollup(String id) {
        LevelResult r = rollupById.get(id);
        if (r == null) {
            throw new CatalogException("area or domain id: '" + MaturityException.cut(id)
                    + "' is not in this assessment", Strings.maybe(id, rollupById.keySet()));
        }
        return r;
    }

    /** The confirmed level of an item, area, domain, or "overall". */
    public int level(String id) {
        if ("overall".equals(id)) {
            return overall.level();
        }
        Optional<ItemResult> i = Optional.ofNullable(itemById.get(id));
        return i.map(ItemResult::level).orElseGet(() -> rollup(id).level());
    }

    /** The potential level (UNKNOWN counted as MET) of an item, area, domain, or "overall". */
    public int potential(String id) {
        if ("overall".equals(id)) {
            return overall.potential();
        }
        Optional<ItemResult> i = Optional.ofNullable(itemById.get(id));
        return i.map(ItemResult::potential).orElseGet(() -> rollup(id).potential());
    }

    public List<Warning> warnings(WarningCode code) {
        return warnings.stream().filter(w -> w.code() == code).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && a.subject.equals(subject) && a.criteria.equals(criteria)
                && a.items.equals(items) && a.areas.equals(areas) && a.domains.equals(domains)
                && a.overall.equals(overall) && a.warnings.equals(warnings) && a.waivers.equals(waivers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, criteria, items, areas, domains, overall, warnings);
    }

    @Override
    public String toString() {
        return "Assessment[" + (subject.isEmpty() ? "" : subject + ", ") + "overall level " + overall.level()
                + ", up to " + overall.potential() + "]";
    }
}
