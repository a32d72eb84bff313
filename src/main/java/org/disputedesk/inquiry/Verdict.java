package org.disputedesk.inquiry;

/** How an inquiry ended: the shop corrected what the notice named, or did not (or sent no plan in time). */
public enum Verdict {
    CORRECTED, NOT_CORRECTED
}
