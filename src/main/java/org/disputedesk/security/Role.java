package org.disputedesk.security;

/** The kinds of people who use Dispute Desk. */
public enum Role {
    BUYER, SHOP, MEDIATOR, COMMITTEE, ADMIN, PARK_ADMIN,
    /** A livestream host (主播) of a park; sees the cases filed about their streamer profile's rooms. */
    STREAMER;

    public String authority() {
        return "ROLE_" + name();
    }
}
