package org.disputedesk.inquiry;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What processes/standards-inquiry.bpmn reads from the inquiry's row, which holds no variables of its own:
 * the group of the shop's operators, and the corrective plan's due date, set by the committee's notice, so
 * that the timer fires when the inquiry says the plan is due. Public, as the model's expressions call it.
 */
@Component("inquiryFacts")
public class InquiryFacts {

    private final Inquiries inquiries;

    InquiryFacts(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    public String shopGroup(DelegateExecution execution) {
        return InquiryProcess.shopGroup(inquiry(execution).shopId());
    }

    public Date planDue(DelegateExecution execution) {
        return Date.from(inquiry(execution).dueAt());
    }

    private Inquiry inquiry(DelegateExecution execution) {
        return inquiries.find(execution.getProcessBusinessKey()).orElseThrow();
    }
}
