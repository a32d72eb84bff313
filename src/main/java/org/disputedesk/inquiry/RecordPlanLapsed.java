package org.disputedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.EngineClock;
import org.springframework.stereotype.Component;

/** The shop sent no corrective plan by its deadline: the inquiry closes NOT_CORRECTED, verified by nobody. */
@Component("recordPlanLapsed")
class RecordPlanLapsed implements JavaDelegate {

    private final Inquiries inquiries;

    RecordPlanLapsed(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inquiries.close(execution.getProcessBusinessKey(), InquiryStage.CORRECTIVE_PLAN, Verdict.NOT_CORRECTED,
                null, null, EngineClock.now());
    }
}
