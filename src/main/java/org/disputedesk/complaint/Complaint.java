package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A buyer's complaint against a shop, as the domain tables hold it. Where the case stands
 * ({@link #stage()}) is kept in step with the process by the engine's task listeners.
 */
public record Complaint(
        String id, String buyer, String shopId, String parkId, String orderRef, Category category,
        String description, BigDecimal orderAmount, BigDecimal claimedAmount, Remedy desiredRemedy,
        Livestream livestream, String priority, boolean standardsRelated, String silenceOutcome,
        Stage stage, Outcome outcome, Instant dueAt, String mediator, boolean mediationOverdue,
        boolean escalatedToCommittee, Offer offer, boolean shopMissedResponse, Ruling ruling, Terms agreed,
        String fulfilmentProof, int fulfilmentMisses, InformationRequest informationRequest,
        String processInstanceId, Instant createdAt, Instant updatedAt, Instant closedAt) {

    public boolean isOpen() {
        return stage != Stage.CLOSED;
    }

    /** A moment of a recorded livestream the complaint points at. */
    public record Livestream(String room, Integer offsetSeconds) {
    }

    /** The shop's answer: ACCEPT, COUNTER_OFFER (with terms) or REJECT (with a reason). */
    public record Offer(String decision, Remedy remedy, BigDecimal amount, String message, Instant at) {
    }

    /** A mediator's settlement or ruling. */
    public record Ruling(String decision, Remedy remedy, BigDecimal amount, String reasoning, String by, Instant at) {
    }

    /** What the shop must deliver, however it came to be agreed. */
    public record Terms(Remedy remedy, BigDecimal amount) {
    }

    /** An open question of the mediator to one party. */
    public record InformationRequest(String party, String question) {
    }
}
