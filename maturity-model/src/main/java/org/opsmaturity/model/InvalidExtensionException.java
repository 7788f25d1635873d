package org.opsmaturity.model;

import java.util.List;

/**
 * Building an assessor with extensions, overrides or waivers failed: {@link #problems()} lists every
 * problem found (DRL compile errors with resource and line, duplicate or misplaced criteria, unknown
 * parameters, invalid waivers), not only the first. No assessor is built.
 */
public class InvalidExtensionException extends MaturityException {
    private static final long serialVersionUID = 1L;
    /** The problems listed. */
    private final List<String> problems;

    /** How many problems were found. */
    private final int count;

    /**
     * The problems found; the message and {@link #problems()} list the first {@link Problems#MAX_LISTED}.
     *
     * @param problems every problem found
     */
    public InvalidExtensionException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the assessor's extensions:"
                + System.lineSeparator() + "- " + String.join(System.lineSeparator() + "- ", listed(problems))
                + (problems.size() > Problems.MAX_LISTED ? System.lineSeparator() + "- and "
                        + (problems.size() - Problems.MAX_LISTED) + " more problems not listed" : ""),
                "Maybe see docs/extending.md for the conventions.");
        this.problems = listed(problems);
        this.count = problems.size();
    }

    private static List<String> listed(List<String> problems) {
        return List.copyOf(problems.subList(0, Math.min(problems.size(), Problems.MAX_LISTED)));
    }

    /**
     * The problems listed (at most {@link Problems#MAX_LISTED}); {@link #count()} says how many were found.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * How many problems were found, listed or not.
     *
     * @return the count
     */
    public int count() {
        return count;
    }
}
