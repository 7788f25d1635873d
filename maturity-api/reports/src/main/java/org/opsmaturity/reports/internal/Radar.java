package org.opsmaturity.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opsmaturity.model.LevelResult;

/**
 * The geometry of the radar chart of the domains: one axis per domain, rings at levels 1 to 5, the
 * confirmed and the potential level as polygons. Coordinates are in the SVG's user units; the template
 * draws them.
 */
public record Radar(int width, int height, String center, List<Ring> rings, List<Axis> axes, String confirmed,
        String potential, List<Dot> dots) {
    static final int WIDTH = 640;
    static final int HEIGHT = 500;
    static final double CX = 320;
    static final double CY = 250;
    static final double RADIUS = 165;
    static final double LINE = 17;

    public record Ring(int level, String points, String x, String y) {
    }

    public record Axis(String x, String y, String anchor, List<Label> label) {
    }

    public record Label(String x, String y, String text) {
    }

    public record Dot(String x, String y, String title) {
    }

    public Radar {
        rings = List.copyOf(rings);
        axes = List.copyOf(axes);
        dots = List.copyOf(dots);
    }

    static Radar of(List<LevelResult> domains, String lang) {
        int n = domains.size();
        List<Ring> rings = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < n; i++) {
                p.append(p.length() == 0 ? "" : " ").append(point(i, n, level));
            }
            rings.add(new Ring(level, p.toString(), f(CX + 3), f(CY - RADIUS * level / 5.0 + 4)));
        }
        List<Axis> axes = new ArrayList<>();
        StringBuilder confirmed = new StringBuilder();
        StringBuilder potential = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LevelResult d = domains.get(i);
            double angle = angle(i, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
            List<String> lines = wrap(d.id() + " " + d.name().in(lang) + " (" + d.level() + ")", "zh".equals(lang) ? 16 : 18);
            double lx = CX + (RADIUS + 14) * cos;
            double ly = CY + (RADIUS + 14) * sin;
            double top;
            if (sin < -0.5) {
                top = ly - LINE * (lines.size() - 1) - 2;
            } else if (sin > 0.5) {
                top = ly + LINE - 2;
            } else {
                top = ly - LINE * (lines.size() - 1) / 2.0 + 4;
            }
            List<Label> label = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                label.add(new Label(f(lx), f(top + k * LINE), lines.get(k)));
            }
            axes.add(new Axis(f(CX + RADIUS * cos), f(CY + RADIUS * sin), anchor, label));
            confirmed.append(confirmed.length() == 0 ? "" : " ").append(point(i, n, d.level()));
            potential.append(potential.length() == 0 ? "" : " ").append(point(i, n, d.potential()));
            dots.add(new Dot(f(CX + RADIUS * d.level() / 5.0 * cos), f(CY + RADIUS * d.level() / 5.0 * sin),
                    d.id() + " " + d.name().in(lang) + ": " + d.level() + " / " + d.potential()));
        }
        return new Radar(WIDTH, HEIGHT, f(CX) + "," + f(CY), rings, axes, confirmed.toString(), potential.toString(),
                dots);
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String point(int i, int n, double level) {
        double r = RADIUS * level / 5.0;
        return f(CX + r * Math.cos(angle(i, n))) + "," + f(CY + r * Math.sin(angle(i, n)));
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Splits a label into lines of at most {@code max} display columns, at spaces where there are any. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            for (String part : chunks(word, max)) {
                if (line.length() > 0 && width(line) + 1 + width(part) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(part);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> chunks(String word, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (s.length() > 0 && width(s) + width(c) > max) {
                out.add(s.toString());
                s.setLength(0);
            }
            s.append(c);
            i += Character.charCount(cp);
        }
        if (s.length() > 0) {
            out.add(s.toString());
        }
        return out;
    }

    /** Display columns: CJK characters take two. */
    static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
