package org.disputedesk.security;

/** The kinds of people who use Dispute Desk. */
public enum Role {
    BUYER, SHOP, MEDIATOR, COMMITTEE, ADMIN, PARK_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
