package org.disputedesk.security;

/** The five kinds of people who use Dispute Desk. */
public enum Role {
    BUYER, SHOP, MEDIATOR, COMMITTEE, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
