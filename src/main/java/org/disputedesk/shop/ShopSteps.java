package org.disputedesk.shop;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.Step;
import org.disputedesk.complaint.Timeline;
import org.disputedesk.process.ComplaintProcess.Vars;
import org.disputedesk.process.EngineClock;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.InvalidFields;
import org.disputedesk.web.RuleViolated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's two steps: answer the complaint, then prove the remedy was delivered. */
@Service
public class ShopSteps {

    /** ACCEPT the buyer's remedy, COUNTER_OFFER other terms, or REJECT with a reason. */
    public enum ResponseDecision { ACCEPT, COUNTER_OFFER, REJECT }

    public record ResponseRequest(
            @NotNull ResponseDecision decision,
            Remedy remedy,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 2000) String message) {
    }

    public record FulfilmentRequest(@NotBlank @Size(max = 4000) String proof) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;

    ShopSteps(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
    }

    @Transactional
    public void respond(DeskUser shop, String id, ResponseRequest request) {
        boolean counter = request.decision() == ResponseDecision.COUNTER_OFFER;
        InvalidFields.check()
                .require(!counter || request.remedy() != null, "remedy", "is required for a counter-offer")
                .require(!counter || request.amount() != null, "amount", "is required for a counter-offer")
                .throwIfAny();
        Complaint complaint = steps.begin(shop, id, Step.SHOP_RESPONSE);
        if (counter && request.amount().compareTo(complaint.orderAmount()) > 0
                && request.remedy() != Remedy.COMPENSATION) {
            throw new RuleViolated("A counter-offer may not exceed the order amount unless it is compensation.");
        }
        Complaint.Offer offer = switch (request.decision()) {
            case ACCEPT -> new Complaint.Offer("ACCEPT", complaint.desiredRemedy(), complaint.claimedAmount(),
                    request.message(), EngineClock.now());
            case COUNTER_OFFER -> new Complaint.Offer("COUNTER_OFFER", request.remedy(), request.amount(),
                    request.message(), EngineClock.now());
            case REJECT -> new Complaint.Offer("REJECT", null, null, request.message(), EngineClock.now());
        };
        complaints.shopAnswered(id, offer, request.decision() == ResponseDecision.ACCEPT
                ? new Complaint.Terms(offer.remedy(), offer.amount()) : null);
        timeline.append(id, shop.username(), Role.SHOP.name(), request.decision().name(), complaint.stage(),
                describe(offer));
        process.completeWithDecision(complaint, Stage.SHOP_RESPONSE,
                Map.of(Vars.SHOP_DECISION, request.decision().name()));
    }

    @Transactional
    public void fulfil(DeskUser shop, String id, FulfilmentRequest request) {
        Complaint complaint = steps.begin(shop, id, Step.FULFILMENT);
        complaints.fulfilled(id, request.proof());
        timeline.append(id, shop.username(), Role.SHOP.name(), "FULFILLED", complaint.stage(), request.proof());
        process.complete(complaint, Stage.FULFILMENT);
    }

    private static String describe(Complaint.Offer offer) {
        return offer.remedy() == null ? offer.message()
                : offer.remedy() + " of " + offer.amount() + " CNY: " + offer.message();
    }
}
