package org.opsmaturity.model;

import java.util.List;

/**
 * Building an assessor with extensions, overrides or waivers failed: {@link #problems()} lists every
 * problem found (DRL compile errors with resource and line, duplicate or misplaced criteria, unknown
 * parameters, invalid waivers), not only the first. No assessor is built.
 */
public class InvalidExtensionException extends MaturityException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public InvalidExtensionException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the assessor's extensions:"
                + System.lineSeparator() + "- " + String.join(System.lineSeparator() + "- ", problems),
                "Maybe see docs/extending.md for the conventions.");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
