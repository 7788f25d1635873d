package org.opsmaturity.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Attestation;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionResult;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Domain;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.Item;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.Justification;
import org.opsmaturity.model.LevelCell;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Observation;
import org.opsmaturity.model.Reason;
import org.opsmaturity.model.Warning;
import org.opsmaturity.model.WarningCode;

/**
 * What a report shows, computed once from an assessment, in one language: the scope the Markdown and
 * HTML templates render. Each section is one accessor; a new section (e.g. waivers, once assessments
 * carry them) is one more accessor and one more block in each template.
 */
public final class ReportModel {
    private final Assessment a;
    private final Catalog catalog;
    private final Labels t;
    private final LocalDate date;
    private final java.util.Locale locale;
    private String trendSection = "";

    private ReportModel(Assessment a, String lang, LocalDate date) {
        this.a = a;
        this.catalog = a.catalog();
        this.t = Labels.of(lang);
        this.date = date;
        this.locale = java.util.Locale.forLanguageTag(lang);
    }

    public static ReportModel of(Assessment a, String lang, LocalDate date) {
        return new ReportModel(a, lang, date);
    }

    /** The same model with the history section (HTML from {@link TrendCharts#html()}). */
    ReportModel withTrendSection(String html) {
        this.trendSection = html;
        return this;
    }

    /** The history section, or nothing. */
    public String trendSection() {
        return trendSection;
    }

    // ---------------------------------------------------------------- header and summary

    public Labels t() {
        return t;
    }

    public String lang() {
        return t.lang();
    }

    /** "zh-CN" or "en", for the html lang attribute. */
    public String htmlLang() {
        return "zh".equals(t.lang()) ? "zh-CN" : "en";
    }

    public String subject() {
        return a.subject().isEmpty() ? t.format("unnamed") : a.subject();
    }

    public String generated() {
        return t.format("generated", date, catalog.requirements().size(), catalog.criteria().size(),
                catalog.criteria().size() - catalog.requirements().size());
    }

    public String footer() {
        return t.format("footer", subject());
    }

    public int overallLevel() {
        return a.overall().level();
    }

    public int overallPotential() {
        return a.overall().potential();
    }

    public String overallUpTo() {
        return t.format("upTo", a.overall().potential());
    }

    public String overallLine() {
        return t.format("upToLong", a.overall().level(), a.overall().potential());
    }

    public String overallLimitedBy() {
        return t.format("limitedByDomains", a.overall().limitedBy().stream()
                .map(this::named).collect(Collectors.joining(", ")));
    }

    /** The overall score with a label that says what it is (not the level). */
    public String overallScore() {
        return t.format("overallScore", String.format(java.util.Locale.ROOT, "%.2f", a.overall().score()));
    }

    /** True when every domain's potential level is its confirmed level: the radar has no potential line to show. */
    public boolean noUnknowns() {
        return a.domains().stream().allMatch(d -> d.potential() == d.level());
    }

    public String counts() {
        return t.format("countsLine", count(CriterionStatus.MET), count(CriterionStatus.NOT_MET),
                count(CriterionStatus.UNKNOWN), a.warnings(WarningCode.CONFLICT).size());
    }

    private long count(CriterionStatus status) {
        return requirementResults().stream().filter(c -> c.status() == status).count();
    }

    private List<CriterionResult> requirementResults() {
        return a.criteria().stream().filter(c -> catalog.criterion(c.criterionId()).isRequirement()).toList();
    }

    // ---------------------------------------------------------------- domains and the radar

    public record DomainRow(String id, String name, int level, int potential, String bar, String limitedBy) {
    }

    public List<DomainRow> domains() {
        return a.domains().stream().map(d -> new DomainRow(d.id(), d.name().in(lang()), d.level(), d.potential(),
                bar(d.level(), d.potential()), limiting(d))).toList();
    }

    /** ■ confirmed, ▣ potential, □ not reached: "■■▣□□". */
    static String bar(int level, int potential) {
        StringBuilder s = new StringBuilder();
        for (int l = 1; l <= 5; l++) {
            s.append(l <= level ? '■' : l <= potential ? '▣' : '□');
        }
        return s.toString();
    }

    /** The areas and items that hold a domain down, each id with its name: "1.2 Name (1.2.1 Name, 1.2.2 Name)". */
    private String limiting(LevelResult domain) {
        return domain.limitedBy().stream().map(area -> named(area) + " (" + a.rollup(area).limitedBy().stream()
                .map(item -> item + " " + a.item(item).name().in(lang())).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
    }

    /** An area or domain id with its name. */
    private String named(String id) {
        return id + " " + a.rollup(id).name().in(lang());
    }

    public Radar radar() {
        return Radar.of(a.domains(), lang());
    }

    // ---------------------------------------------------------------- heatmap

    public Heatmap heatmap() {
        List<Heatmap.Row> rows = new ArrayList<>();
        for (Domain d : catalog.domains()) {
            for (Item i : d.items()) {
                ItemResult r = a.item(i.id());
                List<Heatmap.Share> shares = new ArrayList<>();
                for (LevelCell c : i.levels()) {
                    List<Criterion> reqs = c.requirements();
                    int met = (int) reqs.stream().filter(k -> a.status(k.id()) == CriterionStatus.MET).count();
                    String title = reqs.isEmpty() ? t.format("cellNone", i.id(), c.level())
                            : t.format("cellTitle", i.id(), c.level(), met, reqs.size());
                    shares.add(new Heatmap.Share(c.level(), met, reqs.size(), title));
                }
                rows.add(new Heatmap.Row(i.id(), i.id() + " " + i.name().in(lang()), r.level(), shares));
            }
        }
        return Heatmap.of(rows);
    }

    // ---------------------------------------------------------------- gaps, conflicts, unknowns

    public record CriterionLine(String id, String status, String statusLabel, String text) {
    }

    public record ItemGaps(String id, String name, int level, int potential, String next, List<CriterionLine> gaps) {
    }

    public List<ItemGaps> gaps() {
        List<ItemGaps> out = new ArrayList<>();
        for (ItemResult i : a.items()) {
            if (i.gaps().isEmpty()) {
                continue;
            }
            List<CriterionLine> lines = new ArrayList<>();
            for (Gap g : i.gaps()) {
                lines.add(line(g.criterionId(), g.status()));
            }
            out.add(new ItemGaps(i.itemId(), i.name().in(lang()), i.level(), i.potential(),
                    t.format("nextLevel", i.level() + 1), lines));
        }
        return out;
    }

    private CriterionLine line(String id, CriterionStatus status) {
        return new CriterionLine(id, status.name(), t.format("status." + status.name()),
                catalog.criterion(id).text().in(lang()));
    }

    public record Conflict(String id, String text, String message, List<String> evidence) {
    }

    public List<Conflict> conflicts() {
        return a.warnings(WarningCode.CONFLICT).stream().map(w -> new Conflict(w.subject(),
                catalog.findCriterion(w.subject()).map(c -> c.text().in(lang())).orElse(""), w.messageIn(locale),
                evidence(a.criterion(w.subject())))).toList();
    }

    /** A waiver of the assessor: applied (the criterion is not applicable) or expired. */
    public record WaiverRow(String id, String text, String kind, String reason, String approver, String expires,
            String state) {
    }

    public List<WaiverRow> waivers() {
        return a.waivers().stream().map(w -> new WaiverRow(w.waiver().criterionId(),
                catalog.findCriterion(w.waiver().criterionId()).map(c -> c.text().in(lang())).orElse(""),
                t.format("waiver." + w.waiver().kind().name().toLowerCase(java.util.Locale.ROOT)), w.waiver().reason(),
                w.waiver().approver(), w.waiver().expires().map(Object::toString).orElse("-"),
                t.format(w.applied() ? "waiver.applied" : "waiver.expired"))).toList();
    }

    public boolean hasWaivers() {
        return !a.waivers().isEmpty();
    }

    public List<ItemGaps> unknowns() {
        List<ItemGaps> out = new ArrayList<>();
        for (ItemResult i : a.items()) {
            if (i.unknowns().isEmpty()) {
                continue;
            }
            List<CriterionLine> lines = i.unknowns().stream().map(id -> line(id, CriterionStatus.UNKNOWN)).toList();
            out.add(new ItemGaps(i.itemId(), i.name().in(lang()), i.level(), i.potential(),
                    t.format("upTo", i.potential()), lines));
        }
        return out;
    }

    // ---------------------------------------------------------------- criteria with evidence

    public record CriterionRow(String id, int level, String status, String statusLabel, String source, String text,
            List<String> evidence) {
    }

    public record DomainCriteria(String id, String name, String count, List<CriterionRow> criteria) {
    }

    public List<DomainCriteria> criteria() {
        List<DomainCriteria> out = new ArrayList<>();
        for (Domain d : catalog.domains()) {
            List<CriterionRow> rows = new ArrayList<>();
            for (Item i : d.items()) {
                for (Criterion c : i.criteria()) {
                    if (!c.isRequirement()) {
                        continue;
                    }
                    CriterionResult r = a.criterion(c.id());
                    rows.add(new CriterionRow(c.id(), c.level(), r.status().name(), t.format("status." + r.status().name()),
                            t.format("source." + r.source().name()), c.text().in(lang()), evidence(r)));
                }
            }
            out.add(new DomainCriteria(d.id(), d.name().in(lang()), t.format("criteriaCount", rows.size()), rows));
        }
        return out;
    }

    /**
     * One line per justification: the reason in the report's language (rendered from its typed data), then the
     * evidence of the attestations and observations it used that the reason does not show already.
     */
    List<String> evidence(CriterionResult r) {
        List<String> lines = new ArrayList<>();
        for (Justification j : r.justifications()) {
            StringBuilder s = new StringBuilder(j.reasonIn(locale));
            for (Attestation x : j.attestations()) {
                if (!x.evidence().isEmpty() && !shows(j.why(), x)) {
                    s.append(" — ").append(x.evidence().display());
                }
            }
            for (Observation o : j.observations()) {
                if (!o.evidence().isEmpty()) {
                    s.append(" — ").append(o.name()).append(": ").append(o.evidence().display());
                }
            }
            lines.add(s.toString());
        }
        return lines;
    }

    /** Whether a reason shows an attestation's evidence itself: it is that attestation (perhaps declared). */
    private static boolean shows(Reason why, Attestation x) {
        return why instanceof Reason.Attested a ? a.attestation().equals(x)
                : why instanceof Reason.Declared d && shows(d.outcome(), x);
    }

    public boolean hasGaps() {
        return a.items().stream().anyMatch(i -> !i.gaps().isEmpty());
    }

    public boolean hasConflicts() {
        return !a.warnings(WarningCode.CONFLICT).isEmpty();
    }

    public boolean hasUnknowns() {
        return a.items().stream().anyMatch(i -> !i.unknowns().isEmpty());
    }

    public boolean hasWarnings() {
        return a.warnings().stream().anyMatch(w -> w.code() != WarningCode.CONFLICT);
    }

    // ---------------------------------------------------------------- other warnings

    public record WarningLine(String code, String subject, String message) {
    }

    public List<WarningLine> warnings() {
        return a.warnings().stream().filter(w -> w.code() != WarningCode.CONFLICT)
                .map((Warning w) -> new WarningLine(w.code().name(), w.subject(), w.messageIn(locale))).toList();
    }
}
