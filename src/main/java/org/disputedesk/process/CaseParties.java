package org.disputedesk.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.springframework.stereotype.Component;

/**
 * Answers the model's questions about a case from the case's row, found by the business key
 * (the complaint id): who takes each task, and what the gateways after a deadline or the buyer's
 * review decide on. The process keeps no copy of these as variables, so there is one source of
 * truth, and a Cockpit operator finds the parties on the case the business key names. Each step
 * writes the row before it moves the process on, in the same transaction, so the next task or
 * gateway reads the claim, the shop's answer or the missed deadline it just recorded.
 */
@Component("caseParties")
public class CaseParties {

    private final Complaints complaints;

    CaseParties(Complaints complaints) {
        this.complaints = complaints;
    }

    public String buyer(DelegateExecution execution) {
        return filed(execution).buyer();
    }

    public String shopGroup(DelegateExecution execution) {
        return ComplaintProcess.shopGroup(filed(execution).shopId());
    }

    public String parkGroup(DelegateExecution execution) {
        return ComplaintProcess.parkGroup(filed(execution).parkId());
    }

    /** The mediator who claimed the case; null until one does. */
    public String mediator(DelegateExecution execution) {
        return of(execution).mediator();
    }

    /** What the routing decided shop silence means: AUTO_REMEDY or MEDIATION. */
    public String silenceOutcome(DelegateExecution execution) {
        return of(execution).silenceOutcome();
    }

    /** The shop's answer (ACCEPT, COUNTER_OFFER, REJECT); null while it has not answered. */
    public String shopDecision(DelegateExecution execution) {
        Complaint.Offer offer = of(execution).offer();
        return offer == null ? null : offer.decision();
    }

    /** How many fulfilment deadlines the shop has missed, the one passing now included. */
    public int fulfilmentMisses(DelegateExecution execution) {
        return of(execution).fulfilmentMisses();
    }

    private Complaints.Filed filed(DelegateExecution execution) {
        return complaints.filed(execution.getProcessBusinessKey()).orElseThrow();
    }

    private Complaint of(DelegateExecution execution) {
        return complaints.find(execution.getProcessBusinessKey()).orElseThrow();
    }
}
