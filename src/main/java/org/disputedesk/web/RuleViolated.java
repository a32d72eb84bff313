package org.disputedesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 422: the request is well-formed but a rule of the domain refuses it. The detail is English;
 * a reader of another language gets it from the bundle {@code i18n/problems} under {@code code},
 * with {@code args} as its values.
 */
public class RuleViolated extends ErrorResponseException {

    public RuleViolated(String code, String detail, Object... args) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(detail), null, code, args);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail);
        problem.setTitle("Refused by a rule");
        return problem;
    }
}
