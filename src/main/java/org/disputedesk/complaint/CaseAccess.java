package org.disputedesk.complaint;

import java.util.List;

import org.disputedesk.security.DeskUser;
import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Component;

/**
 * Who sees which case. A buyer sees own complaints, a shop operator those against own shops, a
 * mediator and a park administrator those of own park (parks are tenants), a streamer those filed
 * about a room of their streamer profile, the committee those
 * escalated to it, an admin all. A case the caller may not see does not exist for them: 404, never 403.
 */
@Component
public class CaseAccess {

    private final Complaints complaints;

    CaseAccess(Complaints complaints) {
        this.complaints = complaints;
    }

    public boolean canSee(DeskUser user, Complaint complaint) {
        return switch (user.role()) {
            // a case whose personal data was erased is no one's as a buyer
            case BUYER -> user.username().equals(complaint.buyer());
            case SHOP -> user.memberOf(complaint.shopId());
            case MEDIATOR, PARK_ADMIN -> complaint.parkId().equals(user.parkId());
            case COMMITTEE -> complaint.escalatedToCommittee();
            case ADMIN -> true;
            case STREAMER -> user.streamerId() != null && user.streamerId().equals(complaint.streamerId());
        };
    }

    /** The case, if the caller may see it. */
    public Complaint visible(DeskUser user, String id) {
        return complaints.find(id).filter(c -> canSee(user, c)).orElseThrow(() -> notFound(id));
    }

    /** The case, locked for the rest of the transaction, if the caller may see it. */
    public Complaint lockVisible(DeskUser user, String id) {
        return complaints.lock(id).filter(c -> canSee(user, c)).orElseThrow(() -> notFound(id));
    }

    /** The case, locked for the rest of the transaction, whoever asks. */
    Complaint lock(String id) {
        return complaints.lock(id).orElseThrow(() -> notFound(id));
    }

    /** The cases the caller may see, as a condition on the complaints table. */
    public CaseFilter filterFor(DeskUser user) {
        CaseFilter all = CaseFilter.all();
        return switch (user.role()) {
            case BUYER -> all.and("buyer = :viewer", "viewer", user.username());
            // The member's shops as a literal list: the planner can then walk the (shop, stage, created)
            // index in order, which a sub-select would hide from it.
            case SHOP -> user.shopIds().isEmpty() ? all.and("1 = :none", "none", 0)
                    : all.and("shop_id in (:viewerShops)", "viewerShops", List.copyOf(user.shopIds()));
            case MEDIATOR, PARK_ADMIN -> all.and("park_id = :viewerPark", "viewerPark", String.valueOf(user.parkId()));
            case COMMITTEE -> all.and("escalated_to_committee = :escalated", "escalated", true);
            case ADMIN -> all;
            case STREAMER -> user.streamerId() == null ? all.and("1 = :none", "none", 0)
                    : all.and("streamer_id = :viewerStreamer", "viewerStreamer", user.streamerId());
        };
    }

    private static CaseNotFound notFound(String id) {
        return new CaseNotFound("Complaint " + id);
    }
}
