package org.opsmaturity.reports.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the heatmap: one row per item, one column per level, each cell coloured by the share
 * of the level's requirements that are met (red none, yellow half, green all; grey when the level
 * requires nothing). Cells up to the item's confirmed level are outlined.
 */
public record Heatmap(int width, int height, int labelWidth, List<Column> columns, List<Row> rows) {
    static final int CELL_W = 62;
    static final int CELL_H = 20;
    static final int GAP = 2;
    static final int HEADER = 26;
    static final int DOMAIN_GAP = 8;

    /** The share of one cell, before layout. */
    public record Share(int level, int met, int required, String title) {
        /** "3/5", or a dash when nothing is required. */
        public String text() {
            return required == 0 ? "—" : met + "/" + required;
        }

        /** For Markdown: a coloured square and the count. */
        public String md() {
            String square = required == 0 ? "⬜" : met == required ? "🟩" : met * 2 >= required ? "🟨" : met > 0 ? "🟧" : "🟥";
            return square + " " + text();
        }

        public String fill() {
            return required == 0 ? "#e8e8e8" : colour((double) met / required);
        }

        public String ink() {
            if (required == 0) {
                return "#777777";
            }
            double s = (double) met / required;
            return s < 0.2 || s > 0.85 ? "#ffffff" : "#222222";
        }
    }

    public record Cell(String x, String y, int w, int h, String tx, String ty, String fill, String ink, String text,
            String title, boolean outlined) {
    }

    public record Row(String id, String label, int level, List<Share> shares, String y, String ty, List<Cell> cells) {
        Row(String id, String label, int level, List<Share> shares) {
            this(id, label, level, shares, "", "", List.of());
        }

        public Row {
            shares = List.copyOf(shares);
            cells = List.copyOf(cells);
        }
    }

    public record Column(String x, String text) {
    }

    public Heatmap {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static Heatmap of(List<Row> rows) {
        int maxLabel = rows.stream().mapToInt(r -> Radar.width(r.label())).max().orElse(10);
        int labelWidth = (int) Math.min(380, 12 + maxLabel * 6.2);
        List<Column> columns = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            columns.add(new Column(Radar.f(labelWidth + (l - 1) * (CELL_W + GAP) + CELL_W / 2.0), "L" + l));
        }
        List<Row> laid = new ArrayList<>();
        double y = HEADER;
        String domain = null;
        for (Row r : rows) {
            String d = r.id().substring(0, r.id().indexOf('.'));
            if (domain != null && !domain.equals(d)) {
                y += DOMAIN_GAP;
            }
            domain = d;
            List<Cell> cells = new ArrayList<>();
            for (Share s : r.shares()) {
                double x = labelWidth + (s.level() - 1) * (CELL_W + GAP);
                cells.add(new Cell(Radar.f(x), Radar.f(y), CELL_W, CELL_H, Radar.f(x + CELL_W / 2.0),
                        Radar.f(y + CELL_H / 2.0 + 4), s.fill(), s.ink(), s.text(), s.title(), s.level() <= r.level()));
            }
            laid.add(new Row(r.id(), r.label(), r.level(), r.shares(), Radar.f(y), Radar.f(y + CELL_H / 2.0 + 4), cells));
            y += CELL_H + GAP;
        }
        int width = labelWidth + 5 * (CELL_W + GAP) + 4;
        return new Heatmap(width, (int) Math.ceil(y) + 4, labelWidth, columns, laid);
    }

    /** Red (0) through yellow (0.5) to green (1). */
    static String colour(double share) {
        int[] red = {0xd7, 0x30, 0x27};
        int[] yellow = {0xfe, 0xe0, 0x8b};
        int[] green = {0x1a, 0x98, 0x50};
        int[] from = share < 0.5 ? red : yellow;
        int[] to = share < 0.5 ? yellow : green;
        double t = share < 0.5 ? share * 2 : (share - 0.5) * 2;
        StringBuilder s = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            s.append(String.format("%02x", (int) Math.round(from[i] + (to[i] - from[i]) * t)));
        }
        return s.toString();
    }
}
