package org.opsmaturity.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of the seed's markdown tables (test code only): for every item and level the
 * cell's raw text, and the number of points counted from the text itself.
 */
final class SeedTables {
    private static final Pattern TABLE = Pattern.compile("^#{4,5}\\s*表(\\d+)");
    private static final Pattern POINT = Pattern.compile("(?<![0-9A-Za-z.])(\\d{1,2})[、.](?![0-9])");

    /** cell text by cell id {@code 1.1.1.L3}; a level missing from a table maps to "". */
    final Map<String, String> cells = new LinkedHashMap<>();

    static SeedTables read(List<CatalogTsv.StructureRow> structure) {
        String text;
        try (InputStream in = SeedTables.class.getResourceAsStream("/seed/seed.zh.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // areas in structure order, each with its items
        List<String> areaIds = new ArrayList<>();
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (CatalogTsv.StructureRow r : structure) {
            if (r.kind().equals("AREA")) {
                areaIds.add(r.id());
                items.put(r.id(), new ArrayList<>());
            } else if (r.kind().equals("ITEM")) {
                items.get(areaIds.get(areaIds.size() - 1)).add(r.id());
            }
        }
        SeedTables t = new SeedTables();
        String[] lines = text.split("\n");
        int tableIndex = -1; // the first table (表1) is the overview, not an area
        for (int i = 0; i < lines.length; i++) {
            if (!TABLE.matcher(lines[i]).find()) {
                continue;
            }
            tableIndex++;
            if (tableIndex == 0) {
                continue;
            }
            String area = areaIds.get(tableIndex - 1);
            List<String> areaItems = items.get(area);
            int j = i + 1;
            while (j < lines.length && !lines[j].startsWith("|")) {
                j++;
            }
            j += 2; // header and separator
            for (; j < lines.length && lines[j].startsWith("|"); j++) {
                String[] cols = lines[j].split("\\|", -1);
                int level = Integer.parseInt(cols[1].trim());
                for (int c = 0; c < areaItems.size(); c++) {
                    String cell = c + 2 < cols.length ? cols[c + 2].trim() : "";
                    t.cells.put(areaItems.get(c) + ".L" + level, cell);
                }
            }
            for (String item : areaItems) {
                for (int level = 1; level <= 5; level++) {
                    t.cells.putIfAbsent(item + ".L" + level, "");
                }
            }
        }
        return t;
    }

    /** The cell kind as read from the text. */
    static CellKind kind(String cell) {
        String c = cell.replace("**", "").trim();
        if (c.isEmpty()) {
            return CellKind.EMPTY;
        }
        if (c.equals("无") || c.equals("1.无") || c.equals("1、无")) {
            return CellKind.NONE;
        }
        if (c.equals("同上")) {
            return CellKind.SAME;
        }
        return CellKind.CRITERIA;
    }

    /** Number of points in a cell: numbered 1, 2, 3 ... in order, or 1 for one unnumbered statement. */
    static int points(String cell) {
        if (kind(cell) != CellKind.CRITERIA) {
            return 0;
        }
        Matcher m = POINT.matcher(cell);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                expected++;
            }
        }
        return Math.max(1, expected - 1);
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "").replace("<br>", "");
    }
}
