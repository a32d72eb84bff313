package org.disputedesk.complaint;

/** What the mediator reviewing an appeal decides: the ruling stands, or the other party prevails. */
public enum AppealDecision {
    UPHOLD, OVERTURN
}
