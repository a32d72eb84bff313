package org.disputedesk.buyer;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Ratings;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.ComplaintProcess.Vars;
import org.disputedesk.process.EngineClock;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the buyer does after filing: review the shop's answer, confirm receipt, withdraw, rate. */
@Service
public class BuyerSteps {

    /** ACCEPT the shop's counter-offer or rejection, or ESCALATE to the park. */
    public enum ReviewDecision { ACCEPT, ESCALATE }

    public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 2000) String message) {
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

    BuyerSteps(CaseSteps steps, Complaints complaints, Timeline timeline, Ratings ratings, ProcessSteps process) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.ratings = ratings;
        this.process = process;
    }

    @Transactional
    public void review(DeskUser buyer, String id, ReviewRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.BUYER_REVIEW);
        boolean acceptsOffer = request.decision() == ReviewDecision.ACCEPT
                && "COUNTER_OFFER".equals(complaint.offer().decision());
        if (acceptsOffer) {
            complaints.agreed(id, new Complaint.Terms(complaint.offer().remedy(), complaint.offer().amount()));
        }
        record(buyer, complaint, request.decision() == ReviewDecision.ESCALATE ? "ESCALATED_TO_PARK"
                : acceptsOffer ? "ACCEPTED_OFFER" : "ACCEPTED_REJECTION", request.message());
        process.completeWithDecision(complaint, Stage.BUYER_REVIEW, Map.of(Vars.BUYER_DECISION, request.decision().name()));
    }

    @Transactional
    public void confirmReceipt(DeskUser buyer, String id, ReceiptRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.RECEIPT);
        record(buyer, complaint, request.received() ? "RECEIVED" : "NOT_RECEIVED", request.message());
        process.completeWithDecision(complaint, Stage.BUYER_CONFIRMATION, Map.of(Vars.RECEIVED, request.received()));
    }

    @Transactional
    public void withdraw(DeskUser buyer, String id) {
        Complaint complaint = steps.begin(buyer, id, Step.WITHDRAWAL);
        record(buyer, complaint, "WITHDRAWN", null);
        process.withdraw(complaint);
    }

    @Transactional
    public void rate(DeskUser buyer, String id, RatingRequest request) {
        Complaint complaint = steps.begin(buyer, id, Step.RATING);
        ratings.add(id, request.score(), request.comment(), EngineClock.now());
        record(buyer, complaint, "RATED", request.score() + "/5"
                + (request.comment() == null ? "" : ": " + request.comment()));
        // The other steps move the case to its next stage, which stamps updated_at; a rating does not.
        complaints.touched(id, EngineClock.now());
    }

    private void record(DeskUser buyer, Complaint complaint, String action, String detail) {
        timeline.append(complaint.id(), buyer.username(), Role.BUYER.name(), action, complaint.stage(), detail);
    }
}
