package org.disputedesk.complaint;

/** What the buyer wants, or what the shop offers or a mediator rules. */
public enum Remedy {
    REFUND, RETURN_AND_REFUND, EXCHANGE, REPAIR, COMPENSATION
}
