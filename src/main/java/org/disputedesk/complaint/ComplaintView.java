package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disputedesk.committee.CommitteeRulings;

/**
 * The complaint as the API returns it: the fields of the contract, a few more ({@code priority},
 * {@code overdue}, {@code agreed}, the buyer's {@code rating}, …), and {@code actions}, what the caller may do now.
 */
public record ComplaintView(
        String id, String buyer, String shopId, String parkId, String orderRef, Category category,
        String description, BigDecimal orderAmount, BigDecimal claimedAmount, Remedy desiredRemedy,
        Complaint.Livestream livestream, Stage stage, Outcome outcome, Instant dueAt, boolean overdue,
        String mediator, Complaint.Offer offer, Complaint.Ruling ruling, CommitteeRulings.Ruling committeeRuling,
        Ratings.Rating rating,
        Complaint.Terms agreed, Complaint.InformationRequest informationRequest, String fulfilmentProof,
        String priority, boolean standardsRelated, Instant createdAt, Instant updatedAt, Instant closedAt,
        List<String> actions) {

    static ComplaintView of(Complaint c, CommitteeRulings.Ruling committeeRuling, Ratings.Rating rating, Instant now,
                            List<String> actions) {
        boolean overdue = Complaints.isOverdue(c.dueAt(), c.mediationOverdue(), now);
        return new ComplaintView(c.id(), c.buyer(), c.shopId(), c.parkId(), c.orderRef(), c.category(),
                c.description(), c.orderAmount(), c.claimedAmount(), c.desiredRemedy(), c.livestream(), c.stage(),
                c.outcome(), c.dueAt(), overdue, c.mediator(), c.offer(), c.ruling(), committeeRuling, rating, c.agreed(),
                c.informationRequest(), c.fulfilmentProof(), c.priority(), c.standardsRelated(), c.createdAt(),
                c.updatedAt(), c.closedAt(), actions);
    }
}
