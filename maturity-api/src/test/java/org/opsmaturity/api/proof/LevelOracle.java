package org.opsmaturity.api.proof;

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

/**
 * An independent implementation of the level semantics of docs/levels.md, for differential tests.
 *
 * <p>It reads the catalogue's own resource files (structure.tsv and one <key>.tsv per domain) itself, so it shares
 * neither the catalogue reader nor the engine's derivation; it uses no class of the library. Given a
 * status per criterion id it computes every item's confirmed and potential level, gaps, unknowns and
 * ahead and score, and the weakest-link roll-ups with their limitedBy and mean score. The formulation differs on purpose from
 * the engine's level-by-level walk: the confirmed level of an item is one below the lowest level that
 * holds a requirement that is not MET (5 when there is none), the potential level one below the lowest
 * level that holds a NOT_MET requirement.
 */
final class LevelOracle {
    /** A criterion status, by name as in docs/levels.md. */
    enum Status { MET, NOT_MET, UNKNOWN }

    /** A requirement of an item at a level. */
    record Requirement(String id, int level) {
    }

    /** A confirmed and a potential level, and the score. */
    record Levels(int level, int potential, double score) {
    }

    /** What docs/levels.md section 3 says about one item; gaps are written {@code id STATUS}. */
    record ItemLevels(int level, int potential, List<String> gaps, List<String> unknowns, List<String> ahead,
            double score) {
    }

    /** A roll-up (area, domain, overall): levels, the parts at the confirmed level, the mean score. */
    record Rollup(int level, int potential, List<String> limitedBy, double score) {
    }

    /** Every level of an assessment. */
    record Result(Map<String, ItemLevels> items, Map<String, Rollup> areas, Map<String, Rollup> domains,
            Rollup overall) {
    }

    private static final String CATALOG = "org/opsmaturity/catalog/";
    /** The domains' file names, written out here too: the oracle uses no class of the library. */
    private static final Map<String, String> FILE_KEYS = Map.of("1", "1-monitoring", "2", "2-incident-change",
            "3", "3-configuration", "4", "4-capacity-cost", "5", "5-high-availability", "6", "6-business-continuity",
            "7", "7-user-experience");

    private final Map<String, List<String>> areasOfDomain = new LinkedHashMap<>();
    private final Map<String, List<String>> itemsOfArea = new LinkedHashMap<>();
    private final Map<String, List<Requirement>> requirementsOfItem = new LinkedHashMap<>();
    private final List<String> criterionIds = new ArrayList<>();
    private final List<String> requirementIds = new ArrayList<>();

    private LevelOracle() {
    }

    /** The oracle of the standard catalogue, read from the class path. */
    static LevelOracle standard() {
        LevelOracle o = new LevelOracle();
        String domain = null;
        String area = null;
        for (String[] row : rows(CATALOG + "structure.tsv")) {
            switch (row[0]) {
                case "DOMAIN" -> {
                    domain = row[1];
                    o.areasOfDomain.put(domain, new ArrayList<>());
                }
                case "AREA" -> {
                    area = row[1];
                    o.areasOfDomain.get(domain).add(area);
                    o.itemsOfArea.put(area, new ArrayList<>());
                }
                case "ITEM" -> {
                    o.itemsOfArea.get(area).add(row[1]);
                    o.requirementsOfItem.put(row[1], new ArrayList<>());
                }
                default -> throw new IllegalStateException("structure.tsv: unknown kind " + row[0]);
            }
        }
        for (String d : o.areasOfDomain.keySet()) {
            for (String[] row : rows(CATALOG + FILE_KEYS.get(d) + ".tsv")) {
                String id = row[0];
                int l = id.indexOf(".L");
                String rest = id.substring(l + 2);
                if (!rest.contains(".")) {
                    continue; // a cell without points: NONE, SAME, EMPTY
                }
                o.criterionIds.add(id);
                if (row[1].equals("REQUIREMENT")) {
                    String item = id.substring(0, l);
                    int level = Integer.parseInt(rest.substring(0, rest.indexOf('.')));
                    o.requirementsOfItem.get(item).add(new Requirement(id, level));
                    o.requirementIds.add(id);
                }
            }
        }
        return o;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = LevelOracle.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the class path: " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every criterion id (requirements and shortfalls) in file order. */
    List<String> criterionIds() {
        return List.copyOf(criterionIds);
    }

    /** The requirement ids only. */
    List<String> requirementIds() {
        return List.copyOf(requirementIds);
    }

    List<String> itemIds() {
        return List.copyOf(requirementsOfItem.keySet());
    }

    List<Requirement> requirementsOf(String item) {
        return List.copyOf(requirementsOfItem.get(item));
    }

    /** The levels for the given statuses; a criterion missing from the map is UNKNOWN. */
    Result derive(Map<String, Status> statuses) {
        Map<String, ItemLevels> items = new LinkedHashMap<>();
        for (var e : requirementsOfItem.entrySet()) {
            items.put(e.getKey(), item(e.getValue(), statuses));
        }
        Map<String, Rollup> areas = new LinkedHashMap<>();
        for (var e : itemsOfArea.entrySet()) {
            Map<String, Levels> parts = new LinkedHashMap<>();
            e.getValue().forEach(i -> parts.put(i, new Levels(items.get(i).level(), items.get(i).potential(),
                    items.get(i).score())));
            areas.put(e.getKey(), weakest(parts));
        }
        Map<String, Rollup> domains = new LinkedHashMap<>();
        for (var e : areasOfDomain.entrySet()) {
            Map<String, Levels> parts = new LinkedHashMap<>();
            e.getValue().forEach(a -> parts.put(a, new Levels(areas.get(a).level(), areas.get(a).potential(),
                    areas.get(a).score())));
            domains.put(e.getKey(), weakest(parts));
        }
        Map<String, Levels> parts = new LinkedHashMap<>();
        domains.forEach((d, r) -> parts.put(d, new Levels(r.level(), r.potential(), r.score())));
        return new Result(items, areas, domains, weakest(parts));
    }

    private static ItemLevels item(List<Requirement> reqs, Map<String, Status> statuses) {
        int lowestNotMet = 6;
        int lowestFailed = 6;
        for (Requirement r : reqs) {
            Status s = statuses.getOrDefault(r.id(), Status.UNKNOWN);
            if (s != Status.MET) {
                lowestNotMet = Math.min(lowestNotMet, r.level());
            }
            if (s == Status.NOT_MET) {
                lowestFailed = Math.min(lowestFailed, r.level());
            }
        }
        int level = lowestNotMet - 1;
        int potential = lowestFailed - 1;
        List<String> gaps = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        List<String> ahead = new ArrayList<>();
        int next = 0;
        int nextMet = 0;
        for (Requirement r : reqs) {
            if (r.level() == level + 1) {
                next++;
                nextMet += statuses.getOrDefault(r.id(), Status.UNKNOWN) == Status.MET ? 1 : 0;
            }
            Status s = statuses.getOrDefault(r.id(), Status.UNKNOWN);
            if (r.level() == level + 1 && s != Status.MET) {
                gaps.add(r.id() + " " + s);
            }
            if (r.level() > level && r.level() <= potential && s == Status.UNKNOWN) {
                unknowns.add(r.id());
            }
            if (r.level() > level && s == Status.MET) {
                ahead.add(r.id());
            }
        }
        // the level plus the share of the next level's requirements that are met, cut to two decimals
        double score = level + (next == 0 ? 0 : (nextMet * 100 / next) / 100.0);
        return new ItemLevels(level, potential, gaps, unknowns, ahead, score);
    }

    private static Rollup weakest(Map<String, Levels> parts) {
        int level = Integer.MAX_VALUE;
        int potential = Integer.MAX_VALUE;
        double sum = 0;
        for (Levels l : parts.values()) {
            level = Math.min(level, l.level());
            potential = Math.min(potential, l.potential());
            sum += l.score();
        }
        List<String> limitedBy = new ArrayList<>();
        for (var e : parts.entrySet()) {
            if (e.getValue().level() == level) {
                limitedBy.add(e.getKey());
            }
        }
        // the mean of the parts' scores, to two decimals
        return new Rollup(level, potential, limitedBy, Math.round(sum / parts.size() * 100) / 100.0);
    }
}
