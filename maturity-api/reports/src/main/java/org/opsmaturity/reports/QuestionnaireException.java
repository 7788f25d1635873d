package org.opsmaturity.reports;

import java.util.List;
import java.util.stream.Collectors;

import org.opsmaturity.model.MaturityException;
import org.opsmaturity.model.Problems;

/**
 * A filled questionnaire has bad rows. The message lists every problem, one a line, each naming the
 * row (as a spreadsheet numbers it: the header is row 1), the column and the value.
 */
public final class QuestionnaireException extends MaturityException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * One bad cell.
     *
     * @param row the row as a spreadsheet numbers it (the header is row 1)
     * @param column the column's name
     * @param value the cell's text, "" when it is empty
     * @param expected what was expected there
     * @param hint how to fix it, or ""
     */
    public record Problem(int row, String column, String value, String expected, String hint) {
        /**
         * The problem in one line.
         *
         * @return "row R, column C: 'V' is not valid; expected E (H)"
         */
        public String display() {
            return "row " + row + ", column " + cut(column) + ": " + (value.isEmpty() ? "missing" : "'" + cut(value) + "'")
                    + " is not valid; expected " + expected + (hint.isEmpty() ? "" : " (" + hint + ")");
        }
    }

    QuestionnaireException(String file, List<Problem> problems) {
        super(org.opsmaturity.model.TerminalText.escape(file) + ": " + problems.size() + " bad row"
                + (problems.size() == 1 ? "" : "s") + System.lineSeparator() + listed(problems).stream()
                        .map(p -> "  " + p.display()).collect(Collectors.joining(System.lineSeparator()))
                + (problems.size() > Problems.MAX_LISTED ? System.lineSeparator() + "  and "
                        + (problems.size() - Problems.MAX_LISTED) + " more problems not listed" : ""),
                "Maybe fix these cells in the spreadsheet and import again; leave the verdict empty for what is not known.");
        this.problems = listed(problems);
    }

    private static List<Problem> listed(List<Problem> problems) {
        return List.copyOf(problems.subList(0, Math.min(problems.size(), Problems.MAX_LISTED)));
    }

    /**
     * The bad cells listed (at most {@link Problems#MAX_LISTED}; the message counts the rest).
     *
     * @return the problems, in row order
     */
    public List<Problem> problems() {
        return problems;
    }
}
