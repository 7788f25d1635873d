package org.opsmaturity.schemas;

import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.InvalidFactsException;
import org.opsmaturity.model.Problem;

/**
 * A facts document breaks the facts schema. The message is the first problem, in the facts reader's
 * form; {@link #problems()} holds all of them, in document order.
 */
public final class SchemaException extends InvalidFactsException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;
    private final transient List<Problem> problems;

    SchemaException(List<Problem> problems) {
        super(problems.get(0).path(), problems.get(0).value().isEmpty() ? null : problems.get(0).value(),
                problems.get(0).expected() + more(problems), hint(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every way the document breaks the schema, in document order.
     *
     * @return the problems, at least one
     */
    public List<Problem> schemaProblems() {
        return problems;
    }

    private static String more(List<Problem> problems) {
        if (problems.size() == 1) {
            return "";
        }
        return System.lineSeparator() + problems.stream().skip(1).limit(SHOWN - 1).map(Problem::display)
                .collect(Collectors.joining(System.lineSeparator()))
                + (problems.size() > SHOWN ? System.lineSeparator() + "... and " + (problems.size() - SHOWN) + " more" : "");
    }

    private static String hint(List<Problem> problems) {
        if (!problems.get(0).hint().isEmpty()) {
            return problems.get(0).hint();
        }
        return "Maybe compare with docs/facts.md and the schema docs/schema/facts.schema.json"
                + (problems.size() > 1 ? " (" + problems.size() + " problems)." : ".");
    }
}
