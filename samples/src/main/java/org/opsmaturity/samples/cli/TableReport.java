package org.opsmaturity.samples.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.Assessment;
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
        StringBuilder s = new StringBuilder();
        s.append("Assessment of ").append(a.subject().isEmpty() ? "(unnamed subject)" : Output.shown(a.subject())).append("\n\n");
        int nameWidth = a.items().stream().mapToInt(i -> width(Output.shown(i.name().in(lang)))).max().orElse(10);
        int idWidth = Math.max(6, a.items().stream().mapToInt(i -> i.itemId().length() + 1).max().orElse(6));
        s.append(pad("item", idWidth)).append(pad("name", nameWidth + 2)).append("level  up to  next-level gaps\n");
        for (ItemResult i : a.items()) {
            s.append(pad(i.itemId(), idWidth)).append(pad(Output.shown(i.name().in(lang)), nameWidth + 2))
                    .append(pad(Integer.toString(i.level()), 7)).append(pad(Integer.toString(i.potential()), 7))
                    .append(gaps(i.gaps())).append('\n');
        }
        s.append('\n');
        int rollWidth = a.domains().stream().mapToInt(d -> width(Output.shown(d.name().in(lang)))).max().orElse(10);
        int domainWidth = Math.max(8, a.domains().stream().mapToInt(d -> d.id().length() + 2).max().orElse(8));
        s.append(pad("domain", domainWidth)).append(pad("name", rollWidth + 2)).append("level  up to  limited by\n");
        for (LevelResult d : a.domains()) {
            s.append(pad(d.id(), domainWidth)).append(pad(Output.shown(d.name().in(lang)), rollWidth + 2))
                    .append(pad(Integer.toString(d.level()), 7)).append(pad(Integer.toString(d.potential()), 7))
                    .append(limiting(d)).append('\n');
        }
        LevelResult o = a.overall();
        s.append('\n').append("overall: level ").append(o.level()).append(", up to ").append(o.potential())
                .append(" (limited by domain").append(o.limitedBy().size() == 1 ? " " : "s ")
                .append(String.join(", ", o.limitedBy())).append(")\n");
        long unknown = count(org.opsmaturity.model.CriterionStatus.UNKNOWN);
        s.append("criteria: ").append(count(org.opsmaturity.model.CriterionStatus.MET)).append(" met, ")
                .append(count(org.opsmaturity.model.CriterionStatus.NOT_MET)).append(" not met, ").append(unknown)
                .append(" unknown\n");
        if (!a.warnings().isEmpty()) {
            s.append("\nwarnings:\n");
            for (Warning w : a.warnings()) {
                s.append("  ").append(w.code()).append("  ").append(Output.shown(w.message())).append('\n');
            }
        }
        return s.toString();
    }

    private long count(org.opsmaturity.model.CriterionStatus status) {
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

    private static String gaps(List<Gap> gaps) {
        if (gaps.isEmpty()) {
            return "-";
        }
        String text = gaps.stream().map(g -> g.criterionId() + (g.status() == org.opsmaturity.model.CriterionStatus.NOT_MET
                ? " missing" : " unknown")).collect(Collectors.joining(", "));
        return text;
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
