package org.opsmaturity.model;

import java.util.List;

/**
 * Building an assessor with extensions, overrides or waivers failed: {@link #problems()} lists every
 * problem found (DRL compile errors with resource and line, duplicate or misplaced criteria, unknown
 * parameters, invalid waivers), not only the first, each in the library's one {@link Problem} shape.
 * No assessor is built.
 *
 * <p>A problem's {@link Problem#path() path} says where it is: a DRL file and line ({@code company.drl:12}),
 * a rule ({@code rule "acme.6.1.1.L4.9"}), a criterion, override or waiver ({@code criterion acme.6.1.1.L4.9},
 * {@code override 6.1.1.L4.1#rto}), or a profile file and field ({@code profile.json: domains[0].colour}).
 * Two kinds are listed, told apart by {@link Problem#expected() expected}:
 * <ul>
 * <li>a value that is not valid has the offending {@link Problem#value() value} (empty when missing) and
 * what was expected; its line reads {@code path: 'value' is not valid; expected ...};</li>
 * <li>a problem described in words (a DRL compiler's message, a criterion that is not in the catalogue, a
 * condition that depends on itself) has an empty {@code expected}: its value is the description and its
 * line reads {@code path: description}.</li>
 * </ul>
 * Either kind may carry a "Maybe ..." {@link Problem#hint() hint}, shown after it on the same line.
 */
public class InvalidExtensionException extends MaturityException {
    private static final long serialVersionUID = 1L;
    /** The problems listed. */
    private final transient List<Problem> problems;

    /** How many problems were found. */
    private final int count;

    /**
     * The problems found; the message and {@link #problems()} list the first {@link Problems#MAX_LISTED}.
     *
     * @param problems every problem found
     */
    public InvalidExtensionException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the assessor's extensions:"
                + System.lineSeparator() + "- " + String.join(System.lineSeparator() + "- ", lines(listed(problems)))
                + (problems.size() > Problems.MAX_LISTED ? System.lineSeparator() + "- and "
                        + (problems.size() - Problems.MAX_LISTED) + " more problems not listed" : ""),
                "Maybe see docs/extending.md for the conventions.");
        this.problems = listed(problems);
        this.count = problems.size();
    }

    private static List<Problem> listed(List<Problem> problems) {
        return List.copyOf(problems.subList(0, Math.min(problems.size(), Problems.MAX_LISTED)));
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(InvalidExtensionException::line).toList();
    }

    /**
     * A problem described in words: where it is and the description, a trailing "Maybe ..." sentence of the
     * description taken as its hint. Its {@link #line(Problem) line} is {@code where + ": " + description}.
     *
     * @param where where the problem is, e.g. {@code company.drl:12} or {@code criterion acme.6.1.1.L4.9}
     * @param description what is wrong, e.g. the DRL compiler's message
     * @return the problem, with an empty {@code expected}
     * @throws IllegalArgumentException if {@code where} is empty
     */
    public static Problem described(String where, String description) {
        int maybe = description.indexOf(" Maybe ");
        return maybe > 0
                ? new Problem(where, description.substring(0, maybe), "", description.substring(maybe + 1))
                : new Problem(where, description, "");
    }

    /**
     * A problem described in words by another check's one-line message ({@code where: description}, e.g.
     * a catalogue's {@code criterion id: 'acme.1' is used twice}), split at its first {@code ": "}.
     *
     * @param line the message
     * @return the problem, its line equal to {@code line}
     * @throws IllegalArgumentException if the line does not start with where the problem is
     */
    public static Problem described(String line) {
        int colon = line.indexOf(": ");
        if (colon <= 0) {
            throw new IllegalArgumentException("line: '" + cut(line) + "' is not valid; expected where: description");
        }
        return described(line.substring(0, colon), line.substring(colon + 2));
    }

    /**
     * The line a problem has in this exception's message: {@code path: 'value' is not valid; expected ...}
     * ({@code missing} for an empty value), or {@code path: description} for a problem described in words
     * (empty {@code expected}); the hint, if any, follows after a space.
     *
     * @param p the problem
     * @return the line
     */
    public static String line(Problem p) {
        String body = p.expected().isEmpty() ? p.value()
                : (p.value().isEmpty() ? "missing" : "'" + p.value() + "'") + " is not valid; expected " + p.expected();
        return p.path() + ": " + body + (p.hint().isEmpty() ? "" : " " + p.hint());
    }

    /**
     * The problems listed (at most {@link Problems#MAX_LISTED}); {@link #count()} says how many were found.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems listed, each as the line the message shows for it (see {@link #line(Problem)}).
     *
     * @return the lines, in the order of {@link #problems()}
     */
    public List<String> lines() {
        return lines(problems);
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
