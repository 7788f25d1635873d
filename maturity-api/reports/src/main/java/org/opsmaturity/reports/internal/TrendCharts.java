package org.opsmaturity.reports.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.opsmaturity.history.Trend;
import org.opsmaturity.model.Assessment;

/**
 * The report's history section: one small line chart per domain of the subject's recorded runs (confirmed
 * level, potential dashed), with a dashed vertical mark where the rules changed (model, library or profile),
 * so a move there is not read as real movement. Rendered by {@code trends.html.mustache} into the report.
 */
public record TrendCharts(Labels t, List<Chart> charts, List<String> notes) {
    static final int WIDTH = 320;
    static final int HEIGHT = 150;
    static final double LEFT = 26;
    static final double RIGHT = 12;
    static final double TOP = 10;
    static final double BOTTOM = 24;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public record Chart(String id, String title, int width, int height, List<Tick> ticks, String confirmed, String potential,
            List<Dot> dots, List<Mark> marks, String first, String last, String lastX, String axisY) {
    }

    public record Tick(int level, String y, String x2) {
    }

    public record Dot(String x, String y, String title) {
    }

    public record Mark(String x, String y1, String y2, String title) {
    }

    public TrendCharts {
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    /** The charts of {@code trends} (one per domain of {@code a}, in its order). */
    public static TrendCharts of(Assessment a, List<Trend> trends, String lang) {
        Labels t = Labels.of(lang);
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Trend trend : trends) {
            String name = a.rollup(trend.target()).name().in(lang);
            List<Trend.Point> p = trend.points();
            int n = p.size();
            double plotW = WIDTH - LEFT - RIGHT;
            double plotH = HEIGHT - TOP - BOTTOM;
            List<Tick> ticks = new ArrayList<>();
            for (int level = 0; level <= 5; level++) {
                ticks.add(new Tick(level, Radar.f(TOP + plotH * (5 - level) / 5.0), Radar.f(WIDTH - RIGHT)));
            }
            StringBuilder confirmed = new StringBuilder();
            StringBuilder potential = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Trend.Point q = p.get(i);
                double x = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
                String y = Radar.f(TOP + plotH * (5 - q.level()) / 5.0);
                String py = Radar.f(TOP + plotH * (5 - q.potential()) / 5.0);
                confirmed.append(i == 0 ? "" : " ").append(Radar.f(x)).append(',').append(y);
                potential.append(i == 0 ? "" : " ").append(Radar.f(x)).append(',').append(py);
                String day = DAY.format(q.run().assessedAt());
                dots.add(new Dot(Radar.f(x), y, t.format("trendsPoint", day, q.level(), q.potential())));
                if (!q.comparable()) {
                    String why = t.format("trendsRulesChanged", day, q.rulesChange());
                    marks.add(new Mark(Radar.f(x), Radar.f(TOP), Radar.f(TOP + plotH), why));
                    if (!notes.contains(why)) {
                        notes.add(why);
                    }
                }
            }
            String first = n == 0 ? "" : DAY.format(p.get(0).run().assessedAt());
            String last = n < 2 ? "" : DAY.format(p.get(n - 1).run().assessedAt());
            charts.add(new Chart(trend.target(), trend.target() + " " + name, WIDTH, HEIGHT, ticks, confirmed.toString(),
                    potential.toString(), dots, marks, first, last, Radar.f(WIDTH - RIGHT), Radar.f(HEIGHT - 6)));
        }
        return new TrendCharts(t, charts, notes);
    }

    /** The section as HTML, for the report's {@code {{{trendSection}}}}. */
    public String html() {
        return Templates.render(Templates.HTML, "trends.html.mustache", this);
    }
}
