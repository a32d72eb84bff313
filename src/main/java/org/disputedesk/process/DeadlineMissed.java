package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.springframework.stereotype.Component;

/**
 * Runs when a deadline timer fires: records on the timeline that the deadline passed (what that
 * means is said per stage, {@code missed.<STAGE>}) and, where it counts against the shop, on the case.
 * Past an appeal window, or an appeal's review, the mediator's ruling takes effect as it stands.
 */
@Component("deadlineMissed")
class DeadlineMissed implements ExecutionListener {

    private final Complaints complaints;
    private final Timeline timeline;

    DeadlineMissed(Complaints complaints, Timeline timeline) {
        this.complaints = complaints;
        this.timeline = timeline;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String timer = execution.getCurrentActivityId();
        // Take the case's row lock before the engine flushes, in the same order as the API's steps.
        Complaint complaint = complaints.lock(execution.getProcessBusinessKey()).orElseThrow();
        if (Timers.MEDIATION_OVERDUE.equals(timer) && complaint.mediationOverdue()) {
            return; // a mediation resumed with no time left: its deadline passed, and was told, before it stopped
        }
        Stage stage = ComplaintProcess.stagesByTimer().get(timer);
        timeline.append(complaint.id(), TimelineEntry.of(TimelineEntry.Actor.SYSTEM, TimelineAction.DEADLINE_PASSED,
                stage).with("missed", stage));
        if (Timers.SHOP_SILENT.equals(timer)) {
            complaint.recordShopSilence();
        } else if (Timers.FULFILMENT_MISSED.equals(timer)) {
            complaint.fulfilmentMissed();
        } else if (Timers.APPEAL_WINDOW_LAPSED.equals(timer) || Timers.APPEAL_REVIEW_SILENT.equals(timer)) {
            complaint.rulingStands(EngineClock.now());
            timeline.append(complaint.id(), TimelineEntry.of(TimelineEntry.Actor.SYSTEM,
                    TimelineAction.RULING_TOOK_EFFECT, stage).with("ruling", complaint.ruling().decision()));
        }
        complaint.deadlinePassed(stage, EngineClock.now());
        complaints.save(complaint);
    }
}
