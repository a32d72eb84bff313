package org.disputedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import java.time.Instant;

import org.disputedesk.complaint.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The shop sent no corrective plan by its deadline: the inquiry closes NOT_CORRECTED, verified by nobody, and
 * the shop is told.
 */
@Component("recordPlanLapsed")
class RecordPlanLapsed implements JavaDelegate {

    private final Inquiries inquiries;
    private final ApplicationEventPublisher events;

    RecordPlanLapsed(Inquiries inquiries, ApplicationEventPublisher events) {
        this.inquiries = inquiries;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        Instant now = EngineClock.now();
        if (inquiries.close(id, InquiryStage.CORRECTIVE_PLAN, Verdict.NOT_CORRECTED, null, null, now)) {
            Inquiry inquiry = inquiries.find(id).orElseThrow();
            events.publishEvent(new InquiryStageReached(id, inquiry.shopId(), inquiry.parkId(), InquiryStage.CLOSED,
                    null, Verdict.NOT_CORRECTED, now));
        }
    }
}
