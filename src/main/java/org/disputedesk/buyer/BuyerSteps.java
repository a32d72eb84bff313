package org.disputedesk.buyer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Ratings;
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

/** What the buyer does after filing: review the shop's answer, confirm receipt, withdraw, rate. */
@Service
public class BuyerSteps implements TaskStep {

    public record ReviewRequest(@NotNull BuyerDecision decision, @Size(max = 2000) String message) {
    }

    public record ReceiptRequest(@NotNull Boolean received, @Size(max = 2000) String message) {
    }

    public record RatingRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final Ratings ratings;
    private final ProcessSteps process;
    private final CaseViews views;

    BuyerSteps(CaseSteps steps, Complaints complaints, Timeline timeline, Ratings ratings, ProcessSteps process,
               CaseViews views) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.ratings = ratings;
        this.process = process;
        this.views = views;
    }

    @Transactional
    public ComplaintView review(DeskUser buyer, String id, ReviewRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.BUYER_REVIEW);
        review(Actor.of(buyer), complaint, request);
        process.complete(complaint);
        return views.get(buyer, id);
    }

    @Transactional
    public ComplaintView confirmReceipt(DeskUser buyer, String id, ReceiptRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.RECEIPT);
        confirmReceipt(Actor.of(buyer), complaint, request);
        process.complete(complaint);
        return views.get(buyer, id);
    }

    @Transactional
    public ComplaintView withdraw(DeskUser buyer, String id) {
        Complaint complaint = steps.begin(buyer, id, Step.WITHDRAWAL);
        complaint.withdraw();
        timeline.append(id, TimelineEntry.of(Actor.of(buyer), TimelineAction.WITHDRAWN, complaint.stage()));
        process.withdraw(complaint);
        return views.get(buyer, id);
    }

    @Transactional
    public ComplaintView rate(DeskUser buyer, String id, RatingRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.RATING);
        ratings.add(id, request.score(), request.comment(), EngineClock.now());
        timeline.append(id, TimelineEntry.of(Actor.of(buyer), TimelineAction.RATED, complaint.stage())
                .with("score", request.score()).with("text", request.comment()));
        // The other steps move the case to its next stage, which stamps it as updated; a rating does not.
        complaint.touch(EngineClock.now());
        complaints.save(complaint);
        return views.get(buyer, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.BUYER_REVIEW.equals(taskId) || Tasks.BUYER_CONFIRMATION.equals(taskId);
    }

    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        if (Tasks.BUYER_REVIEW.equals(taskId)) {
            review(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.BUYER_REVIEW),
                    form.valid(new ReviewRequest(form.choice("decision", BuyerDecision.class), form.text("message"))));
        } else {
            confirmReceipt(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.RECEIPT),
                    form.valid(new ReceiptRequest(form.flag("received"), form.text("message"))));
        }
    }

    private void review(Actor actor, Complaint complaint, ReviewRequest request) {
        complaint.review(request.decision());
        complaints.save(complaint);
        TimelineAction action = request.decision() == BuyerDecision.ESCALATE ? TimelineAction.ESCALATED_TO_PARK
                : complaint.acceptsCounterOffer() ? TimelineAction.ACCEPTED_OFFER : TimelineAction.ACCEPTED_REJECTION;
        timeline.append(complaint.id(), TimelineEntry.of(actor, action, complaint.stage())
                .with("text", request.message()));
    }

    private void confirmReceipt(Actor actor, Complaint complaint, ReceiptRequest request) {
        complaint.confirmReceipt(request.received());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, request.received() ? TimelineAction.RECEIVED
                : TimelineAction.NOT_RECEIVED, complaint.stage()).with("text", request.message()));
    }
}
