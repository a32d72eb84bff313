package org.disputedesk.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.EngineClock;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asked party's answer to a mediator's question; the case returns to mediation. */
@Service
public class InformationRequests {

    public record AnswerRequest(@NotBlank @Size(max = 4000) String text) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;

    InformationRequests(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
    }

    @Transactional
    public void answer(DeskUser party, String id, AnswerRequest request) {
        Complaint complaint = steps.begin(party, id, Step.INFORMATION);
        timeline.append(id, party.username(), party.role().name(), "INFORMATION_PROVIDED", complaint.stage(),
                "Q: " + complaint.informationRequest().question() + " A: " + request.text());
        complaints.touched(id, EngineClock.now());
        process.complete(complaint, Stage.INFORMATION_REQUEST);
    }
}
