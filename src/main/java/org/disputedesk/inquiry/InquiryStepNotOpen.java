package org.disputedesk.inquiry;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the inquiry is not at the stage this step belongs to, or another request or its deadline took the step first. */
class InquiryStepNotOpen extends ErrorResponseException {

    InquiryStepNotOpen(InquiryStage current) {
        super(HttpStatus.CONFLICT, problem(current), null, "problem.inquiryStepNotOpen",
                new Object[] {new DefaultMessageSourceResolvable(new String[] {"inquiryStage." + current}, current.name())});
    }

    private static ProblemDetail problem(InquiryStage current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This step is not open: the inquiry is at stage " + current + ".");
        problem.setTitle("Step not open");
        problem.setProperty("stage", current.name());
        return problem;
    }
}
