package org.opsmaturity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.opsmaturity.model.internal.AssessmentParts;
import org.opsmaturity.model.internal.CompiledCatalog;
import org.opsmaturity.model.internal.Levels;

/**
 * The result of evaluating facts: every criterion's status with its justification, every item's
 * confirmed and potential level with its gaps, the rolled-up levels of areas, domains and the whole,
 * and warnings. Everything in the model's order. Immutable and thread-safe.
 *
 * <p>An assessment made by the engine holds its statuses and levels from the start ({@link #status},
 * {@link #level}, {@link #potential} cost an index look-up) and builds the rest (justifications, gaps,
 * roll-up details, warnings) on first use, once, whichever thread asks first.
 */
public final class Assessment {
    private final String subject;
    private final Catalog catalog;
    /** The engine's compact state; null for an assessment built from its parts. */
    private final CompiledCatalog compiled;
    private final Levels levels;
    private final Supplier<AssessmentParts> builder;
    private volatile AssessmentParts parts;
    /** The look-ups of an assessment built from its parts; null for the engine's. */
    private final Map<String, CriterionResult> criterionById;
    private final Map<String, ItemResult> itemById;
    private final Map<String, LevelResult> rollupById;
    /** What and when it was made with; null when not known (an assessment built from its parts). */
    private final AssessmentMetadata metadata;

    /**
     * An assessment built from its parts (by a reader of a saved result, or a test), with look-ups by id.
     * No metadata ({@code metadata()} is empty).
     *
     * @param subject  what was assessed; null means empty
     * @param catalog  the catalogue the results belong to
     * @param criteria every criterion's result, in the model's order
     * @param items    every item's result
     * @param areas    every area's rolled-up result
     * @param domains  every domain's rolled-up result
     * @param overall  the whole's rolled-up result
     * @param warnings the warnings of the evaluation
     * @param waivers  the waivers applied or expired
     * @throws NullPointerException if the catalogue is null
     */
    public Assessment(String subject, Catalog catalog, List<CriterionResult> criteria, List<ItemResult> items,
            List<LevelResult> areas, List<LevelResult> domains, LevelResult overall, List<Warning> warnings,
            List<WaiverResult> waivers) {
        this.subject = Objects.requireNonNullElse(subject, "");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.compiled = null;
        this.levels = null;
        this.builder = null;
        this.metadata = null;
        this.parts = new AssessmentParts(criteria, items, areas, domains, overall, warnings, waivers);
        this.criterionById = new LinkedHashMap<>(capacity(parts.criteria().size()));
        this.itemById = new LinkedHashMap<>(capacity(parts.items().size()));
        this.rollupById = new LinkedHashMap<>(capacity(parts.areas().size() + parts.domains().size()));
        parts.criteria().forEach(c -> criterionById.put(c.criterionId(), c));
        parts.items().forEach(i -> itemById.put(i.itemId(), i));
        parts.areas().forEach(a -> rollupById.put(a.id(), a));
        parts.domains().forEach(d -> rollupById.put(d.id(), d));
    }

    /**
     * The engine's assessment: statuses and levels given, the other parts built by {@code parts} on first
     * use (called at most once; its lists must be in the compiled catalogue's order and complete).
     *
     * @param subject  what was assessed; null means empty
     * @param compiled the engine's compiled catalogue
     * @param levels   every criterion's status and the confirmed and potential levels, by index
     * @param parts    builds the justifications, gaps, roll-up details and warnings on first use
     * @throws NullPointerException if {@code compiled}, {@code levels} or {@code parts} is null
     */
    public Assessment(String subject, CompiledCatalog compiled, Levels levels, Supplier<AssessmentParts> parts) {
        this(subject, compiled, levels, parts, null);
    }

    /**
     * The engine's assessment with the metadata of how and when it was made, in one object (the assessor's
     * path: no second assessment made by {@link #withMetadata}).
     *
     * @param subject  what was assessed; null means empty
     * @param compiled the engine's compiled catalogue
     * @param levels   every criterion's status and the confirmed and potential levels, by index
     * @param parts    builds the justifications, gaps, roll-up details and warnings on first use
     * @param metadata the versions, date and profile digest; null for none
     * @throws NullPointerException if {@code compiled}, {@code levels} or {@code parts} is null
     */
    public Assessment(String subject, CompiledCatalog compiled, Levels levels, Supplier<AssessmentParts> parts,
            AssessmentMetadata metadata) {
        this.subject = Objects.requireNonNullElse(subject, "");
        this.compiled = Objects.requireNonNull(compiled, "compiled");
        this.catalog = compiled.catalog();
        this.levels = Objects.requireNonNull(levels, "levels");
        this.builder = Objects.requireNonNull(parts, "parts");
        this.criterionById = null;
        this.itemById = null;
        this.rollupById = null;
        this.metadata = metadata;
    }

    /** The same assessment (its parts shared, built once) with metadata. */
    private Assessment(Assessment same, AssessmentMetadata metadata) {
        this.subject = same.subject;
        this.catalog = same.catalog;
        this.compiled = same.compiled;
        this.levels = same.levels;
        this.builder = same.builder == null ? null : same::parts;
        this.parts = same.parts;
        this.criterionById = same.criterionById;
        this.itemById = same.itemById;
        this.rollupById = same.rollupById;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * This assessment with the metadata of how and when it was made (the assessor adds it to every
     * assessment it makes). Metadata takes no part in {@link #equals(Object)}: the same results on another
     * day are equal.
     *
     * @param metadata the versions, date and profile digest
     * @return an assessment with the same results and this metadata
     * @throws NullPointerException if metadata is null
     */
    public Assessment withMetadata(AssessmentMetadata metadata) {
        return new Assessment(this, metadata);
    }

    /**
     * How and when the assessment was made.
     *
     * @return the metadata; empty for an assessment built from its parts without any
     */
    public Optional<AssessmentMetadata> metadata() {
        return Optional.ofNullable(metadata);
    }

    private static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private AssessmentParts parts() {
        AssessmentParts p = parts;
        if (p == null) {
            synchronized (builder) {
                p = parts;
                if (p == null) {
                    p = builder.get();
                    parts = p;
                }
            }
        }
        return p;
    }

    /**
     * What was assessed, e.g. a service or team name, as given with the facts.
     *
     * @return the subject; empty when none was given
     */
    public String subject() {
        return subject;
    }

    /**
     * The catalogue the assessment was made against: the standard model plus any company criteria.
     *
     * @return the catalogue
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Every criterion (requirements and shortfalls), in the model's order.
     *
     * @return the criteria's results, immutable
     */
    public List<CriterionResult> criteria() {
        return parts().criteria();
    }

    /**
     * Every capability item's confirmed and potential level with its gaps, in the model's order.
     *
     * @return the items' results, immutable
     */
    public List<ItemResult> items() {
        return parts().items();
    }

    /**
     * Every area's level rolled up from its items, in the model's order.
     *
     * @return the areas' results, immutable
     */
    public List<LevelResult> areas() {
        return parts().areas();
    }

    /**
     * Every domain's level rolled up from its areas, in the model's order.
     *
     * @return the domains' results, immutable
     */
    public List<LevelResult> domains() {
        return parts().domains();
    }

    /**
     * The whole's level rolled up from the domains.
     *
     * @return the overall result
     */
    public LevelResult overall() {
        return parts().overall();
    }

    /**
     * What the evaluation noticed but did not refuse: unknown ids, stale or conflicting evidence, expired
     * waivers, in the order found.
     *
     * @return the warnings, immutable
     */
    public List<Warning> warnings() {
        return parts().warnings();
    }

    /**
     * Every waiver of the assessor, applied or expired.
     *
     * @return the waivers' results, immutable
     */
    public List<WaiverResult> waivers() {
        return parts().waivers();
    }

    /**
     * One criterion's result.
     *
     * @param id the criterion id, e.g. {@code 1.1.1.L2.1}
     * @return its result
     * @throws CatalogException if the id is not in this assessment (with a "Maybe ..." hint)
     */
    public CriterionResult criterion(String id) {
        CriterionResult r;
        if (compiled != null) {
            int i = compiled.criterionIndex(id);
            r = i < 0 ? null : parts().criteria().get(i);
        } else {
            r = criterionById.get(id);
        }
        if (r == null) {
            throw new CatalogException("criterion id: '" + MaturityException.cut(id) + "' is not in this assessment",
                    Strings.maybe(id, compiled != null ? catalog.criterionIds() : criterionById.keySet()));
        }
        return r;
    }

    /**
     * One criterion's status; for the engine's assessment an index look-up that builds nothing else.
     *
     * @param criterionId the criterion id
     * @return its status
     * @throws CatalogException if the id is not in this assessment
     */
    public CriterionStatus status(String criterionId) {
        if (compiled != null) {
            int i = compiled.criterionIndex(criterionId);
            if (i >= 0) {
                return levels.status()[i];
            }
        }
        return criterion(criterionId).status();
    }

    /** The item's result, or null. */
    private ItemResult findItem(String id) {
        if (compiled != null) {
            int i = compiled.itemIndex(id);
            return i < 0 ? null : parts().items().get(i);
        }
        return itemById.get(id);
    }

    /**
     * One capability item's result.
     *
     * @param id the item id, e.g. {@code 1.1.1}
     * @return its result
     * @throws CatalogException if the id is not in this assessment (with a "Maybe ..." hint)
     */
    public ItemResult item(String id) {
        ItemResult r = findItem(id);
        if (r == null) {
            throw new CatalogException("item id: '" + MaturityException.cut(id) + "' is not in this assessment",
                    Strings.maybe(id, compiled != null ? catalog.items().stream().map(Item::id).toList()
                            : itemById.keySet()));
        }
        return r;
    }

    /**
     * The area or domain result, e.g. {@code rollup("1.2")} or {@code rollup("3")}.
     *
     * @param id an area or domain id
     * @return its rolled-up result
     * @throws CatalogException if the id is neither an area nor a domain of this assessment
     */
    public LevelResult rollup(String id) {
        LevelResult r;
        if (compiled != null) {
            int a = compiled.areaIndex(id);
            int d = a >= 0 ? -1 : compiled.domainIndex(id);
            r = a >= 0 ? parts().areas().get(a) : d >= 0 ? parts().domains().get(d) : null;
        } else {
            r = rollupById.get(id);
        }
        if (r == null) {
            throw new CatalogException("area or domain id: '" + MaturityException.cut(id)
                    + "' is not in this assessment", Strings.maybe(id, compiled != null ? rollupIds()
                            : rollupById.keySet()));
        }
        return r;
    }

    private List<String> rollupIds() {
        List<String> ids = new java.util.ArrayList<>();
        catalog.areas().forEach(a -> ids.add(a.id()));
        catalog.domains().forEach(d -> ids.add(d.id()));
        return ids;
    }

    /**
     * The confirmed level (UNKNOWN counted as NOT_MET) of an item, area, domain, or "overall".
     *
     * @param id an item, area or domain id, or {@code overall}
     * @return the level, 0 to 5
     * @throws CatalogException if the id is not in this assessment
     */
    public int level(String id) {
        return level(id, true);
    }

    /**
     * The potential level (UNKNOWN counted as MET) of an item, area, domain, or "overall".
     *
     * @param id an item, area or domain id, or {@code overall}
     * @return the level, 0 to 5, never below {@link #level(String)}
     * @throws CatalogException if the id is not in this assessment
     */
    public int potential(String id) {
        return level(id, false);
    }

    private int level(String id, boolean confirmed) {
        if (compiled != null) {
            if ("overall".equals(id)) {
                return confirmed ? levels.overall() : levels.overallPotential();
            }
            int i = compiled.itemIndex(id);
            if (i >= 0) {
                return (confirmed ? levels.item() : levels.itemPotential())[i];
            }
            int a = compiled.areaIndex(id);
            if (a >= 0) {
                return (confirmed ? levels.area() : levels.areaPotential())[a];
            }
            int d = compiled.domainIndex(id);
            if (d >= 0) {
                return (confirmed ? levels.domain() : levels.domainPotential())[d];
            }
        }
        if ("overall".equals(id)) {
            return confirmed ? overall().level() : overall().potential();
        }
        ItemResult i = findItem(id);
        if (i != null) {
            return confirmed ? i.level() : i.potential();
        }
        LevelResult r = rollup(id);
        return confirmed ? r.level() : r.potential();
    }

    /**
     * The smallest set of criteria that, once MET, brings a target (item, area, domain id, or "overall") to
     * {@code level}; see {@link Roadmap}.
     *
     * @param target an item, area or domain id, or {@code overall}
     * @param level  the level wanted, 0 to 5
     * @return the steps, item by item and level by level
     * @throws CatalogException if the target is unknown or the level is outside 0..5
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

    /**
     * Why an item, area, domain or the whole ("overall") has its level: one sentence in zh and en, and data.
     *
     * @param id an item, area or domain id, or {@code overall}
     * @return the explanation: the sentence, the ids holding the level down and the headroom
     * @throws CatalogException if the id is not in this assessment
     */
    public Explanation explain(String id) {
        Optional<ItemResult> item = Optional.ofNullable(findItem(id));
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
        LevelResult r = "overall".equals(id) ? overall() : rollup(id);
        List<Integer> others = new java.util.ArrayList<>();
        if (r.scope() == Scope.OVERALL) {
            domains().stream().filter(d -> !r.limitedBy().contains(d.id())).forEach(d -> others.add(d.level()));
        } else if (r.scope() == Scope.DOMAIN) {
            catalog.domain(id).areas().stream().filter(a -> !r.limitedBy().contains(a.id()))
                    .forEach(a -> others.add(rollup(a.id()).level()));
        } else {
            catalog.area(id).items().stream().filter(i -> !r.limitedBy().contains(i.id()))
                    .forEach(i -> others.add(findItem(i.id()).level()));
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

    /**
     * The warnings of one kind, in the order found.
     *
     * @param code the kind
     * @return those warnings, possibly empty
     */
    public List<Warning> warnings(WarningCode code) {
        return warnings().stream().filter(w -> w.code() == code).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && a.subject.equals(subject) && a.criteria().equals(criteria())
                && a.items().equals(items()) && a.areas().equals(areas()) && a.domains().equals(domains())
                && a.overall().equals(overall()) && a.warnings().equals(warnings()) && a.waivers().equals(waivers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, criteria(), items(), areas(), domains(), overall(), warnings());
    }

    @Override
    public String toString() {
        return "Assessment[" + (subject.isEmpty() ? "" : subject + ", ") + "overall level " + level("overall")
                + ", up to " + potential("overall") + "]";
    }
}
