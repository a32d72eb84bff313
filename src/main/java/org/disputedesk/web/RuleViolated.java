package org.disputedesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: the request is well-formed but a rule of the domain refuses it. */
public class RuleViolated extends ErrorResponseException {

    public RuleViolated(String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        problem.setTitle("Refused by a rule");
        return problem;
    }
}
