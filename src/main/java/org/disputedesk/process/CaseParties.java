package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.disputedesk.complaint.Appeal;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Party;
import org.springframework.stereotype.Component;

/**
 * Answers the model's questions about a case from the case itself, found by the business key (the
 * complaint id): who takes each task, and what each gateway decides on. The process keeps no copy
 * of these as variables, so there is one source of truth, a Cockpit operator finds the parties on
 * the case the business key names, and a step completed through Tasklist branches exactly as one
 * completed through the API. Each step saves the case before it moves the process on, in the same
 * transaction, so the next gateway or task reads what it just recorded.
 */
@Component("caseParties")
public class CaseParties {

    private final Complaints complaints;

    CaseParties(Complaints complaints) {
        this.complaints = complaints;
    }

    public String buyer(DelegateExecution execution) {
        return of(execution).buyer();
    }

    public String shopGroup(DelegateExecution execution) {
        return ComplaintProcess.shopGroup(of(execution).shopId());
    }

    public String parkGroup(DelegateExecution execution) {
        return ComplaintProcess.parkGroup(of(execution).parkId());
    }

    /** The mediator who claimed the case; null until one does. */
    public String mediator(DelegateExecution execution) {
        return of(execution).mediator();
    }

    /** The buyer, when the mediator asked the buyer; null when the question goes to a group (shop, streamer). */
    public String informationAssignee(DelegateExecution execution) {
        Complaint complaint = of(execution);
        return complaint.informationRequest().party() == Party.BUYER ? complaint.buyer() : null;
    }

    /**
     * The shop's group when the mediator asked the shop, the streamer profile's when it asked the streamer;
     * else the park's, whose mediators can always see the request.
     */
    public String informationGroup(DelegateExecution execution) {
        Complaint complaint = of(execution);
        return switch (complaint.informationRequest().party()) {
            case SHOP -> ComplaintProcess.shopGroup(complaint.shopId());
            case STREAMER -> ComplaintProcess.streamerGroup(complaint.streamerId());
            case BUYER -> ComplaintProcess.parkGroup(complaint.parkId());
        };
    }

    /** What the routing decided shop silence means: AUTO_REMEDY or MEDIATION. */
    public String silenceOutcome(DelegateExecution execution) {
        return of(execution).routing().silenceOutcome();
    }

    /** The shop's answer: ACCEPT, COUNTER_OFFER or REJECT. */
    public String shopDecision(DelegateExecution execution) {
        return of(execution).offer().decision().name();
    }

    /** The buyer's review of that answer: ACCEPT or ESCALATE. */
    public String buyerDecision(DelegateExecution execution) {
        return of(execution).buyerDecision().name();
    }

    /** The mediator's latest decision: REQUEST_INFO, SETTLE, RULE_FOR_BUYER, RULE_FOR_SHOP or ESCALATE. */
    public String mediationDecision(DelegateExecution execution) {
        return of(execution).ruling().decision().name();
    }

    /** Whether the buyer's review accepted the shop's counter-offer, whose terms the shop must now deliver. */
    public boolean acceptsCounterOffer(DelegateExecution execution) {
        return of(execution).acceptsCounterOffer();
    }

    /** Whether the mediator's decision awards the buyer terms the shop must deliver (settle, rule for the buyer). */
    public boolean mediationAwards(DelegateExecution execution) {
        return of(execution).ruling().decision().awards();
    }

    /** Whether the mediator's decision is a ruling the parties may still appeal (a case is appealed once). */
    public boolean rulingAppealable(DelegateExecution execution) {
        return Appeal.isOpenAgainst(of(execution));
    }

    /** Whether the buyer prevails now that the ruling takes effect, as the appeal (if any) left it. */
    public boolean buyerPrevails(DelegateExecution execution) {
        return Appeal.buyerPrevails(of(execution));
    }

    /** Whether the buyer confirmed receiving the remedy. */
    public boolean received(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).received());
    }

    /** How many fulfilment deadlines the shop has missed, the one passing now included. */
    public int fulfilmentMisses(DelegateExecution execution) {
        return of(execution).fulfilmentMisses();
    }

    private Complaint of(DelegateExecution execution) {
        return complaints.find(execution.getProcessBusinessKey()).orElseThrow();
    }
}
