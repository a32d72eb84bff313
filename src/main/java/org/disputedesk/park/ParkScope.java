package org.disputedesk.park;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Component;

/**
 * Which parks a caller administers: an administrator every park, a park administrator their own;
 * and whose cases a caller may read as a whole: their own park's staff, and administrators.
 * Another park does not exist for a park administrator (404), as another park's cases do not for
 * its mediators; a role that administers no park is refused outright (403).
 */
@Component
public class ParkScope {

    private final Parks parks;

    ParkScope(Parks parks) {
        this.parks = parks;
    }

    /** 403 unless the caller administers parks at all. */
    void requireAdministrator(DeskUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.PARK_ADMIN)) {
            throw new ActionForbidden("Only administrators and park administrators administer a park.");
        }
    }

    /** 403 for a role that administers no park; 404 for a park that is not there or not the caller's. */
    public void requireAdministers(DeskUser user, String parkId) {
        requireAdministrator(user);
        if (!administers(user, parkId) || !parks.exists(parkId)) {
            throw new CaseNotFound("Park " + parkId);
        }
    }

    /**
     * A park's cases and figures are its staff's (mediators, park administrators) and administrators':
     * 404 for a park that is not there or, to its staff, not their own; 403 with {@code refusal} for
     * any other role.
     */
    public void requireStaff(DeskUser user, String parkId, String refusal) {
        boolean parkStaff = user.is(Role.MEDIATOR) || user.is(Role.PARK_ADMIN);
        boolean ownPark = parkStaff && parkId.equals(user.parkId());
        if (!parks.exists(parkId) || parkStaff && !ownPark) {
            // another park's existence is none of its staff's business
            throw new CaseNotFound("Park " + parkId);
        }
        if (!ownPark && !user.is(Role.ADMIN)) {
            throw new ActionForbidden(refusal);
        }
    }

    boolean administers(DeskUser user, String parkId) {
        return user.is(Role.ADMIN) || user.is(Role.PARK_ADMIN) && parkId.equals(user.parkId());
    }
}
