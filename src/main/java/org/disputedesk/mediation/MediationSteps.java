package org.disputedesk.mediation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.MediatorRuling;
import org.disputedesk.complaint.CaseSteps;
import org.disputedesk.committee.CommitteeReviews.CitationRequest;
import org.disputedesk.committee.StandardsCatalog;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.complaint.Liabilities;
import org.disputedesk.complaint.LiabilityShare;
import org.disputedesk.complaint.LiabilitySplit;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Party;
import org.disputedesk.complaint.Remedy;
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

/** The park mediator's work on a case: claim it, then ask, settle, rule or escalate. */
@Service
public class MediationSteps implements TaskStep {

    public record DecisionRequest(
            @NotNull MediationDecision decision,
            Party party,
            @Size(max = 2000) String question,
            Remedy remedy,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 20) List<@Valid @NotNull CitationRequest> citations,
            @NotBlank @Size(max = 4000) String reasoning,
            @Size(max = 4) List<@Valid @NotNull LiabilityShare> liability) {

        /** A decision that divides no liability (or leaves it all to the shop). */
        public DecisionRequest(MediationDecision decision, Party party, String question, Remedy remedy,
                               BigDecimal amount, List<CitationRequest> citations, String reasoning) {
            this(decision, party, question, remedy, amount, citations, reasoning, null);
        }
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;
    private final CaseViews views;
    private final StandardsCatalog catalog;
    private final Liabilities liabilities;

    MediationSteps(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process,
                   CaseViews views, StandardsCatalog catalog, Liabilities liabilities) {
        this.catalog = catalog;
        this.liabilities = liabilities;
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
        this.views = views;
    }

    @Transactional
    public ComplaintView claim(DeskUser mediator, String id) {
        Complaint complaint = steps.begin(mediator, id, Step.CLAIM);
        claim(Actor.of(mediator), complaint);
        process.claimMediation(complaint, mediator.username());
        return views.get(mediator, id);
    }

    @Transactional
    public ComplaintView decide(DeskUser mediator, String id, DecisionRequest request) {
        validate(request);
        Complaint complaint = steps.begin(mediator, id, Step.DECISION);
        decide(Actor.of(mediator), complaint, request);
        process.complete(complaint);
        return views.get(mediator, id);
    }

    @Override
    public boolean takes(String taskId) {
        return Tasks.MEDIATION.equals(taskId);
    }

    /** Through the engine, an administrator who decides an unclaimed case claims it first. */
    @Override
    public void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form) {
        DecisionRequest request = form.valid(new DecisionRequest(form.choice("decision", MediationDecision.class),
                form.choice("party", Party.class), form.text("question"), form.choice("remedy", Remedy.class),
                form.amount("amount"), CitationRequest.fromForm(form), form.text("reasoning"),
                form.liability("liability")));
        validate(request);
        Complaint complaint = steps.beginThroughEngine(complaintId, Step.DECISION);
        if (complaint.isClaimable()) {
            claim(Actor.of(actor), complaint);
        }
        decide(Actor.of(actor), complaint, request);
    }

    private void claim(Actor actor, Complaint complaint) {
        complaint.claim(actor.username());
        complaint.touch(EngineClock.now());
        complaints.save(complaint);
        timeline.append(complaint.id(), TimelineEntry.of(actor, TimelineAction.CLAIMED, complaint.stage()));
    }

    private void decide(Actor actor, Complaint complaint, DecisionRequest request) {
        List<Citation> citations = StandardsCatalog.distinct(request.citations());
        citations.forEach(catalog::requireCitable);
        LiabilitySplit split = LiabilitySplit.of(complaint, request.liability());
        complaint.decide(new MediatorRuling(request.decision(), request.remedy(), request.amount(), citations,
                request.reasoning(), actor.username(), EngineClock.now()), request.party(), request.question());
        complaints.save(complaint);
        if (request.decision() == MediationDecision.RULE_FOR_BUYER) {
            liabilities.replace(complaint.id(), Liabilities.Ruling.MEDIATION, split, EngineClock.now());
        } else if (request.decision() == MediationDecision.RULE_FOR_SHOP) {
            liabilities.clear(complaint.id());
        }
        TimelineEntry entry = TimelineEntry.of(actor, TimelineAction.of(request.decision()), complaint.stage());
        timeline.append(complaint.id(), switch (request.decision()) {
            case REQUEST_INFO -> entry.with("party", request.party()).with("text", request.question());
            case ESCALATE -> entry.with("question", request.question()).with("text", request.reasoning());
            case SETTLE -> entry.with("remedy", request.remedy()).with("amount", request.amount())
                    .with("text", request.reasoning());
            case RULE_FOR_BUYER -> cited(entry.with("remedy", request.remedy()).with("amount", request.amount())
                    .with("text", request.reasoning()), citations).with("liability", split.said());
            case RULE_FOR_SHOP -> cited(entry.with("text", request.reasoning()), citations);
        });
    }

    private static TimelineEntry cited(TimelineEntry entry, List<Citation> citations) {
        return citations.isEmpty() ? entry : entry.with("cited", StandardsCatalog.listed(citations));
    }

    private static void validate(DecisionRequest request) {
        MediationDecision decision = request.decision();
        boolean asks = decision == MediationDecision.REQUEST_INFO;
        boolean escalates = decision == MediationDecision.ESCALATE;
        String toAsk = "problem.field.requiredToAsk";
        String toAward = "problem.field.requiredToAward";
        InvalidFields.check()
                .require(!asks || request.party() != null, "party", toAsk, "is required to request information")
                .require(!(asks || escalates) || hasText(request.question()), "question",
                        asks ? toAsk : "problem.field.requiredToEscalate",
                        asks ? "is required to request information" : "must state the standards question")
                .require(!decision.awards() || request.remedy() != null, "remedy", toAward,
                        "is required to settle or rule for the buyer")
                .require(!decision.awards() || request.amount() != null, "amount", toAward,
                        "is required to settle or rule for the buyer")
                .require(decision.rules() || request.citations() == null || request.citations().isEmpty(),
                        "citations", "problem.field.citationsOnlyInRuling", "only a ruling cites standard clauses")
                .throwIfAny();
        LiabilitySplit.checkShape(request.liability(), decision == MediationDecision.RULE_FOR_BUYER);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
