package org.opsmaturity.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.opsmaturity.model.Assessment;
import org.opsmaturity.model.Catalog;
import org.opsmaturity.model.Criterion;
import org.opsmaturity.model.CriterionStatus;
import org.opsmaturity.model.Roadmap;

/**
 * The roadmap against brute force on small random catalogues: over every subset of the criteria not yet
 * MET, the smallest subsets that bring the target to the level must be exactly one, and the roadmap's.
 */
class RoadmapBruteForceTest {

    @Test
    void roadmapIsTheUniqueSmallestSetFoundByBruteForce() {
        Random random = new Random(7);
        String[] shapes = {"R", "RR", "S", "-", "=", "", "SR"};
        for (int round = 0; round < 60; round++) {
            int items = 1 + random.nextInt(3);
            List<org.opsmaturity.model.Item> list = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                String[] cells = new String[5];
                for (int l = 0; l < 5; l++) {
                    cells[l] = shapes[random.nextInt(shapes.length)];
                }
                list.add(LevelDerivationTest.item((i < 2 ? "1.1." : "1.2.") + (i + 1), cells));
            }
            Catalog catalog = LevelDerivationTest.catalog(list.toArray(new org.opsmaturity.model.Item[0]));
            List<Criterion> reqs = catalog.requirements();
            if (reqs.size() > 12) {
                continue;
            }
            Map<String, Character> statuses = new LinkedHashMap<>();
            for (Criterion c : reqs) {
                int r = random.nextInt(3);
                if (r < 2) {
                    statuses.put(c.id(), r == 0 ? 'M' : 'N');
                }
            }
            Assessment base = LevelDerivationTest.derive(catalog, statuses);
            List<String> open = reqs.stream().map(Criterion::id)
                    .filter(id -> base.status(id) != CriterionStatus.MET).toList();
            for (String target : List.of("overall", "1", "1.1", list.get(0).id())) {
                for (int level = 1; level <= 5; level++) {
                    Roadmap roadmap = base.roadmap(target, level);
                    List<Set<String>> smallest = new ArrayList<>();
                    int best = Integer.MAX_VALUE;
                    for (int mask = 0; mask < (1 << open.size()); mask++) {
                        int size = Integer.bitCount(mask);
                        if (size > best) {
                            continue;
                        }
                        Map<String, Character> s = new LinkedHashMap<>(statuses);
                        Set<String> chosen = new TreeSet<>();
                        for (int b = 0; b < open.size(); b++) {
                            if ((mask & (1 << b)) != 0) {
                                s.put(open.get(b), 'M');
                                chosen.add(open.get(b));
                            }
                        }
                        if (LevelDerivationTest.derive(catalog, s).level(target) >= level) {
                            if (size < best) {
                                best = size;
                                smallest.clear();
                            }
                            smallest.add(chosen);
                        }
                    }
                    assertEquals(1, smallest.size(), "one smallest set for " + target + " L" + level);
                    assertEquals(smallest.get(0), new TreeSet<>(roadmap.criteria()), target + " L" + level);
                    assertEquals(best, roadmap.size());
                }
            }
        }
    }
}
