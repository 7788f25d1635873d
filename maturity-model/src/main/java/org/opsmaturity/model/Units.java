package org.opsmaturity.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units of observations and thresholds, grouped in families whose members convert into each other.
 * Durations (ms, s, min, h, d), data volumes (B, KB, MB, GB, TB, PB; decimal, 1 KB = 1000 B),
 * availability (% of the year, or min/yr of downtime: 99.95 % = 262.8 min/yr), percent (%), growth
 * rate (%/h), count and level. Comparisons allow a relative tolerance of 1e-9, so a boundary given in
 * another unit of the same family compares equal despite binary rounding.
 */
public final class Units {
    /** Minutes in a (365-day) year, used to convert availability to downtime. */
    public static final double MINUTES_PER_YEAR = 365 * 24 * 60;

    private static final Map<String, Map<String, Double>> FAMILIES = new LinkedHashMap<>();
    /** The sorted units of each family, computed once (the fact checker asks for every number). */
    private static final Map<String, List<String>> SORTED = new LinkedHashMap<>();
    /** For each unit, the units it converts to (those of every family it belongs to), for {@link #convertible}. */
    private static final Map<String, Set<String>> CONVERTS_TO = new java.util.HashMap<>();

    static {
        FAMILIES.put("duration", Map.of("ms", 0.001, "s", 1.0, "min", 60.0, "h", 3600.0, "d", 86400.0));
        FAMILIES.put("data", Map.of("B", 1.0, "KB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12, "PB", 1e15));
        FAMILIES.put("availability", Map.of("%", 1.0, "min/yr", Double.NaN));
        FAMILIES.put("percent", Map.of("%", 1.0));
        FAMILIES.put("rate", Map.of("%/h", 1.0));
        FAMILIES.put("count", Map.of("count", 1.0));
        FAMILIES.put("level", Map.of("level", 1.0));
        FAMILIES.forEach((family, units) -> SORTED.put(family, units.keySet().stream().sorted().toList()));
        FAMILIES.values().forEach(units -> units.keySet().forEach(
                u -> CONVERTS_TO.computeIfAbsent(u, k -> new java.util.HashSet<>()).addAll(units.keySet())));
    }

    private Units() {
    }

    /**
     * The unit families, e.g. {@code duration}, {@code percent}.
     *
     * @return the family names
     */
    public static Set<String> families() {
        return java.util.Collections.unmodifiableSet(FAMILIES.keySet());
    }

    /**
     * The units of a family, e.g. {@code [ms, s, min, h, d]} for duration.
     *
     * @param family a family name
     * @return its units, sorted
     * @throws CatalogException when the family is not known
     */
    public static List<String> unitsOf(String family) {
        List<String> units = SORTED.get(family);
        if (units == null) {
            throw new CatalogException("unit family: '" + family + "' is not known; expected one of " + families(), "");
        }
        return units;
    }

    /**
     * Whether a unit belongs to a family.
     *
     * @param unit e.g. {@code min}
     * @return true when it is known
     */
    public static boolean isKnown(String unit) {
        return FAMILIES.values().stream().anyMatch(m -> m.containsKey(unit));
    }

    /**
     * Every known unit.
     *
     * @return the units, sorted
     */
    public static List<String> all() {
        return FAMILIES.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    /**
     * Whether a unit belongs to a given family.
     *
     * @param family a family name
     * @param unit   a unit
     * @return true when the family has that unit
     */
    public static boolean fits(String family, String unit) {
        Map<String, Double> units = FAMILIES.get(family);
        return units != null && units.containsKey(unit);
    }

    /**
     * Whether a value in {@code from} can be converted to {@code to}.
     *
     * @param from the unit of the value
     * @param to   the unit wanted
     * @return true when both are of one family
     */
    public static boolean convertible(String from, String to) {
        Set<String> targets = CONVERTS_TO.get(from);
        return targets != null && targets.contains(to);
    }

    /**
     * Converts a value between units of one family. Availability converts between % and min/yr of
     * downtime: {@code pct = 100 * (1 - min / 525600)}.
     *
     * @param value the value
     * @param from  its unit
     * @param to    the unit wanted
     * @return the value in {@code to}
     * @throws CatalogException when the units are of different families
     */
    public static double convert(double value, String from, String to) {
        if (from.equals(to)) {
            return value;
        }
        if (from.equals("min/yr") && to.equals("%")) {
            return 100.0 * (1.0 - value / MINUTES_PER_YEAR);
        }
        if (from.equals("%") && to.equals("min/yr")) {
            return (100.0 - value) / 100.0 * MINUTES_PER_YEAR;
        }
        for (Map<String, Double> units : FAMILIES.values()) {
            Double f = units.get(from);
            Double t = units.get(to);
            if (f != null && t != null && !f.isNaN() && !t.isNaN()) {
                return value * f / t;
            }
        }
        throw new CatalogException("unit: '" + from + "' cannot be converted to '" + to + "'",
                "Maybe use a unit of the same family: " + familyOf(to).map(Units::unitsOf).orElse(List.of()));
    }

    /**
     * The family of a unit.
     *
     * @param unit e.g. {@code s}
     * @return the family, or empty when the unit is not known
     */
    public static java.util.Optional<String> familyOf(String unit) {
        return FAMILIES.entrySet().stream().filter(e -> e.getValue().containsKey(unit)).map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * Compares two numbers with a relative tolerance of 1e-9.
     *
     * @param a a number
     * @param b another
     * @return -1, 0 or 1
     */
    public static int compare(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.compare(a, b); // no tolerance for infinities and NaN: infinity is not "equal" to 99.95
        }
        double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) <= 1e-9 * scale) {
            return 0;
        }
        return a < b ? -1 : 1;
    }

    /**
     * A number without trailing zeros: 99.95, 60, 1.5E15 as 1500000000000000.
     *
     * @param value the number
     * @return its text
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e18) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
