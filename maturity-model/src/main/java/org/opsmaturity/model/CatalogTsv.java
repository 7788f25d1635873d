package org.opsmaturity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the catalogue from its tab-separated resources: {@code structure.tsv} (domains, areas, items)
 * and {@code <key>.tsv} per domain (one row per criterion or criterion-less cell; {@link #domainKey}). The formats are
 * documented in docs/catalog.md. Every problem is reported with the file, line and field.
 */
public final class CatalogTsv {
    static final String DIR = "org/opsmaturity/catalog/";
    /**
     * Each domain's file key, e.g. {@code 6-business-continuity}: the one name of the domain's files, the
     * catalogue's {@code catalog/<key>.tsv}, the rules' {@code rules/<key>.drl} and vocabulary
     * {@code rules/<key>.tsv}, and the rule tests' {@code cases/<key>.tsv}.
     */
    private static final Map<String, String> DOMAIN_KEYS = Map.of("1", "1-monitoring", "2", "2-incident-change",
            "3", "3-configuration", "4", "4-capacity-cost", "5", "5-high-availability", "6", "6-business-continuity",
            "7", "7-user-experience");
    private static final Pattern ID = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)\\.L([1-5])(?:\\.([1-9]\\d*))?$");
    private static final Pattern PARAM = Pattern.compile("^([a-z][A-Za-z0-9]*)=(-?[0-9.]+(?:[eE][0-9]+)?) (\\S+) (text|illustration)$");

    /** One parsed row of a domain file. */
    public record Row(String source, int line, String id, String itemId, int level, int number, String kind,
            String zh, String zhIllustration, String en, String enIllustration, List<Parameter> params, String note) {
    }

    /** One parsed row of the structure file. */
    public record StructureRow(String kind, String id, Text name, String table) {
    }

    private CatalogTsv() {
    }

    static Catalog readStandard() {
        List<StructureRow> structure = parseStructure(DIR + "structure.tsv", lines(DIR + "structure.tsv"));
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        for (StructureRow s : structure) {
            if (s.kind().equals("DOMAIN")) {
                String f = DIR + domainKey(s.id()) + ".tsv";
                rows.put(s.id(), parseDomain(f, lines(f)));
            }
        }
        return build(structure, rows, true);
    }

    /**
     * A domain's file key, e.g. {@code 6-business-continuity} for domain {@code 6}: every file of the
     * domain (catalogue, rules, vocabulary, rule tests) is named {@code <key>.<ext>}.
     *
     * @param domainId the domain's id, {@code 1} to {@code 7}
     * @return the key
     * @throws CatalogException when the model has no such domain
     */
    public static String domainKey(String domainId) {
        String key = DOMAIN_KEYS.get(domainId);
        if (key == null) {
            throw new CatalogException("domain: '" + MaturityException.cut(domainId) + "' is not valid; expected one of "
                    + new java.util.TreeSet<>(DOMAIN_KEYS.keySet()), "");
        }
        return key;
    }

    /**
     * The domains' ids in order, {@code 1} to {@code 7}.
     *
     * @return the ids
     */
    public static List<String> domainIds() {
        return DOMAIN_KEYS.keySet().stream().sorted().toList();
    }

    /**
     * The lines of a class-path resource of this module.
     *
     * @param resource the resource name
     * @return its lines
     * @throws CatalogException when it is missing
     */
    public static List<String> lines(String resource) {
        InputStream in = CatalogTsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new CatalogException("catalogue resource: '" + resource + "' is not on the class path", "");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses and checks the structure file (domains, areas, items).
     *
     * @param source the file's name, for messages
     * @param lines  its lines
     * @return its rows
     */
    public static List<StructureRow> parseStructure(String source, List<String> lines) {
        List<StructureRow> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = fields(source, n + 1, l, 5);
            if (!List.of("DOMAIN", "AREA", "ITEM").contains(f[0])) {
                throw fail(source, n + 1, "kind", f[0], "DOMAIN, AREA or ITEM");
            }
            out.add(new StructureRow(f[0], f[1], new Text(f[2], f[3]), f[4]));
        }
        return out;
    }

    /**
     * Parses and checks the rows of one domain file (ids, kinds, numbering, parameters).
     *
     * @param source the file's name, for messages
     * @param lines  its lines
     * @return its rows
     */
    public static List<Row> parseDomain(String source, List<String> lines) {
        List<Row> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int line = n + 1;
            String[] f = fields(source, line, l, 8);
            Matcher m = ID.matcher(f[0]);
            if (!m.matches()) {
                throw fail(source, line, "id", f[0], "<item>.L<1-5>.<n> or <item>.L<1-5>");
            }
            String kind = f[1];
            boolean point = m.group(3) != null;
            switch (kind) {
                case "REQUIREMENT", "SHORTFALL" -> {
                    if (!point) {
                        throw fail(source, line, "id", f[0], "a point id <item>.L<level>.<n> for kind " + kind);
                    }
                    if (f[2].isEmpty()) {
                        throw fail(source, line, "zh", "", "the point's Chinese text");
                    }
                    if (f[4].isEmpty()) {
                        throw fail(source, line, "en", "", "an English translation");
                    }
                }
                case "NONE", "SAME", "EMPTY" -> {
                    if (point) {
                        throw fail(source, line, "id", f[0], "a cell id <item>.L<level> for kind " + kind);
                    }
                }
                default -> throw fail(source, line, "kind", kind, "REQUIREMENT, SHORTFALL, NONE, SAME or EMPTY");
            }
            List<Parameter> params = new ArrayList<>();
            if (!f[6].isBlank()) {
                for (String p : f[6].split(";")) {
                    Matcher pm = PARAM.matcher(p.trim());
                    if (!pm.matches() || !Units.isKnown(pm.group(3))) {
                        throw fail(source, line, "params", p, "name=value unit text|illustration, unit one of " + Units.all());
                    }
                    params.add(new Parameter(pm.group(1), Double.parseDouble(pm.group(2)), pm.group(3),
                            pm.group(4).equals("text") ? Origin.TEXT : Origin.ILLUSTRATION));
                }
            }
            out.add(new Row(source, line, f[0], m.group(1), Integer.parseInt(m.group(2)),
                    point ? Integer.parseInt(m.group(3)) : 0, kind, f[2], f[3], f[4], f[5], params, f[7]));
        }
        return out;
    }

    /**
     * Builds a catalogue from parsed structure and domain rows. With {@code complete}, every domain of
     * the structure must have rows; without, domains without rows are left out (used by tests of one
     * domain file).
     *
     * @param structure    the structure rows
     * @param rowsByDomain the criterion rows by domain id
     * @param complete     whether every domain must have rows
     * @return the catalogue
     */
    public static Catalog build(List<StructureRow> structure, Map<String, List<Row>> rowsByDomain, boolean complete) {
        Map<String, List<Row>> rowsByItem = new LinkedHashMap<>();
        for (List<Row> rows : rowsByDomain.values()) {
            for (Row r : rows) {
                rowsByItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Domain> domains = new ArrayList<>();
        List<StructureRow> pending = new ArrayList<>(structure);
        String domainId = null;
        Text domainName = null;
        List<Area> areas = new ArrayList<>();
        String areaId = null;
        Text areaName = null;
        String table = null;
        List<Item> items = new ArrayList<>();
        pending.add(new StructureRow("DOMAIN", "", Text.EMPTY, ""));
        for (StructureRow s : pending) {
            if (!s.kind().equals("ITEM") && areaId != null) {
                areas.add(new Area(areaId, domainId, areaName, table, items));
                items = new ArrayList<>();
                areaId = null;
            }
            if (s.kind().equals("DOMAIN")) {
                if (domainId != null && (complete || rowsByDomain.containsKey(domainId))) {
                    domains.add(new Domain(domainId, domainName, areas));
                }
                areas = new ArrayList<>();
                domainId = s.id();
                domainName = s.name();
            } else if (s.kind().equals("AREA")) {
                areaId = s.id();
                areaName = s.name();
                table = s.table();
            } else {
                List<Row> rows = rowsByItem.remove(s.id());
                if (rows == null) {
                    if (complete || rowsByDomain.containsKey(domainId)) {
                        throw new CatalogException("item " + s.id() + ": no rows in " + domainKey(domainId) + ".tsv",
                                "Maybe the file is missing or the item id is misspelt.");
                    }
                    continue;
                }
                items.add(new Item(s.id(), areaId, s.name(), cells(s.id(), rows)));
            }
        }
        if (!rowsByItem.isEmpty()) {
            Row r = rowsByItem.values().iterator().next().get(0);
            throw fail(r.source(), r.line(), "id", r.id(), "an item of structure.tsv");
        }
        return Catalog.of(domains);
    }

    private static List<LevelCell> cells(String itemId, List<Row> rows) {
        List<LevelCell> cells = new ArrayList<>();
        int i = 0;
        for (int level = 1; level <= 5; level++) {
            List<Row> inLevel = new ArrayList<>();
            while (i < rows.size() && rows.get(i).level() == level) {
                inLevel.add(rows.get(i++));
            }
            if (inLevel.isEmpty()) {
                Row r = i < rows.size() ? rows.get(i) : rows.get(rows.size() - 1);
                throw fail(r.source(), r.line(), "id", r.id(), "rows of " + itemId + " level " + level
                        + " before this row (levels 1..5 in order, each level at least one row)");
            }
            Row first = inLevel.get(0);
            if (first.number() == 0) {
                if (inLevel.size() > 1) {
                    throw fail(first.source(), inLevel.get(1).line(), "id", inLevel.get(1).id(),
                            "nothing else in cell " + first.id() + " (it is " + first.kind() + ")");
                }
                cells.add(new LevelCell(itemId, level, CellKind.valueOf(first.kind()), first.zh(), List.of()));
                continue;
            }
            List<Criterion> criteria = new ArrayList<>();
            int expected = 1;
            for (Row r : inLevel) {
                if (r.number() != expected) {
                    throw fail(r.source(), r.line(), "id", r.id(), "point number " + expected + " (points 1..n in order)");
                }
                expected++;
                criteria.add(new Criterion(r.id(), itemId, level, r.number(), CriterionKind.valueOf(r.kind()),
                        new Text(r.zh(), r.en()), new Text(r.zhIllustration(), r.enIllustration()), r.params(),
                        r.note()));
            }
            cells.add(new LevelCell(itemId, level, CellKind.CRITERIA, "", criteria));
        }
        if (i < rows.size()) {
            Row r = rows.get(i);
            throw fail(r.source(), r.line(), "id", r.id(), "levels 1..5 of " + itemId + " in order");
        }
        return cells;
    }

    private static String[] fields(String source, int line, String l, int count) {
        String[] raw = l.split("\t", -1);
        if (raw.length > count) {
            throw fail(source, line, "fields", raw.length, count + " tab-separated fields");
        }
        String[] f = new String[count];
        for (int k = 0; k < count; k++) {
            f[k] = k < raw.length ? raw[k].trim() : "";
        }
        return f;
    }

    private static CatalogException fail(String source, int line, String field, Object value, String expected) {
        return new CatalogException(source + ":" + line + ": " + field + " '" + MaturityException.cut(value)
                + "' is not valid; expected " + expected, "");
    }
}
