package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.springframework.stereotype.Component;

/** Mediation past its deadline: the case is flagged overdue; the mediation itself goes on. */
@Component("flagMediationOverdue")
class FlagMediationOverdue implements JavaDelegate {

    private final Complaints complaints;

    FlagMediationOverdue(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.lock(execution.getProcessBusinessKey()).orElseThrow();
        complaint.flagMediationOverdue();
        complaints.save(complaint);
    }
}
