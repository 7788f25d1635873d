package org.opsmaturity.samples.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Gap;
import org.opsmaturity.model.ItemResult;
import org.opsmaturity.model.LevelResult;
import org.opsmaturity.model.Warning;

/** The plain-text table of an assessment: items, then areas, domains, overall, then warnings. */
final class TableReport {
    private final Assessment a;
    private final String lang;

    TableReport(Assessment a, String lang) {
        this.a = a;
        this.lang = lang;
    }

    String render() {
        Words w = new Words(lang);
        StringBuilder s = new StringBuilder();
        s.append(w.get("assessmentOf", a.subject().isEmpty() ? w.get("unnamed") : Output.shown(a.subject()))).append("\n\n");
        int nameWidth = Math.max(width(w.get("name")),
                a.items().stream().mapToInt(i -> width(Output.shown(i.name().in(lang)))).max().orElse(10));
        int idWidth = Math.max(width(w.get("item")) + 1, Math.max(6, a.items().stream().mapToInt(i -> i.itemId().length() + 1)
                .max().orElse(6)));
        int levelWidth = Math.max(7, width(w.get("level")) + 2);
        int upToWidth = Math.max(7, width(w.get("upTo")) + 2);
        s.append(pad(w.get("item"), idWidth)).append(pad(w.get("name"), nameWidth + 2)).append(pad(w.get("level"), levelWidth))
                .append(pad(w.get("upTo"), upToWidth)).append(w.get("gaps")).append('\n');
        for (ItemResult i : a.items()) {
            s.append(pad(i.itemId(), idWidth)).append(pad(Output.shown(i.name().in(lang)), nameWidth + 2))
                    .append(pad(Integer.toString(i.level()), levelWidth)).append(pad(Integer.toString(i.potential()), upToWidth))
                    .append(gaps(i.gaps(), w)).append('\n');
        }
        s.append('\n');
        int rollWidth = Math.max(width(w.get("name")),
                a.domains().stream().mapToInt(d -> width(Output.shown(d.name().in(lang)))).max().orElse(10));
        int domainWidth = Math.max(width(w.get("domain")) + 2,
                Math.max(8, a.domains().stream().mapToInt(d -> d.id().length() + 2).max().orElse(8)));
        s.append(pad(w.get("domain"), domainWidth)).append(pad(w.get("name"), rollWidth + 2)).append(pad(w.get("level"), levelWidth))
                .append(pad(w.get("upTo"), upToWidth)).append(w.get("limitedBy")).append('\n');
        for (LevelResult d : a.domains()) {
            s.append(pad(d.id(), domainWidth)).append(pad(Output.shown(d.name().in(lang)), rollWidth + 2))
                    .append(pad(Integer.toString(d.level()), levelWidth)).append(pad(Integer.toString(d.potential()), upToWidth))
                    .append(limiting(d)).append('\n');
        }
        LevelResult o = a.overall();
        s.append('\n').append(w.get("overall", o.level(), o.potential(), w.get(o.limitedBy().size() == 1 ? "domainsOne"
                : "domainsMany", String.join(", ", o.limitedBy())))).append('\n');
        long requirements = a.criteria().stream().filter(c -> a.catalog().criterion(c.criterionId()).isRequirement()).count();
        s.append(w.get("requirementsLine", count(CriterionStatus.MET), count(CriterionStatus.NOT_MET),
                count(CriterionStatus.UNKNOWN), requirements)).append('\n');
        if (!a.warnings().isEmpty()) {
            s.append('\n').append(w.get("warnings")).append('\n');
            for (Warning warning : a.warnings()) {
                s.append("  ").append(w.warning(warning.code())).append("  ").append(Output.shown(warning.messageIn(w.locale()))).append('\n');
            }
        }
        return s.toString();
    }

    private long count(CriterionStatus status) {
        return a.criteria().stream().filter(c -> c.status() == status
                && a.catalog().criterion(c.criterionId()).isRequirement()).count();
    }

    private String limiting(LevelResult r) {
        // the lowest area of a domain, then its lowest items
        List<String> areas = r.limitedBy();
        return areas.stream().map(id -> {
            LevelResult area = a.rollup(id);
            return id + " (" + String.join(", ", area.limitedBy()) + ")";
        }).collect(Collectors.joining("; "));
    }

    private static String gaps(List<Gap> gaps, Words w) {
        if (gaps.isEmpty()) {
            return "-";
        }
        return gaps.stream().map(g -> g.criterionId() + " " + w.get(g.status() == CriterionStatus.NOT_MET
                ? "gap.NOT_MET" : "gap.UNKNOWN")).collect(Collectors.joining(w.zh() ? "，" : ", "));
    }

    /** Display width: CJK and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    static String pad(String s, int w) {
        StringBuilder b = new StringBuilder(s);
        for (int i = width(s); i < w; i++) {
            b.append(' ');
        }
        return b.toString();
    }
}
