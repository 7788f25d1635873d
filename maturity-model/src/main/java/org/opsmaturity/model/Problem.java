package org.opsmaturity.model;

import java.util.Objects;

/**
 * One problem found in a document or a set of extensions, in the one shape every checker of the library
 * reports: where ({@link #path()}, e.g. {@code observations[3].unit}, {@code $} for the whole document, or
 * a resource and line such as {@code rules/acme.drl line 12}), the offending value, what was expected there
 * and a "Maybe ..." hint when one helps. Readers of facts, profiles and schemas and the extension checks
 * all report it, so a caller lists problems the same way whatever found them.
 *
 * @param path where the problem is; never empty
 * @param value the offending value as text, cut when long; empty when the value is missing
 * @param expected what was expected at the path
 * @param hint a "Maybe ..." line, or empty
 */
public record Problem(String path, String value, String expected, String hint) {
    /**
     * A problem, its texts checked.
     *
     * @param path where the problem is; never empty
     * @param value the offending value as text, cut when long; empty when the value is missing
     * @param expected what was expected at the path
     * @param hint a "Maybe ..." line, or empty
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if the path is empty
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(hint, "hint");
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path: empty; expected where the problem is, '$' for the document");
        }
    }

    /**
     * A problem without a hint.
     *
     * @param path where the problem is
     * @param value the offending value, empty when missing
     * @param expected what was expected
     */
    public Problem(String path, String value, String expected) {
        this(path, value, expected, "");
    }

    /**
     * The problem as one line, in the facts reader's form and escaped for a terminal:
     * {@code observations[0].unit: 's' is not valid; expected one of ...}.
     *
     * @return the line, without the hint
     */
    public String display() {
        return TerminalText.escape(path) + ": " + (value.isEmpty() ? "missing" : "'" + value + "'")
                + " is not valid; expected " + expected;
    }
}
