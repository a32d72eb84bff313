package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.disputedesk.complaint.Terms;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
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
        Complaint complaint = complaints.lock(execution.getProcessBusinessKey()).orElseThrow();
        Terms granted = complaint.grantRemedyAutomatically();
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(TimelineEntry.Actor.SYSTEM, TimelineAction.REMEDY_GRANTED,
                Stage.SHOP_RESPONSE).with("remedy", granted.remedy()).with("amount", granted.amount()));
    }
}
