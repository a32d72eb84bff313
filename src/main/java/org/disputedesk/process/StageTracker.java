package org.disputedesk.process;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Stage;
import org.springframework.stereotype.Component;

/**
 * Keeps the case's stage and due date in step with the process: every user task, on creation,
 * moves the case to its stage with its due date (set by the model from the same deadline as its timer).
 */
@Component("stageTracker")
class StageTracker implements TaskListener {

    private final Complaints complaints;

    StageTracker(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = ComplaintProcess.stagesByTask().get(task.getTaskDefinitionKey());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Complaint complaint = complaints.find(task.getExecution().getProcessBusinessKey()).orElseThrow();
        complaint.reach(stage, due, EngineClock.now());
        complaints.save(complaint);
    }
}
