package org.disputedesk.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem bodies shared by the exception handler and the security entry points. */
public final class Problems {

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A refusal whose detail a reader of another language than English gets from the bundle {@code i18n/problems}. */
    public static ErrorResponseException refusal(HttpStatus status, String title, Sentence detail) {
        return new ErrorResponseException(status, of(status, title, detail.english()), null, detail.code(),
                detail.args());
    }

    static ProblemDetail invalid(List<InvalidFields.FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request has " + errors.size() + " invalid field(s).");
        problem.setProperty("errors", errors);
        return problem;
    }

    private Problems() {
    }
}
