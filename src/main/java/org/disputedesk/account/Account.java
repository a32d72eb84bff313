package org.disputedesk.account;

import java.util.List;

import org.disputedesk.security.Role;

/**
 * A user's account as the user and their administrators read it; {@code locale} is the language they
 * read (zh-CN unless they chose en). Never the password or its hash.
 */
public record Account(String username, String displayName, String email, Role role, String parkId,
                      List<String> shopIds, String streamerId, String locale, boolean enabled,
                      boolean mustChangePassword) {

    static final String DEFAULT_LOCALE = "zh-CN";

    /** The same account, with a temporary password to hand to its user once. */
    public record Created(String username, String displayName, String email, Role role, String parkId,
                          List<String> shopIds, String streamerId, String locale, boolean enabled,
                          boolean mustChangePassword, String temporaryPassword) {
    }

    Created with(String temporaryPassword) {
        return new Created(username, displayName, email, role, parkId, shopIds, streamerId, locale, enabled,
                mustChangePassword, temporaryPassword);
    }

    /** Whether this account's user must work in a park. */
    boolean belongsToAPark() {
        return Roles.inAPark(role);
    }
}
