package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Timeline;
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
        String id = execution.getProcessBusinessKey();
        Complaint complaint = complaints.lock(id).orElseThrow();
        Outcome closedAs = Outcome.valueOf(outcome);
        timeline.append(id, Timeline.SYSTEM, Timeline.SYSTEM_ROLE, "CLOSED", complaint.stage(),
                "The case is closed as " + closedAs + ".");
        complaints.closed(id, closedAs, EngineClock.now());
    }
}
