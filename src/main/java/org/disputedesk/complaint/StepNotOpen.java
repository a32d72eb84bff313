package org.disputedesk.complaint;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 409: the step is not open, because the case is elsewhere or another request took it first. A
 * reader of another language than English is told the stage the case is at, named in their language.
 */
public class StepNotOpen extends ErrorResponseException {

    public StepNotOpen(Stage current, String detail) {
        super(HttpStatus.CONFLICT, problem(current, detail), null, "problem.stepNotOpen",
                new Object[] {new DefaultMessageSourceResolvable(new String[] {"stage." + current}, current.name())});
    }

    public StepNotOpen(Stage current) {
        this(current, "This step is not open: the case is at stage " + current + ".");
    }

    private static ProblemDetail problem(Stage current, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Step not open");
        problem.setProperty("stage", current.name());
        return problem;
    }
}
