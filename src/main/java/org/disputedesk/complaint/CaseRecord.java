package org.disputedesk.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disputedesk.complaint.CaseEvent.CaseRef;

/**
 * What a case holds, as {@link Complaints} stores and restores it, and what anyone may read of it;
 * {@link Complaint} adds how it changes. Kept apart so that the aggregate's rules read without its
 * twenty fields' plumbing. Its fields are the package's only to be written by {@link Complaint}.
 */
public abstract class CaseRecord {

    final Filing filing;
    String processInstanceId;
    Routing routing;
    Stage stage;
    Outcome outcome;
    Instant dueAt;
    String mediator;
    boolean mediationOverdue;
    boolean escalatedToCommittee;
    Offer offer;
    boolean shopMissedResponse;
    BuyerDecision buyerDecision;
    MediatorRuling ruling;
    Terms agreed;
    InformationRequest informationRequest;
    String fulfilmentProof;
    int fulfilmentMisses;
    Boolean received;
    Appeal appeal;
    Instant updatedAt;
    Instant closedAt;
    /** What happened since the case was loaded, for {@link Complaints} to publish when it writes the case. */
    final List<CaseEvent> events = new ArrayList<>();

    /** A case as stored; {@link Complaints} restores it. */
    CaseRecord(Filing filing, ComplaintState state) {
        this.filing = filing;
        this.processInstanceId = state.processInstanceId();
        this.routing = state.routing();
        this.stage = state.stage();
        this.outcome = state.outcome();
        this.dueAt = state.dueAt();
        this.mediator = state.mediator();
        this.mediationOverdue = state.mediationOverdue();
        this.escalatedToCommittee = state.escalatedToCommittee();
        this.offer = state.offer();
        this.shopMissedResponse = state.shopMissedResponse();
        this.buyerDecision = state.buyerDecision();
        this.ruling = state.ruling();
        this.agreed = state.agreed();
        this.informationRequest = state.informationRequest();
        this.fulfilmentProof = state.fulfilmentProof();
        this.fulfilmentMisses = state.fulfilmentMisses();
        this.received = state.received();
        this.appeal = state.appeal();
        this.updatedAt = state.updatedAt();
        this.closedAt = state.closedAt();
    }

    ComplaintState state() {
        return new ComplaintState(processInstanceId, routing, stage, outcome, dueAt, mediator, mediationOverdue,
                escalatedToCommittee, offer, shopMissedResponse, buyerDecision, ruling, agreed, informationRequest,
                fulfilmentProof, fulfilmentMisses, received, appeal, updatedAt, closedAt);
    }

    /** Two reads of one case are equal when nothing changed it in between. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CaseRecord that && filing.equals(that.filing) && state().equals(that.state());
    }

    @Override
    public int hashCode() { return filing.hashCode(); }

    // ---- accessors

    /** Takes the events recorded since the last write: each is published once. */
    List<CaseEvent> takeEvents() {
        List<CaseEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public CaseRef ref() { return CaseRef.of(filing); }
    public Filing filing() { return filing; }
    public String id() { return filing.id(); }
    public String buyer() { return filing.buyer(); }
    public String shopId() { return filing.shopId(); }
    public String parkId() { return filing.parkId(); }
    public String streamerId() { return filing.streamerId(); }
    public String processInstanceId() { return processInstanceId; }
    public Routing routing() { return routing; }
    public Stage stage() { return stage; }
    public Outcome outcome() { return outcome; }
    public Instant dueAt() { return dueAt; }
    public String mediator() { return mediator; }
    public boolean mediationOverdue() { return mediationOverdue; }
    public boolean shopMissedResponse() { return shopMissedResponse; }
    public boolean escalatedToCommittee() { return escalatedToCommittee; }
    public Offer offer() { return offer; }
    public BuyerDecision buyerDecision() { return buyerDecision; }
    public MediatorRuling ruling() { return ruling; }
    public Terms agreed() { return agreed; }
    public InformationRequest informationRequest() { return informationRequest; }
    public String fulfilmentProof() { return fulfilmentProof; }
    public int fulfilmentMisses() { return fulfilmentMisses; }
    public Boolean received() { return received; }
    public Appeal appeal() { return appeal; }
    public Instant updatedAt() { return updatedAt; }
    public Instant closedAt() { return closedAt; }
}
