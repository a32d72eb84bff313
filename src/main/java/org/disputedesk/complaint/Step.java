package org.disputedesk.complaint;

import java.util.EnumSet;
import java.util.Set;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;

/**
 * Everything a party can do to a case, named by the last path segment of its endpoint. Each
 * step knows who may take it (else 403) and when it is open (else 409).
 */
public enum Step {
    SHOP_RESPONSE("shop-response", EnumSet.of(Role.SHOP)),
    BUYER_REVIEW("buyer-review", EnumSet.of(Role.BUYER)),
    CLAIM("claim", EnumSet.of(Role.MEDIATOR)),
    DECISION("decision", EnumSet.of(Role.MEDIATOR)),
    INFORMATION("information", EnumSet.of(Role.BUYER, Role.SHOP, Role.STREAMER)),
    COMMITTEE_RULING("committee-ruling", EnumSet.of(Role.COMMITTEE)),
    APPEAL("appeal", EnumSet.of(Role.BUYER, Role.SHOP)),
    APPEAL_DECISION("appeal-decision", EnumSet.of(Role.MEDIATOR)),
    FULFILMENT("fulfilment", EnumSet.of(Role.SHOP)),
    RECEIPT("receipt", EnumSet.of(Role.BUYER)),
    WITHDRAWAL("withdrawal", EnumSet.of(Role.BUYER)),
    RATING("rating", EnumSet.of(Role.BUYER)),
    MESSAGES("messages", EnumSet.of(Role.BUYER, Role.SHOP, Role.MEDIATOR, Role.COMMITTEE, Role.STREAMER)),
    EVIDENCE("evidence", EnumSet.of(Role.BUYER, Role.SHOP, Role.MEDIATOR, Role.STREAMER));

    private final String segment;
    private final Set<Role> roles;

    Step(String segment, Set<Role> roles) {
        this.segment = segment;
        this.roles = roles;
    }

    public String segment() {
        return segment;
    }

    /** Whether the caller's role, and their part in this case, allows the step at all. */
    public boolean mayBeTakenBy(DeskUser user, Complaint complaint) {
        if (!roles.contains(user.role())) {
            return false;
        }
        return switch (this) {
            case INFORMATION -> complaint.informationRequest() == null
                    || complaint.informationRequest().party().name().equals(user.role().name());
            case DECISION -> complaint.mediator() == null || complaint.mediator().equals(user.username());
            case APPEAL_DECISION -> !isRuler(user, complaint);
            default -> true;
        };
    }

    /** Whether {@code user} made the mediator's ruling on the case: an appeal goes to another mediator. */
    public static boolean isRuler(DeskUser user, Complaint complaint) {
        MediatorRuling ruling = complaint.ruling();
        return ruling != null && ruling.decision().rules() && ruling.by().equals(user.username());
    }

    /** Whether the case is where this step can be taken now by someone (a mediator: the claimant). */
    public boolean isOpenAtAll(Complaint complaint) {
        return this == DECISION ? complaint.isAt(Stage.MEDIATION) : isOpen(null, complaint, false);
    }

    /** Whether the case is where this step can be taken now. */
    public boolean isOpen(DeskUser user, Complaint complaint, boolean rated) {
        return switch (this) {
            case SHOP_RESPONSE -> complaint.isAt(Stage.SHOP_RESPONSE);
            case BUYER_REVIEW -> complaint.isAt(Stage.BUYER_REVIEW);
            case CLAIM -> complaint.isClaimable();
            case DECISION -> complaint.isMediatedBy(user.username());
            case INFORMATION -> complaint.isAt(Stage.INFORMATION_REQUEST);
            case COMMITTEE_RULING -> complaint.isAt(Stage.COMMITTEE_REVIEW);
            case APPEAL -> complaint.isAt(Stage.APPEAL_WINDOW);
            case APPEAL_DECISION -> complaint.isAt(Stage.APPEAL_REVIEW);
            case FULFILMENT -> complaint.isAt(Stage.FULFILMENT);
            case RECEIPT -> complaint.isAt(Stage.BUYER_CONFIRMATION);
            case RATING -> !complaint.isOpen() && !rated;
            case WITHDRAWAL, MESSAGES, EVIDENCE -> complaint.isOpen();
        };
    }
}
