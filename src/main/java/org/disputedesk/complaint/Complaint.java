package org.disputedesk.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CaseEvent.Actor;
import org.disputedesk.complaint.CaseEvent.CaseClosed;
import org.disputedesk.complaint.CaseEvent.CaseFiled;
import org.disputedesk.complaint.CaseEvent.DeadlinePassed;
import org.disputedesk.complaint.CaseEvent.RulingIssued;
import org.disputedesk.complaint.CaseEvent.StageReached;
import org.disputedesk.web.RuleViolated;

/**
 * A buyer's complaint against a shop: what was filed, and where the case stands. Each step is a
 * method that refuses what the case's stage does not allow (409, naming the stage) and records
 * what the step decided; the process reads those decisions back from the case. {@link Complaints}
 * only loads and saves it. The stage itself moves with the process ({@link #reach}).
 */
public class Complaint extends CaseRecord {

    /** A new case, at the shop's answer; its process routes it and sets the deadline. */
    public static Complaint file(Filing filing) {
        Complaint complaint = new Complaint(filing, ComplaintState.filed(filing.createdAt()));
        complaint.events.add(new CaseFiled(complaint.ref(), filing.createdAt()));
        return complaint;
    }

    /** A case as stored; {@link Complaints} restores it. */
    Complaint(Filing filing, ComplaintState state) {
        super(filing, state);
    }

    // ---- what the process does to the case

    /** The process that carries the case, and what its routing decided. */
    public void route(String processInstanceId, Routing routing) {
        this.processInstanceId = processInstanceId;
        this.routing = routing;
    }

    /**
     * The process reached the task of {@code stage}, due at {@code due}. The lateness flag belongs
     * to a mediation: an information request or the committee pauses it without ending it, so the
     * flag stays, and stays when it resumes with no time left; else mediation re-arms its deadline,
     * and any other stage runs on its own.
     */
    public void reach(Stage next, Instant due, Instant at) {
        mediationOverdue &= next.pausesMediation() || next == Stage.MEDIATION && !due.isAfter(at);
        informationRequest = next == Stage.INFORMATION_REQUEST ? informationRequest : null;
        stage = next;
        dueAt = due;
        updatedAt = at;
        if (next != Stage.CLOSED) {
            events.add(new StageReached(ref(), next, Actor.at(next, informationRequest), mediator, due, at));
        }
    }

    public void close(Outcome closedAs, Instant at) {
        reach(Stage.CLOSED, null, at);
        outcome = closedAs;
        closedAt = at;
        events.add(new CaseClosed(ref(), closedAs, at));
    }

    /** The deadline of {@code missed} passed with its party silent. */
    public void deadlinePassed(Stage missed, Instant at) {
        events.add(new DeadlinePassed(ref(), missed, at));
    }

    /** The shop let its deadline pass; its public record shows it. */
    public void recordShopSilence() {
        requireStage(Stage.SHOP_RESPONSE);
        shopMissedResponse = true;
    }

    /** Shop silence on a small refund-only claim grants the buyer's remedy as if the shop accepted it. */
    public Terms grantRemedyAutomatically() {
        requireStage(Stage.SHOP_RESPONSE);
        agreed = new Terms(filing.desiredRemedy(), filing.claimedAmount());
        return agreed;
    }

    public void flagMediationOverdue() {
        mediationOverdue = true;
    }

    public void fulfilmentMissed() {
        requireStage(Stage.FULFILMENT);
        fulfilmentMisses++;
    }

    // ---- the parties' steps

    /** The shop's answer; a counter-offer keeps within the order's bounds ({@link Filing#requireWithinBounds}). */
    public Offer respond(ShopDecision decision, Remedy remedy, BigDecimal amount, String message, Instant at) {
        requireStage(Stage.SHOP_RESPONSE);
        offer = switch (decision) {
            case ACCEPT -> new Offer(decision, filing.desiredRemedy(), filing.claimedAmount(), message, at);
            case COUNTER_OFFER -> {
                filing.requireWithinBounds(remedy, amount);
                yield new Offer(decision, remedy, amount, message, at);
            }
            case REJECT -> new Offer(decision, null, null, message, at);
        };
        if (decision == ShopDecision.ACCEPT) {
            agreed = new Terms(offer.remedy(), offer.amount());
        }
        return offer;
    }

    /** The buyer's review of the shop's answer; accepting a counter-offer makes its terms the agreed ones. */
    public void review(BuyerDecision decision) {
        requireStage(Stage.BUYER_REVIEW);
        buyerDecision = decision;
        if (acceptsCounterOffer()) {
            agreed = new Terms(offer.remedy(), offer.amount());
        }
    }

    /** Whether the buyer's review accepted a counter-offer (rather than a rejection, or escalating). */
    public boolean acceptsCounterOffer() {
        return buyerDecision == BuyerDecision.ACCEPT && offer != null && offer.decision() == ShopDecision.COUNTER_OFFER;
    }

    public void claim(String by) {
        if (!isClaimable()) {
            throw new StepNotOpen(stage, whyNotClaimable());
        }
        mediator = by;
    }

    /** The claiming mediator's decision; what it awards, within the order's bounds, becomes the agreed terms. */
    public void decide(MediatorRuling decided, Party asked, String question) {
        if (!isMediatedBy(decided.by())) {
            throw new StepNotOpen(stage, whyNotDecidable());
        }
        if (decided.decision().awards()) {
            filing.requireWithinBounds(decided.remedy(), decided.amount());
        }
        if (decided.decision() == MediationDecision.REQUEST_INFO && asked == Party.STREAMER && streamerId() == null) {
            throw new RuleViolated("problem.noStreamerToAsk", "This case names no streamer to ask: its livestream "
                    + "room, if any, is not a registered streamer's room.");
        }
        ruling = decided;
        switch (decided.decision()) {
            case REQUEST_INFO -> informationRequest = new InformationRequest(asked, question);
            case SETTLE, RULE_FOR_BUYER -> agreed = new Terms(decided.remedy(), decided.amount());
            case ESCALATE -> escalatedToCommittee = true;
            case RULE_FOR_SHOP -> {
                // nothing to deliver: the case closes as rejected
            }
        }
        if (decided.decision().rules()) {
            events.add(new RulingIssued(ref(), CaseEvent.Ruler.MEDIATOR, decided.at()));
        }
    }

    /** A party appeals the ruling in its window, citing new evidence among the case's ({@link Appeal#file}). */
    public void appeal(Party party, String by, String grounds, List<Long> evidenceIds, List<Evidence.Item> onTheCase,
                       Instant at) {
        requireStage(Stage.APPEAL_WINDOW);
        appeal = Appeal.file(ruling, party, by, grounds, evidenceIds, onTheCase, at);
    }

    /** Another mediator of the park decides the appeal, for good; what it awards becomes the agreed terms. */
    public void decideAppeal(AppealDecision decision, Terms awarded, String reasoning, String by, Instant at) {
        requireStage(Stage.APPEAL_REVIEW);
        appeal = appeal.decide(filing, ruling, decision, awarded, reasoning, by, at);
        agreed = appeal.agreed(agreed);
        events.add(new RulingIssued(ref(), CaseEvent.Ruler.MEDIATOR, at));
    }

    /** Nobody appealed in time, or nobody decided the appeal in time: the ruling takes effect as it is. */
    public void rulingStands(Instant at) {
        appeal = appeal == null ? null : appeal.unanswered(at);
    }

    public void answerInformation() {
        requireStage(Stage.INFORMATION_REQUEST);
    }

    public void committeeRuled(Instant at) {
        requireStage(Stage.COMMITTEE_REVIEW);
        events.add(new RulingIssued(ref(), CaseEvent.Ruler.COMMITTEE, at));
    }

    public void fulfil(String proof) {
        requireStage(Stage.FULFILMENT);
        fulfilmentProof = proof;
    }

    public void confirmReceipt(boolean wasReceived) {
        requireStage(Stage.BUYER_CONFIRMATION);
        received = wasReceived;
    }

    public void withdraw() {
        if (!isOpen()) {
            throw new StepNotOpen(stage);
        }
    }

    /** Something happened on the case that no stage change records (a message, a rating, a claim). */
    public void touch(Instant at) {
        updatedAt = at;
    }

    // ---- questions

    public boolean isOpen() {
        return stage != Stage.CLOSED;
    }

    public boolean isAt(Stage other) {
        return stage == other;
    }

    public boolean isClaimable() {
        return stage == Stage.MEDIATION && mediator == null;
    }

    public boolean isMediatedBy(String username) {
        return stage == Stage.MEDIATION && username.equals(mediator);
    }

    /**
     * The rule behind every red flag and overdue count: the step's deadline has passed, or the
     * case's mediation is flagged late (which outlives its deadline while a party is asked).
     */
    public boolean isOverdue(Instant now) {
        return isOverdue(dueAt, mediationOverdue, now);
    }

    /** {@link #isOverdue(Instant)} for a case read in part. */
    public static boolean isOverdue(Instant dueAt, boolean mediationOverdue, Instant now) {
        return dueAt != null && dueAt.isBefore(now) || mediationOverdue;
    }

    /** Why the case cannot be claimed now. */
    String whyNotClaimable() {
        return stage == Stage.MEDIATION ? "The case is already claimed by " + mediator + "." : notInMediation();
    }

    /** Why the case cannot be decided now by someone who has not claimed it. */
    String whyNotDecidable() {
        return stage == Stage.MEDIATION ? "Claim the case before deciding it." : notInMediation();
    }

    private String notInMediation() {
        return "The case is not in mediation: it is at stage " + stage + ".";
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new StepNotOpen(stage);
        }
    }
}
