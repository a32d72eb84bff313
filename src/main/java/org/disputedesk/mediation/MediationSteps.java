package org.disputedesk.mediation;

import java.math.BigDecimal;
import java.util.HashMap;
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
import org.disputedesk.process.ComplaintProcess;
import org.disputedesk.process.ComplaintProcess.Vars;
import org.disputedesk.process.EngineClock;
import org.disputedesk.process.ProcessSteps;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.InvalidFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The park mediator's work on a case: claim it, then ask, settle, rule or escalate. */
@Service
public class MediationSteps {

    public enum Decision { REQUEST_INFO, SETTLE, RULE_FOR_BUYER, RULE_FOR_SHOP, ESCALATE }

    public enum Party { BUYER, SHOP }

    public record DecisionRequest(
            @NotNull Decision decision,
            Party party,
            @Size(max = 2000) String question,
            Remedy remedy,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 4000) String reasoning) {
    }

    private final CaseSteps steps;
    private final Complaints complaints;
    private final Timeline timeline;
    private final ProcessSteps process;

    MediationSteps(CaseSteps steps, Complaints complaints, Timeline timeline, ProcessSteps process) {
        this.steps = steps;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
    }

    @Transactional
    public void claim(DeskUser mediator, String id) {
        Complaint complaint = steps.begin(mediator, id, Step.CLAIM);
        complaints.mediatorClaimed(id, mediator.username());
        complaints.touched(id, EngineClock.now());
        timeline.append(id, mediator.username(), Role.MEDIATOR.name(), "CLAIMED", complaint.stage(), null);
        process.claimMediation(complaint, mediator.username());
    }

    @Transactional
    public void decide(DeskUser mediator, String id, DecisionRequest request) {
        validate(request);
        Complaint complaint = steps.begin(mediator, id, Step.DECISION);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.MEDIATION_DECISION, request.decision().name());
        switch (request.decision()) {
            case REQUEST_INFO -> {
                complaints.informationRequested(id,
                        new Complaint.InformationRequest(request.party().name(), request.question()));
                boolean askBuyer = request.party() == Party.BUYER;
                variables.put(Vars.INFORMATION_ASSIGNEE, askBuyer ? complaint.buyer() : null);
                variables.put(Vars.INFORMATION_GROUP, askBuyer ? ComplaintProcess.parkGroup(complaint.parkId())
                        : ComplaintProcess.shopGroup(complaint.shopId()));
            }
            case SETTLE, RULE_FOR_BUYER -> complaints.agreed(id,
                    new Complaint.Terms(request.remedy(), request.amount()));
            case ESCALATE -> complaints.escalatedToCommittee(id);
            case RULE_FOR_SHOP -> {
                // nothing to deliver: the case closes as rejected
            }
        }
        complaints.ruled(id, new Complaint.Ruling(request.decision().name(), request.remedy(), request.amount(),
                request.reasoning(), mediator.username(), EngineClock.now()));
        timeline.append(id, mediator.username(), Role.MEDIATOR.name(), request.decision().name(), complaint.stage(),
                describe(request));
        process.completeWithDecision(complaint, Stage.MEDIATION, variables);
    }

    private static void validate(DecisionRequest request) {
        boolean asks = request.decision() == Decision.REQUEST_INFO;
        boolean awards = request.decision() == Decision.SETTLE || request.decision() == Decision.RULE_FOR_BUYER;
        boolean escalates = request.decision() == Decision.ESCALATE;
        InvalidFields.check()
                .require(!asks || request.party() != null, "party", "is required to request information")
                .require(!(asks || escalates) || hasText(request.question()), "question",
                        asks ? "is required to request information" : "must state the standards question")
                .require(!awards || request.remedy() != null, "remedy", "is required to settle or rule for the buyer")
                .require(!awards || request.amount() != null, "amount", "is required to settle or rule for the buyer")
                .throwIfAny();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String describe(DecisionRequest request) {
        return switch (request.decision()) {
            case REQUEST_INFO -> "Asked the " + request.party() + ": " + request.question();
            case ESCALATE -> "Standards question: " + request.question() + " Reasoning: " + request.reasoning();
            case SETTLE, RULE_FOR_BUYER -> request.remedy() + " of " + request.amount() + " CNY. "
                    + request.reasoning();
            case RULE_FOR_SHOP -> request.reasoning();
        };
    }
}
