package org.disputedesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404: no such case, or one the caller may not see (which, for the caller, is the same thing). */
public class CaseNotFound extends ErrorResponseException {

    public CaseNotFound(String what) {
        super(HttpStatus.NOT_FOUND, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what + " does not exist.");
        problem.setTitle("Not found");
        return problem;
    }
}
