package org.disputedesk.complaint;

/** What the committee finds about the product against the cited standards. */
public enum Finding {
    CONFORMING, NONCONFORMING, NOT_APPLICABLE
}
