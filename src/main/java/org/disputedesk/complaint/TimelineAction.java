package org.disputedesk.complaint;

/** What a timeline entry records; the portal names each in the reader's language ({@code timeline.<ACTION>}). */
public enum TimelineAction {
    FILED, ROUTED,
    ACCEPT, COUNTER_OFFER, REJECT,
    ACCEPTED_OFFER, ACCEPTED_REJECTION, ESCALATED_TO_PARK,
    CLAIMED, REQUEST_INFO, SETTLE, RULE_FOR_BUYER, RULE_FOR_SHOP, ESCALATE,
    INFORMATION_PROVIDED,
    APPEALED, APPEAL_UPHELD, APPEAL_OVERTURNED_FOR_BUYER, APPEAL_OVERTURNED_FOR_SHOP, RULING_TOOK_EFFECT,
    RULED_CONFORMING, RULED_NONCONFORMING, RULED_NOT_APPLICABLE,
    FULFILLED, RECEIVED, NOT_RECEIVED, WITHDRAWN, RATED,
    MESSAGE, EVIDENCE_ADDED,
    DEADLINE_PASSED, REMEDY_GRANTED, CLOSED,
    /** The case's personal data was erased (the entries before it keep their place, not their content). */
    PERSONAL_DATA_ERASED;

    /** The entry of a shop's answer. */
    public static TimelineAction of(ShopDecision decision) {
        return valueOf(decision.name());
    }

    /** The entry of a mediator's decision. */
    public static TimelineAction of(MediationDecision decision) {
        return valueOf(decision.name());
    }

    /** The entry of the decision on an appeal: upheld, or overturned for the party who now prevails. */
    public static TimelineAction of(AppealDecision decision, boolean buyerPrevails) {
        if (decision == AppealDecision.UPHOLD) {
            return APPEAL_UPHELD;
        }
        return buyerPrevails ? APPEAL_OVERTURNED_FOR_BUYER : APPEAL_OVERTURNED_FOR_SHOP;
    }

    /** The entry of a committee's ruling. */
    public static TimelineAction of(Finding finding) {
        return valueOf("RULED_" + finding.name());
    }
}
