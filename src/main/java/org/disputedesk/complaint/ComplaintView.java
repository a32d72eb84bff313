package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The complaint as the API returns it: the fields of the contract, a few more ({@code number}, the case number
 * people read out, {@code priority}, {@code overdue}, {@code agreed}, the buyer's {@code rating}, …), and
 * {@code actions}, what the caller may do now.
 */
public record ComplaintView(
        String id,
        @Schema(description = "The case number, for people: short enough to read out on the phone, shown as "
                + "`#123`. Assigned when the complaint is filed, never reused, unique in the installation; "
                + "the API addresses the complaint by its `id`.", example = "123", minimum = "1")
        long number,
        String buyer, String shopId, String parkId,
        @Schema(description = "The streamer profile whose livestream room the complaint points at; null when its "
                + "room is not a registered streamer's, or it names none.", example = "st-hm-001")
        String streamerId,
        String orderRef, Category category,
        String description, BigDecimal orderAmount, BigDecimal claimedAmount, Remedy desiredRemedy,
        Livestream livestream, Stage stage, Outcome outcome, Instant dueAt, boolean overdue,
        @Schema(description = "While the case waits on an information request or the committee, mediation's "
                + "clock stands still: the time it has left (ISO-8601), with which mediation resumes. Null "
                + "otherwise.", example = "PT148H30M")
        Duration mediationTimeLeft,
        String mediator, Offer offer, MediatorRuling ruling,
        @Schema(description = "The appeal of the mediator's ruling, once a party filed it: its grounds, the evidence "
                + "it cites, and how the review decided it (`decision` UPHOLD without `decidedBy`: upheld because "
                + "nobody decided it in time).")
        Appeal appeal,
        CommitteeFindings.CommitteeRuling committeeRuling, Ratings.Rating rating,
        @Schema(description = "Who bears the latest ruling's liability, in whole percent summing to 100 (the shop "
                + "alone unless the ruling divided it); empty until a ruling against the shop's side, and after a "
                + "ruling for the shop.")
        List<LiabilityShare> liability,
        Terms agreed, InformationRequest informationRequest, String fulfilmentProof,
        String priority, boolean standardsRelated, Instant createdAt, Instant updatedAt, Instant closedAt,
        @Schema(description = "When the case's personal data was erased, its retention period over or at the "
                + "buyer's request: the buyer, the order reference, the description, every party's words and "
                + "files are gone; stages, amounts, decisions and the outcome stay. Null until then.")
        Instant erasedAt,
        List<String> actions) {

    static ComplaintView of(Complaint c, CommitteeFindings.CommitteeRuling committeeRuling, Ratings.Rating rating,
                            List<LiabilityShare> liability, Duration mediationTimeLeft, Instant now,
                            List<String> actions) {
        Filing f = c.filing();
        Routing routing = c.routing();
        return new ComplaintView(f.id(), f.number(), f.buyer(), f.shopId(), f.parkId(), f.streamerId(), f.orderRef(),
                f.category(), f.description(), f.orderAmount(), f.claimedAmount(), f.desiredRemedy(), f.livestream(),
                c.stage(), c.outcome(), c.dueAt(), c.isOverdue(now), mediationTimeLeft, c.mediator(), c.offer(),
                c.ruling(), c.appeal(), committeeRuling, rating, liability, c.agreed(), c.informationRequest(),
                c.fulfilmentProof(), routing == null ? null : routing.priority(),
                routing != null && routing.standardsRelated(), f.createdAt(), c.updatedAt(), c.closedAt(), f.erasedAt(),
                actions);
    }
}
