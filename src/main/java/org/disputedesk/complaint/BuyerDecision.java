package org.disputedesk.complaint;

/** The buyer's review of the shop's answer: ACCEPT the counter-offer or rejection, or ESCALATE to the park. */
public enum BuyerDecision {
    ACCEPT, ESCALATE
}
