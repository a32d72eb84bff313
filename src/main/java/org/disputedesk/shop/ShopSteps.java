package org.disputedesk.shop;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Offer;
import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.ShopDecision;
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
import org.disputedesk.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's two steps: answer the complaint, then prove the remedy was delivered. */
@Service
public class ShopSteps implements TaskStep {

    public record ResponseRequest(
            @NotNull ShopDecision decision,
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
    private final CaseViews views;

    ShopSteps(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process, CaseViews views) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
        this.views = views;
    }

    @Transactional
    public ComplaintView respond(DeskUser shop, String id, ResponseRequest request) {
        checkCounterOffer(request);
        Complaint complaint = steps.begin(shop, id, Step.SHOP_RESPONSE);
        respond(Actor.of(shop), complaint, request);
        process.complete(complaint);
        return views.get(shop, id);
    }

    @Transactional
    public ComplaintView fulfil(DeskUser shop, String id, FulfilmentRequest request) {
        Complaint complaint = steps.begin(shop, id, Step.FULFILMENT);
        fulfil(Actor.of(shop), complaint, request);
        process.complete(complaint);
        return views.get(shop, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.SHOP_RESPONSE.equals(taskId) || Tasks.FULFILMENT.equals(taskId);
    }

    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        if (Tasks.SHOP_RESPONSE.equals(taskId)) {
            ResponseRequest request = form.valid(new ResponseRequest(form.choice("decision", ShopDecision.class),
                    form.choice("remedy", Remedy.class), form.amount("amount"), form.text("message")));
            checkCounterOffer(request);
            respond(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.SHOP_RESPONSE), request);
        } else {
            fulfil(Actor.of(actor), steps.beginThroughEngine(complaintId, Step.FULFILMENT),
                    form.valid(new FulfilmentRequest(form.text("proof"))));
        }
    }

    private static void checkCounterOffer(ResponseRequest request) {
        boolean counter = request.decision() == ShopDecision.COUNTER_OFFER;
        String required = "problem.field.requiredForCounterOffer";
        InvalidFields.check()
                .require(!counter || request.remedy() != null, "remedy", required, "is required for a counter-offer")
                .require(!counter || request.amount() != null, "amount", required, "is required for a counter-offer")
                .throwIfAny();
    }

    private void respond(Actor actor, Complaint complaint, ResponseRequest request) {
        Offer offer = complaint.respond(request.decision(), request.remedy(), request.amount(),
                request.message(), EngineClock.now());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, TimelineAction.of(offer.decision()), complaint.stage())
                .with("remedy", offer.remedy()).with("amount", offer.amount()).with("text", offer.message()));
    }

    private void fulfil(Actor actor, Complaint complaint, FulfilmentRequest request) {
        complaint.fulfil(request.proof());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, TimelineAction.FULFILLED, complaint.stage())
                .with("text", request.proof()));
    }
}
