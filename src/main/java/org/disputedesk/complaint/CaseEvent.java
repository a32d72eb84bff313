package org.disputedesk.complaint;

import java.time.Instant;

/**
 * What happened to a case, as the parties and the park's systems are told of it. A case records
 * its events as its steps happen; {@link Complaints} publishes them when it writes the case, inside
 * the step's transaction, so that a listener's writes commit or roll back with the step.
 */
public sealed interface CaseEvent {

    /** The case the event is about. */
    CaseRef ref();

    /** When it happened, on the engine's clock. */
    Instant at();

    /** Who a case belongs to: enough for a listener to address the parties without reading the case. */
    record CaseRef(String complaintId, String parkId, String shopId, String buyer, String streamerId) {

        static CaseRef of(Filing filing) {
            return new CaseRef(filing.id(), filing.parkId(), filing.shopId(), filing.buyer(), filing.streamerId());
        }
    }

    /** A buyer filed the case. */
    record CaseFiled(CaseRef ref, Instant at) implements CaseEvent {}

    /**
     * The case moved to {@code stage}, where {@code actor} must act by {@code dueAt} (if set);
     * {@code mediator} is the one who claimed the case, if one has: in an appeal's review, the one who ruled.
     */
    record StageReached(CaseRef ref, Stage stage, Actor actor, String mediator, Instant dueAt, Instant at)
            implements CaseEvent {}

    /**
     * Who must act at a stage: a party of the case (the streamer when asked), both parties (either may appeal a ruling), the
     * park's mediators, those of them but the one who ruled (an appeal's reviewers), or the committee.
     */
    enum Actor {
        BUYER, SHOP, STREAMER, PARTIES, MEDIATOR, REVIEWERS, COMMITTEE;

        static Actor at(Stage stage, InformationRequest asked) {
            return switch (stage) {
                case SHOP_RESPONSE, FULFILMENT -> SHOP;
                case BUYER_REVIEW, BUYER_CONFIRMATION -> BUYER;
                case MEDIATION -> MEDIATOR;
                case INFORMATION_REQUEST -> valueOf(asked.party().name());
                case COMMITTEE_REVIEW -> COMMITTEE;
                case APPEAL_WINDOW -> PARTIES;
                case APPEAL_REVIEW -> REVIEWERS;
                case CLOSED -> throw new IllegalArgumentException("Nobody acts on a closed case");
            };
        }
    }

    /** The deadline of {@code stage} passed with its party silent. */
    record DeadlinePassed(CaseRef ref, Stage stage, Instant at) implements CaseEvent {}

    /** A mediator ({@code MEDIATOR}) or the committee ({@code COMMITTEE}) ruled on the case. */
    record RulingIssued(CaseRef ref, Ruler by, Instant at) implements CaseEvent {}

    /** Who rules on a case. */
    enum Ruler { MEDIATOR, COMMITTEE }

    /** The case closed with {@code outcome}. */
    record CaseClosed(CaseRef ref, Outcome outcome, Instant at) implements CaseEvent {}
}
