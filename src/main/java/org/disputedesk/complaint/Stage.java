package org.disputedesk.complaint;

/** Where a case stands: one value per user task of the process, and CLOSED. */
public enum Stage {
    SHOP_RESPONSE, BUYER_REVIEW, MEDIATION, INFORMATION_REQUEST, COMMITTEE_REVIEW, FULFILMENT,
    BUYER_CONFIRMATION, CLOSED;

    /**
     * Whether mediation's clock stops while the case is here: the mediator waits on someone else
     * (as Zammad, Frappe Helpdesk and the CFPB stop theirs), and mediation resumes with the time it had left.
     */
    public boolean pausesMediation() {
        return this == INFORMATION_REQUEST || this == COMMITTEE_REVIEW;
    }
}
