package org.disputedesk.inquiry;

import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CommitteeFindings.Citation;

/**
 * A standards inquiry as its row keeps it: the shop, the cases whose findings opened it, and the facts of
 * each step taken (who, when, what), so that the inquiry is its own record of what happened.
 */
public record Inquiry(String id, String shopId, String parkId, InquiryStage stage, Verdict verdict,
                      List<String> findings, Instant openedAt, Instant dueAt,
                      String requirements, List<Citation> citations, String noticeBy, Instant noticeAt,
                      String plan, String planBy, Instant planAt,
                      String reasoning, String verifiedBy, Instant closedAt) {

    public boolean open() {
        return stage != InquiryStage.CLOSED;
    }
}
