package org.disputedesk.complaint;

/** What the buyer complains about. */
public enum Category {
    QUALITY_DEFECT, NONSTANDARD_LABEL, NOT_AS_DESCRIBED, LIVESTREAM_MISREPRESENTATION, SIZE_MISMATCH,
    DELIVERY, AFTER_SALES_REFUSED, OTHER
}
