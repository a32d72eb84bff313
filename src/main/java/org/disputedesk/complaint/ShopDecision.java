package org.disputedesk.complaint;

/** The shop's answer: ACCEPT the buyer's remedy, COUNTER_OFFER other terms, or REJECT with a reason. */
public enum ShopDecision {
    ACCEPT, COUNTER_OFFER, REJECT
}
