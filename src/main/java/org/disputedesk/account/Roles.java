package org.disputedesk.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.disputedesk.security.Role;
import org.disputedesk.web.InvalidFields;

/** What an account of each role holds: a park, shops, a streamer profile. */
final class Roles {

    /** The people a park administrator onboards and manages; not other administrators, nor buyers. */
    static final Set<Role> PARK_STAFF = EnumSet.of(Role.SHOP, Role.MEDIATOR, Role.STREAMER);
    private static final Set<Role> IN_A_PARK = EnumSet.of(Role.SHOP, Role.MEDIATOR, Role.STREAMER, Role.PARK_ADMIN);
    private static final Set<Role> WITH_SHOPS = EnumSet.of(Role.SHOP, Role.STREAMER);

    static boolean inAPark(Role role) {
        return IN_A_PARK.contains(role);
    }

    /**
     * 400 naming each field that the role's account cannot hold as given: a park for the park's people
     * and none for others, shops (one at least) for a shop operator and a streamer only, a streamer
     * profile for a streamer, and for a streamer only.
     */
    static void check(Role role, String parkId, Collection<String> shopIds, String streamerId) {
        InvalidFields.check()
                .require(!inAPark(role) || parkId != null, "parkId", "validation.user.parkRequired",
                        "must name the park of a " + role)
                .require(inAPark(role) || parkId == null, "parkId", "validation.user.noPark",
                        "must be empty: a " + role + " belongs to no park")
                .require(role != Role.SHOP || !shopIds.isEmpty(), "shopIds", "validation.user.shopsRequired",
                        "must name the shops a SHOP operates")
                .require(WITH_SHOPS.contains(role) || shopIds.isEmpty(), "shopIds", "validation.user.noShops",
                        "must be empty: a " + role + " operates no shop")
                .require(role == Role.STREAMER || streamerId == null, "streamerId", "validation.user.streamerOnly",
                        "must be empty: only a STREAMER hosts for a streamer profile")
                .require(role != Role.STREAMER || streamerId != null, "streamerId", "validation.user.streamerRequired",
                        "must name the streamer profile a STREAMER hosts for")
                .throwIfAny();
    }

    private Roles() {
    }
}
