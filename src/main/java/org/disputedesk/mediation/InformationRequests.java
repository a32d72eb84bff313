package org.disputedesk.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.complaint.TimelineAction;
import org.disputedesk.complaint.TimelineEntry;
import org.disputedesk.complaint.TimelineEntry.Actor;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.process.TaskForm;
import org.disputedesk.process.TaskStep;
import org.disputedesk.security.DeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asked party's answer to a mediator's question; the case returns to mediation. */
@Service
public class InformationRequests implements TaskStep {

    public record AnswerRequest(@NotBlank @Size(max = 4000) String text) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;
    private final CaseViews views;

    InformationRequests(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process,
                        CaseViews views) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
        this.views = views;
    }

    @Transactional
    public ComplaintView answer(DeskUser party, String id, AnswerRequest request) {
        Complaint complaint = steps.begin(party, id, Step.INFORMATION);
        answer(Actor.of(party), complaint, request);
        process.complete(complaint);
        return views.get(party, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.INFORMATION_REQUEST.equals(taskId);
    }

    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        answer(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.INFORMATION),
                form.valid(new AnswerRequest(form.text("text"))));
    }

    private void answer(Actor actor, Complaint complaint, AnswerRequest request) {
        complaint.answerInformation();
        complaint.touch(EngineClock.now());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, TimelineAction.INFORMATION_PROVIDED,
                complaint.stage()).with("question", complaint.informationRequest().question())
                .with("text", request.text()));
    }
}
