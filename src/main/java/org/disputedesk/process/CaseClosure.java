package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.springframework.stereotype.Component;

/** Called by each end event of the model: closes the case with that end's outcome. */
@Component("caseClosure")
public class CaseClosure {

    private final Complaints complaints;
    private final Timeline timeline;

    CaseClosure(Complaints complaints, Timeline timeline) {
        this.complaints = complaints;
        this.timeline = timeline;
    }

    public void close(DelegateExecution execution, String outcome) {
        Complaint complaint = complaints.lock(execution.getProcessBusinessKey()).orElseThrow();
        Outcome closedAs = Outcome.valueOf(outcome);
        timeline.append(complaint.id(), TimelineEntry.of(TimelineEntry.Actor.SYSTEM, TimelineAction.CLOSED,
                complaint.stage()).with("outcome", closedAs));
        complaint.close(closedAs, EngineClock.now());
        complaints.save(complaint);
    }
}
