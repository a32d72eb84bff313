package org.disputedesk.complaint;

/** What a mediator decides on a claimed case. */
public enum MediationDecision {
    REQUEST_INFO, SETTLE, RULE_FOR_BUYER, RULE_FOR_SHOP, ESCALATE;

    /** Whether the decision awards the buyer terms the shop must deliver. */
    public boolean awards() {
        return this == SETTLE || this == RULE_FOR_BUYER;
    }

    /** Whether the decision is a ruling, which decides the case for one party. */
    public boolean rules() {
        return this == RULE_FOR_BUYER || this == RULE_FOR_SHOP;
    }
}
