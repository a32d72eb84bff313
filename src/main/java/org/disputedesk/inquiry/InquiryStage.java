package org.disputedesk.inquiry;

/** Where an inquiry stands: waiting on the committee's notice, on the shop's plan, on the verification, or done. */
public enum InquiryStage {
    COMMITTEE_NOTICE, CORRECTIVE_PLAN, VERIFICATION, CLOSED
}
