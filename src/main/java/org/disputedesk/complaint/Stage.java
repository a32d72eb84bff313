package org.disputedesk.complaint;

/** Where a case stands: one value per user task of the process, and CLOSED. */
public enum Stage {
    SHOP_RESPONSE, BUYER_REVIEW, MEDIATION, INFORMATION_REQUEST, COMMITTEE_REVIEW, FULFILMENT,
    BUYER_CONFIRMATION, CLOSED
}
