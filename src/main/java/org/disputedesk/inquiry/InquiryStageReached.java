package org.disputedesk.inquiry;

import java.time.Instant;

/**
 * An inquiry reached a stage, published in the transaction of the step that moved it: opened (the committee's
 * notice is next), noticed (the shop's plan is due by {@code dueAt}), planned (the committee verifies), or
 * closed with its {@code verdict}.
 */
public record InquiryStageReached(String inquiryId, String shopId, String parkId, InquiryStage stage, Instant dueAt,
                                  Verdict verdict, Instant at) {
}
