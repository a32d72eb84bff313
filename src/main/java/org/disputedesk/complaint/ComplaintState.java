package org.disputedesk.complaint;

import java.time.Instant;

/** Everything about a case that changes, as {@link Complaints} stores it. */
record ComplaintState(String processInstanceId, Routing routing, Stage stage, Outcome outcome, Instant dueAt,
                      String mediator, boolean mediationOverdue, boolean escalatedToCommittee, Offer offer,
                      boolean shopMissedResponse, BuyerDecision buyerDecision, MediatorRuling ruling, Terms agreed,
                      InformationRequest informationRequest, String fulfilmentProof, int fulfilmentMisses,
                      Boolean received, Appeal appeal, Instant updatedAt, Instant closedAt) {

    static ComplaintState filed(Instant at) {
        return new ComplaintState(null, null, Stage.SHOP_RESPONSE, null, null, null, false, false, null, false, null,
                null, null, null, null, 0, null, null, at, null);
    }
}
