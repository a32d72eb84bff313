package org.disputedesk.complaint;

/**
 * Where a case stands: one value per user task of the process, and CLOSED, in the order a case
 * goes through them. A mediator's ruling waits out its APPEAL_WINDOW, and an appeal its APPEAL_REVIEW.
 */
public enum Stage {
    SHOP_RESPONSE, BUYER_REVIEW, MEDIATION, INFORMATION_REQUEST, COMMITTEE_REVIEW, APPEAL_WINDOW, APPEAL_REVIEW,
    FULFILMENT, BUYER_CONFIRMATION, CLOSED;

    /**
     * Whether mediation's clock stops while the case is here: the mediator waits on someone else
     * (as Zammad, Frappe Helpdesk and the CFPB stop theirs), and mediation resumes with the time it had left.
     */
    public boolean pausesMediation() {
        return this == INFORMATION_REQUEST || this == COMMITTEE_REVIEW;
    }
}
