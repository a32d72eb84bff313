package org.disputedesk.portal.admin;

import java.util.List;

import org.disputedesk.park.Directory;
import org.disputedesk.park.Park;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The parks a user administers, as the administration pages offer them: every park to an
 * administrator, their own to a park administrator. No other role has administration pages.
 */
@Component
class AdministeredParks {

    /**
     * The parks a page lists records of: {@code parks} to choose from, the {@code chosen} one (null:
     * all of them), and whether the user may choose ({@code free}) or is bound to their own park.
     */
    record Choice(List<Park> parks, String chosen, boolean free) {
    }

    /** An installation has tens of parks: a page of this many holds them all. */
    private static final int ALL = 200;

    private final Directory directory;

    AdministeredParks(Directory directory) {
        this.directory = directory;
    }

    /** The user's parks; 403 for a role that administers none. */
    List<Park> of(DeskUser user) {
        if (user.is(Role.ADMIN)) {
            return directory.parks(0, ALL);
        }
        if (user.is(Role.PARK_ADMIN)) {
            return user.parkId() == null ? List.of() : List.of(directory.park(user.parkId()));
        }
        throw new ActionForbidden("The administration pages are for administrators and park administrators.");
    }

    /**
     * The park a page shows for {@code asked} (a parameter, blank for all): an administrator's
     * choice, a park administrator's own park whatever the address asks for.
     */
    Choice choice(DeskUser user, String asked) {
        List<Park> parks = of(user);
        boolean free = user.is(Role.ADMIN);
        return new Choice(parks, !free ? user.parkId() : StringUtils.hasText(asked) ? asked : null, free);
    }
}
