package org.disputedesk.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.springframework.stereotype.Component;

/**
 * Runs when a deadline timer fires: records on the timeline that the deadline passed and, where
 * it counts against the shop, on the shop's record.
 */
@Component("deadlineMissed")
class DeadlineMissed implements ExecutionListener {

    private static final Map<String, String> CONSEQUENCES = Map.of(
            Timers.SHOP_SILENT, "The shop did not answer within the deadline.",
            Timers.BUYER_REVIEW_LAPSED, "The buyer did not answer within the deadline; the case lapses.",
            Timers.MEDIATION_OVERDUE, "Mediation is past its deadline; the case is flagged overdue.",
            Timers.INFORMATION_LAPSED, "The information request was not answered in time; it lapses.",
            Timers.COMMITTEE_OVERDUE, "The committee did not rule in time; the case returns to mediation.",
            Timers.FULFILMENT_MISSED, "The shop did not prove fulfilment within the deadline.",
            Timers.RECEIPT_ASSUMED, "The buyer did not report a problem in time; the remedy counts as received.");

    private final Complaints complaints;
    private final Timeline timeline;

    DeadlineMissed(Complaints complaints, Timeline timeline) {
        this.complaints = complaints;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String timer = execution.getCurrentActivityId();
        String complaintId = execution.getProcessBusinessKey();
        // Take the case's row lock before the engine flushes, in the same order as the API's steps.
        complaints.lock(complaintId);
        Stage stage = ComplaintProcess.stagesByTimer().get(timer);
        timeline.append(complaintId, Timeline.SYSTEM, Timeline.SYSTEM_ROLE, "DEADLINE_PASSED", stage,
                CONSEQUENCES.get(timer));
        if (Timers.SHOP_SILENT.equals(timer)) {
            complaints.shopMissedResponse(complaintId);
        } else if (Timers.FULFILMENT_MISSED.equals(timer)) {
            complaints.fulfilmentMissed(complaintId);
        }
    }
}
