package org.disputedesk.park;

import java.util.List;
import java.util.Map;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.AlreadyExists;
import org.disputedesk.web.Sentence;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's administrators register its livestream hosts' profiles, as they onboard its shops: each
 * registration and its audit entry commit together, and a refused one changes nothing.
 */
@Service
public class StreamerOnboarding {

    private final Streamers streamers;
    private final Shops shops;
    private final ParkScope scope;
    private final AuditLog audit;

    StreamerOnboarding(Streamers streamers, Shops shops, ParkScope scope, AuditLog audit) {
        this.streamers = streamers;
        this.shops = shops;
        this.scope = scope;
        this.audit = audit;
    }

    /** 404 for a park not the caller's; 422 for a shop of another park; 409 for a taken id or room. */
    @Transactional
    public StreamerProfile create(DeskUser user, StreamerProfile profile) {
        scope.requireAdministers(user, profile.parkId());
        StreamerProfile created = profile.normalized();
        shops.requireOfPark(created.parkId(), created.shopIds());
        if (streamers.find(created.id()).isPresent()) {
            throw exists(created.id());
        }
        Map<String, String> owners = streamers.owners(created.rooms());
        if (!owners.isEmpty()) {
            Map.Entry<String, String> taken = owners.entrySet().iterator().next();
            throw new AlreadyExists(new Sentence("problem.roomTaken", "Room " + taken.getKey()
                    + " belongs to the streamer profile " + taken.getValue() + " already; nothing was changed.",
                    taken.getKey(), taken.getValue()));
        }
        try {
            streamers.add(created);
        } catch (DuplicateKeyException e) {
            throw exists(created.id()); // registered by another request meanwhile; this one rolls back whole
        }
        audit.record(user.username(), AuditAction.STREAMER_CREATED, "streamer:" + created.id(), created.parkId(),
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.NAME).with("name", created.name()),
                        AuditDetail.phrase(AuditPhrase.STREAMER_PROFILE)
                                .with("shops", String.join(", ", created.shopIds()))
                                .with("rooms", String.join(", ", created.rooms()))));
        return created;
    }

    /** The profiles of the parks the caller administers: every park's for an administrator. */
    @Transactional(readOnly = true)
    public List<StreamerProfile> list(DeskUser user, String parkId, int page, int size) {
        scope.requireAdministrator(user);
        if (parkId != null) {
            scope.requireAdministers(user, parkId);
            return streamers.of(parkId, page, size);
        }
        if (user.is(Role.ADMIN)) {
            return streamers.of(null, page, size);
        }
        return user.parkId() == null ? List.of() : streamers.of(user.parkId(), page, size);
    }

    private static AlreadyExists exists(String id) {
        return new AlreadyExists(new Sentence("problem.streamerExists",
                "Streamer profile " + id + " exists already; nothing was changed.", id));
    }
}
