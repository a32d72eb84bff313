package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.springframework.stereotype.Component;

/** Shop silence on a small refund-only claim: the buyer's remedy stands as if the shop accepted it. */
@Component("grantAutomaticRemedy")
class GrantAutomaticRemedy implements JavaDelegate {

    private final Complaints complaints;
    private final Timeline timeline;

    GrantAutomaticRemedy(Complaints complaints, Timeline timeline) {
        this.complaints = complaints;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.find(execution.getProcessBusinessKey()).orElseThrow();
        complaints.agreed(complaint.id(), new Complaint.Terms(complaint.desiredRemedy(), complaint.claimedAmount()));
        timeline.append(complaint.id(), Timeline.SYSTEM, Timeline.SYSTEM_ROLE, "REMEDY_GRANTED", Stage.SHOP_RESPONSE,
                complaint.desiredRemedy() + " of " + complaint.claimedAmount()
                        + " CNY granted because the shop did not answer.");
    }
}
