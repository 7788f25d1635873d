package org.opsmaturity.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Facts given to an assessment are invalid. {@link #path()} is the field path in the facts document
 * (e.g. {@code observations[3].unit}), {@link #value()} the offending value (cut when long),
 * {@link #expected()} what was expected there and {@link #hint()} a "Maybe ..." line when one helps.
 *
 * <p>The library throws one of the subtypes, by what is wrong:
 * <ul>
 * <li>{@link MalformedFactsException}: the bytes are not one well-formed UTF-8 JSON document;</li>
 * <li>{@link FactsLimitException}: the document is beyond a documented limit (size, depth, lengths);</li>
 * <li>{@link FactFormatException}: well-formed JSON that does not follow the facts format;</li>
 * <li>{@link UnknownIdException}: a criterion id or observation name the model does not know;</li>
 * <li>{@link InvalidValueException}: a verdict, value or unit that is not allowed;</li>
 * <li>{@link ConflictingFactsException}: two facts about one criterion or observation disagree;</li>
 * <li>{@link UnreadableFactsException}: the file or stream of facts cannot be read.</li>
 * </ul>
 */
public class InvalidFactsException extends MaturityException {
    private static final long serialVersionUID = 1L;
    /** The field path. */
    private final String path;
    /** The offending value as text. */
    private final String value;
    /** What was expected. */
    private final String expected;
    private final transient List<InvalidFactsException> problems;

    /**
     * One problem of a facts document.
     *
     * @param path     the field path, e.g. {@code observations[3].unit}
     * @param value    the offending value, null when missing
     * @param expected what was expected there
     * @param hint     a "Maybe ..." hint, possibly empty
     */
    public InvalidFactsException(String path, Object value, String expected, String hint) {
        super(path + ": " + (value == null ? "missing" : "'" + cut(value) + "'") + " is not valid; expected "
                + expected, hint);
        this.path = path;
        this.value = value == null ? "" : cut(value);
        this.expected = expected;
        this.problems = List.of(this);
    }

    private InvalidFactsException(List<InvalidFactsException> listed, int count, String more) {
        super(count + " problems" + System.lineSeparator() + listed.stream()
                .map(p -> "  " + p.getMessage().replace(System.lineSeparator(), System.lineSeparator() + "    "))
                .collect(Collectors.joining(System.lineSeparator())) + (more.isEmpty() ? ""
                        : System.lineSeparator() + "  " + more), "");
        InvalidFactsException first = listed.get(0);
        this.path = first.path;
        this.value = first.value;
        this.expected = first.expected;
        this.problems = List.copyOf(listed);
    }

    /**
     * Throws the problems found in one document, if any: the problem itself when there is one, else one
     * exception listing them all (at most {@link Problems#MAX_LISTED}, with a count of the rest) whose
     * {@link #path()}, {@link #value()} and {@link #expected()} are those of the first.
     *
     * @param found the problems found
     * @throws InvalidFactsException when there is at least one
     */
    public static void throwIfAny(Problems<InvalidFactsException> found) {
        if (found.isEmpty()) {
            return;
        }
        if (found.count() == 1) {
            throw found.listed().get(0);
        }
        throw new InvalidFactsException(found.listed(), found.count(), found.more());
    }

    /**
     * Every problem of the document this exception reports (at most {@link Problems#MAX_LISTED}), each
     * with its own path; a list of this exception alone when it reports one problem.
     *
     * @return the problems
     */
    public List<InvalidFactsException> problems() {
        return problems;
    }

    /**
     * This problem in the library's one shape, as schema validation and every other checker report theirs.
     *
     * @return the path, value, expected and hint of this exception (of the first problem when it lists several)
     */
    public Problem problem() {
        return new Problem(path == null || path.isEmpty() ? "$" : path, value, expected == null ? "" : expected, hint());
    }

    /**
     * The field path, e.g. {@code observations[3].unit}; {@code $} for the whole document.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The offending value as text, cut when long; empty when the value is missing.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * What was expected at the path, e.g. {@code an availability from 0 to 100 %}.
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }
}
