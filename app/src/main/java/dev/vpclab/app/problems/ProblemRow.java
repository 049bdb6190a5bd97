package dev.vpclab.app.problems;

import dev.vpclab.model.validation.Problem;
import dev.vpclab.model.validation.Severity;

/**
 * One line of the Problems panel.
 *
 * @param problem the validation problem
 * @param resourceName the culprit's label (its name, else its id; "" for the whole document)
 * @param text the sentence in the UI language
 */
public record ProblemRow(Problem problem, String resourceName, String text) {

    /** @return error or warning */
    public Severity severity() {
        return problem.severity();
    }

    /** @return the culprit's id, or "" */
    public String resourceId() {
        return problem.resourceId();
    }

    /** @return the field at fault, or "" */
    public String field() {
        return problem.field();
    }
}
