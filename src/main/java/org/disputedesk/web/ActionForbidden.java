package org.disputedesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 403: the caller sees the case but may not take this step. */
public class ActionForbidden extends ErrorResponseException {

    public ActionForbidden(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Not allowed");
        return problem;
    }
}
