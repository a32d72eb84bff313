package org.disputedesk.park;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.springframework.stereotype.Component;

/**
 * Which parks a caller administers: an administrator every park, a park administrator their own.
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

    boolean administers(DeskUser user, String parkId) {
        return user.is(Role.ADMIN) || user.is(Role.PARK_ADMIN) && parkId.equals(user.parkId());
    }
}
