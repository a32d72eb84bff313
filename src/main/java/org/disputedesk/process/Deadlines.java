package org.disputedesk.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.PausedMediations;
import org.disputedesk.complaint.Stage;
import org.disputedesk.deadline.DueDates;
import org.springframework.stereotype.Component;

/**
 * The due date of each timer of the model, read as {@code ${deadlines.due(execution, 'SHOP_RESPONSE')}}
 * when its stage begins: by the case's park's deadline and the official calendar ({@link DueDates}),
 * and for a mediation resumed after an information request or the committee, the time it had left.
 * The task's due date and the case's are then read from the timer ({@link StageTracker}), so that
 * what the parties see is what will fire.
 */
@Component("deadlines")
public class Deadlines {

    private final Complaints complaints;
    private final DueDates dueDates;
    private final PausedMediations paused;

    Deadlines(Complaints complaints, DueDates dueDates, PausedMediations paused) {
        this.complaints = complaints;
        this.dueDates = dueDates;
        this.paused = paused;
    }

    public Date due(DelegateExecution execution, String stageName) {
        Stage stage = Stage.valueOf(stageName);
        Complaint complaint = complaints.find(execution.getProcessBusinessKey()).orElseThrow();
        Instant now = EngineClock.now();
        Instant due = stage == Stage.MEDIATION ? paused.timeLeft(complaint.id()).map(now::plus)
                .orElseGet(() -> dueDates.due(complaint.parkId(), stage, now))
                : dueDates.due(complaint.parkId(), stage, now);
        return Date.from(due);
    }
}
