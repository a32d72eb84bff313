package org.disputedesk.park;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.AlreadyExists;
import org.disputedesk.web.Sentence;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park goes live without SQL: administrators create parks, a park's administrators its shops.
 * Each creation and its audit entry commit together.
 */
@Service
public class Onboarding {

    private final Parks parks;
    private final Shops shops;
    private final ParkScope scope;
    private final AuditLog audit;

    Onboarding(Parks parks, Shops shops, ParkScope scope, AuditLog audit) {
        this.parks = parks;
        this.shops = shops;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public Park createPark(DeskUser user, Park park) {
        if (!user.is(Role.ADMIN)) {
            throw new ActionForbidden("Only administrators create parks.");
        }
        Park created = park.normalized();
        try {
            parks.add(created);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExists(new Sentence("problem.parkExists",
                    "Park " + park.id() + " exists already; nothing was changed.", park.id()));
        }
        audit.record(user.username(), AuditAction.PARK_CREATED, "park:" + created.id(), created.id(),
                AuditDetail.names(created.name(), created.nameZh()));
        return created;
    }

    @Transactional
    public Shop createShop(DeskUser user, Shop shop) {
        scope.requireAdministers(user, shop.parkId());
        Shop created = shop.normalized();
        try {
            shops.add(created);
        } catch (DuplicateKeyException e) {
            throw new AlreadyExists(new Sentence("problem.shopExists",
                    "Shop " + shop.id() + " exists already; nothing was changed.", shop.id()));
        }
        audit.record(user.username(), AuditAction.SHOP_CREATED, "shop:" + created.id(), created.parkId(),
                AuditDetail.names(created.name(), created.nameZh()));
        return created;
    }
}
