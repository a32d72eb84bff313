package org.disputedesk.inquiry;

import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CommitteeFindings.Citation;

/**
 * An inquiry as the API and the portal show it: its facts, and {@code actions}, the steps the caller may take
 * now, by their endpoint's last path segment ({@code notice}, {@code corrective-plan}, {@code verification}).
 */
public record InquiryView(String id, String shopId, String parkId, InquiryStage stage, Verdict verdict,
                          List<String> findings, Instant openedAt, Instant dueAt,
                          String requirements, List<Citation> citations, String noticeBy, Instant noticeAt,
                          String plan, String planBy, Instant planAt,
                          String reasoning, String verifiedBy, Instant closedAt, List<String> actions) {

    static InquiryView of(Inquiry i, List<String> actions) {
        return new InquiryView(i.id(), i.shopId(), i.parkId(), i.stage(), i.verdict(), i.findings(), i.openedAt(),
                i.dueAt(), i.requirements(), i.citations(), i.noticeBy(), i.noticeAt(), i.plan(), i.planBy(),
                i.planAt(), i.reasoning(), i.verifiedBy(), i.closedAt(), actions);
    }

    /** An inquiry as a shop's public record shows it: that it was opened, on how many cases, and how it ended. */
    public record OnRecord(String id, InquiryStage stage, Verdict verdict, int findings, Instant openedAt,
                           Instant closedAt) {

        static OnRecord of(Inquiry i) {
            return new OnRecord(i.id(), i.stage(), i.verdict(), i.findings().size(), i.openedAt(), i.closedAt());
        }
    }
}
