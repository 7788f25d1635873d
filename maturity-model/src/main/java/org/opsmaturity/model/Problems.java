package org.opsmaturity.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of problems of a document (facts, profile, questionnaire): every problem is counted,
 * the first {@value #MAX_LISTED} are kept to be shown, and the message ends with how many were left out.
 * Not thread-safe; one per document read.
 *
 * @param <P> the kind of problem
 */
public final class Problems<P> {
    /** Problems listed in a message; the rest are counted. */
    public static final int MAX_LISTED = 50;
    private final List<P> listed = new ArrayList<>();
    private int count;

    /**
     * Adds a problem (kept when fewer than {@value #MAX_LISTED} are kept already).
     *
     * @param problem the problem
     */
    public void add(P problem) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(problem);
        }
    }

    /**
     * All problems found, listed or not.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Whether no problem was found.
     *
     * @return true when there is none
     */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * Whether no more problems would be listed (a reader may stop looking for more).
     *
     * @return true when the list is full
     */
    public boolean isFull() {
        return listed.size() >= MAX_LISTED;
    }

    /**
     * The problems kept, in the order found.
     *
     * @return the problems
     */
    public List<P> listed() {
        return List.copyOf(listed);
    }

    /**
     * "and 17 more problems" when some were left out, else empty.
     *
     * @return the text
     */
    public String more() {
        int rest = count - listed.size();
        return rest == 0 ? "" : "and " + rest + " more problem" + (rest == 1 ? "" : "s") + " not listed";
    }
}
