package org.disputedesk.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: role, the park a mediator is bound to, the shops a shop operator belongs to, the
 * streamer profile a streamer hosts for.
 * Everything the case access policy needs, loaded once per authentication. {@code accessChangedAt}
 * is when the password, park or shops last changed as this sign-in knows it: once the account's
 * differs, the sign-in is over ({@link LiveAccounts}).
 */
public record DeskUser(String username, String passwordHash, Role role, String parkId, Set<String> shopIds,
                       boolean enabled, Instant lockedUntil, Instant accessChangedAt, String streamerId)
        implements UserDetails {

    /** A user whose access never changed, and who hosts for no streamer profile. */
    public DeskUser(String username, String passwordHash, Role role, String parkId, Set<String> shopIds,
                    boolean enabled, Instant lockedUntil) {
        this(username, passwordHash, role, parkId, shopIds, enabled, lockedUntil, null, null);
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean memberOf(String shopId) {
        return shopIds.contains(shopId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Locked for a while after repeated failed sign-ins. */
    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public String toString() {
        return "DeskUser[" + username + ", " + role + "]";
    }
}
