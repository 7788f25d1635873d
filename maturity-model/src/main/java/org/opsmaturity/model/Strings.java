package org.opsmaturity.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Small string helpers for messages. */
public final class Strings {
    private Strings() {
    }

    /**
     * Up to three candidates closest to {@code s} by edit distance (within a third of its length).
     *
     * @param s          what was written
     * @param candidates what could have been meant
     * @return the closest, best first
     */
    public static List<String> closest(String s, Collection<String> candidates) {
        int limit = Math.max(2, s.length() / 3);
        return candidates.stream()
                .map(c -> new Object[] {c, distance(s, c)})
                .filter(o -> (int) o[1] <= limit)
                .sorted(Comparator.comparingInt((Object[] o) -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .limit(3)
                .map(o -> (String) o[0])
                .toList();
    }

    /**
     * "Maybe you meant a, b?" or empty.
     *
     * @param s          what was written
     * @param candidates what could have been meant
     * @return the hint, or empty when none is close
     */
    public static String maybe(String s, Collection<String> candidates) {
        return Hint.closest(s, candidates).en();
    }

    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 40) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
