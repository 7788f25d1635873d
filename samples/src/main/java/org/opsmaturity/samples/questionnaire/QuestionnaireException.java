package org.opsmaturity.samples.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.MaturityException;

/**
 * A filled questionnaire has bad rows. The message lists every problem, one a line, each naming the
 * row (as a spreadsheet numbers it: the header is row 1), the column and the value.
 */
public final class QuestionnaireException extends MaturityException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** One bad cell. */
    public record Problem(int row, String column, String value, String expected, String hint) {
        public String display() {
            return "row " + row + ", column " + column + ": " + (value.isEmpty() ? "missing" : "'" + cut(value) + "'")
                    + " is not valid; expected " + expected + (hint.isEmpty() ? "" : " (" + hint + ")");
        }
    }

    QuestionnaireException(String file, List<Problem> problems) {
        super(file + ": " + problems.size() + " bad row" + (problems.size() == 1 ? "" : "s") + System.lineSeparator()
                + problems.stream().map(p -> "  " + p.display()).collect(Collectors.joining(System.lineSeparator())),
                "Maybe fix these cells in the spreadsheet and import again; leave the verdict empty for what is not known.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
