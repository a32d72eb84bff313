package org.disputedesk.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.PausedMediations;
import org.disputedesk.complaint.Stage;
import org.springframework.stereotype.Component;

/**
 * Keeps the case's stage and due date in step with the process: every user task, on creation,
 * moves the case to its stage, due when the task's deadline timer fires. The task's due date is
 * the timer's too, so the case, the inbox, Tasklist and the notices all show the deadline that
 * will really fire. Leaving mediation for an information request or the committee stops its clock
 * with the time it had left; entering mediation starts it again.
 */
@Component("stageTracker")
class StageTracker implements TaskListener {

    private final Complaints complaints;
    private final PausedMediations paused;

    StageTracker(Complaints complaints, PausedMediations paused) {
        this.complaints = complaints;
        this.paused = paused;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = ComplaintProcess.stagesByTask().get(task.getTaskDefinitionKey());
        Date due = timerOf(task).getDuedate();
        task.setDueDate(due);
        Instant now = EngineClock.now();
        Complaint complaint = complaints.find(task.getExecution().getProcessBusinessKey()).orElseThrow();
        if (stage.pausesMediation() && complaint.isAt(Stage.MEDIATION)) {
            Duration left = Duration.between(now, complaint.dueAt());
            paused.pause(complaint.id(), left.isNegative() ? Duration.ZERO : left, now);
        } else if (stage == Stage.MEDIATION) {
            paused.resume(complaint.id());
        }
        complaint.reach(stage, due.toInstant(), now);
        complaints.save(complaint);
    }

    /** The deadline timer of the task, which the engine created as the task's activity began. */
    private static JobEntity timerOf(DelegateTask task) {
        String timer = ComplaintProcess.timerOf(ComplaintProcess.stagesByTask().get(task.getTaskDefinitionKey()));
        return ((ExecutionEntity) task.getExecution()).getJobs().stream()
                .filter(job -> timer.equals(job.getActivityId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no timer " + timer + " on " + task.getId()));
    }
}
