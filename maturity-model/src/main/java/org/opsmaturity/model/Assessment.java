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
    private final Map<String, CriterionResult> criterionById;
    private final Map<String, ItemResult> itemById;
    private final Map<String, LevelResult> rollupById;

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
        this.criterionById = new LinkedHashMap<>(capacity(this.criteria.size()));
        this.itemById = new LinkedHashMap<>(capacity(this.items.size()));
        this.rollupById = new LinkedHashMap<>(capacity(this.areas.size() + this.domains.size()));
        this.criteria.forEach(c -> criterionById.put(c.criterionId(), c));
        this.items.forEach(i -> itemById.put(i.itemId(), i));
        this.areas.forEach(a -> rollupById.put(a.id(), a));
        this.domains.forEach(d -> rollupById.put(d.id(), d));
    }

    private static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
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

    /**
     * The smallest set of criteria that, once MET, brings a target (item, area, domain id, or "overall") to
     * {@code level}; see {@link Roadmap}.
     */
    public Roadmap roadmap(String target, int level) {
        if (level < 0 || level > 5) {
            throw new CatalogException("level: '" + level + "' is not valid; expected 0..5", "");
        }
        List<Item> under = itemsUnder(target);
        List<Roadmap.Step> steps = new java.util.ArrayList<>();
        int met = 0;
        int unknown = 0;
        int missing = 0;
        for (Item item : under) {
            for (int l = 1; l <= level && l <= item.levels().size(); l++) {
                List<Gap> gaps = new java.util.ArrayList<>();
                for (Criterion c : item.level(l).requirements()) {
                    CriterionStatus s = status(c.id());
                    if (s == CriterionStatus.MET || s == CriterionStatus.NOT_APPLICABLE) {
                        met++;
                    } else {
                        gaps.add(new Gap(c.id(), l, s));
                        if (s == CriterionStatus.UNKNOWN) {
                            unknown++;
                        } else {
                            missing++;
                        }
                    }
                }
                if (!gaps.isEmpty()) {
                    steps.add(new Roadmap.Step(item.id(), l, gaps));
                }
            }
        }
        return new Roadmap(target, level, steps, met, unknown, missing);
    }

    private List<Item> itemsUnder(String target) {
        if ("overall".equals(target)) {
            return catalog.items();
        }
        Optional<Item> item = catalog.findItem(target);
        if (item.isPresent()) {
            return List.of(item.get());
        }
        Optional<Area> area = catalog.findArea(target);
        if (area.isPresent()) {
            return area.get().items();
        }
        Optional<Domain> domain = catalog.findDomain(target);
        if (domain.isPresent()) {
            return domain.get().items();
        }
        throw new CatalogException("target: '" + MaturityException.cut(target) + "' is not an item, area, domain or "
                + "\"overall\"", Strings.maybe(target, catalog.structureIds()));
    }

    /** Why an item, area, domain or the whole ("overall") has its level: one sentence in zh and en, and data. */
    public Explanation explain(String id) {
        Optional<ItemResult> item = Optional.ofNullable(itemById.get(id));
        if (item.isPresent()) {
            ItemResult i = item.get();
            if (i.level() >= 5) {
                return new Explanation(id, new Text(id + " 达到 5 级：所有要求均已满足。",
                        id + " is at level 5: every requirement is met."), List.of(), 0);
            }
            Gap first = i.gaps().isEmpty() ? null : i.gaps().get(0);
            String why = first == null ? "" : first.criterionId();
            Criterion c = first == null ? null : catalog.criterion(first.criterionId());
            String en = id + " is at level " + i.level() + (i.potential() > i.level() ? " (up to " + i.potential() + ")" : "")
                    + (first == null ? "." : " because " + why + " of level " + (i.level() + 1) + " is "
                            + (first.status() == CriterionStatus.UNKNOWN ? "unknown" : "not met") + ": "
                            + c.text().en() + (i.gaps().size() > 1 ? " (" + (i.gaps().size() - 1) + " more)" : ""));
            String zh = id + " 为 " + i.level() + " 级" + (i.potential() > i.level() ? "（最高可达 " + i.potential() + " 级）" : "")
                    + (first == null ? "。" : "，因为 " + (i.level() + 1) + " 级的 " + why
                            + (first.status() == CriterionStatus.UNKNOWN ? " 尚未知" : " 未满足") + "：" + c.text().zh()
                            + (i.gaps().size() > 1 ? "（另有 " + (i.gaps().size() - 1) + " 项）" : ""));
            return new Explanation(id, new Text(zh, en), first == null ? List.of() : List.of(why), 0);
        }
        LevelResult r = "overall".equals(id) ? overall : rollup(id);
        List<Integer> others = new java.util.ArrayList<>();
        if (r.scope() == Scope.OVERALL) {
            domains.stream().filter(d -> !r.limitedBy().contains(d.id())).forEach(d -> others.add(d.level()));
        } else if (r.scope() == Scope.DOMAIN) {
            catalog.domain(id).areas().stream().filter(a -> !r.limitedBy().contains(a.id()))
                    .forEach(a -> others.add(rollup(a.id()).level()));
        } else {
            catalog.area(id).items().stream().filter(i -> !r.limitedBy().contains(i.id()))
                    .forEach(i -> others.add(itemById.get(i.id()).level()));
        }
        int headroom = others.stream().mapToInt(Integer::intValue).min().orElse(5) - r.level();
        String kind = switch (r.scope()) {
            case OVERALL -> "domain";
            case DOMAIN -> "area";
            default -> "item";
        };
        String kindZh = switch (r.scope()) {
            case OVERALL -> "领域";
            case DOMAIN -> "能力域";
            default -> "能力项";
        };
        String parts = String.join(", ", r.limitedBy());
        String en = (r.scope() == Scope.OVERALL ? "The overall level" : id + " " + r.name().en()) + " is " + r.level()
                + ", held down by " + kind + (r.limitedBy().size() == 1 ? " " : "s ") + parts + (headroom > 0 ? "; raising " + (r.limitedBy().size() == 1 ? "it" : "them")
                        + " would lift it by up to " + headroom + " level" + (headroom == 1 ? "" : "s") : "") + ".";
        String zh = (r.scope() == Scope.OVERALL ? "总体" : id + " " + r.name().zh()) + "为 " + r.level() + " 级，短板是" + kindZh + " "
                + parts + (headroom > 0 ? "；补齐后最多可提升 " + headroom + " 级" : "") + "。";
        return new Explanation(id, new Text(zh, en), r.limitedBy(), Math.max(0, headroom));
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
