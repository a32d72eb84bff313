package org.disputedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Checks a password with bcrypt once, then remembers for {@link #TTL} that this exact username and
 * password were right. The cache key is an HMAC of both under a random key that never leaves this
 * node's memory, so the cache holds nothing a password could be recovered from. A sign-in is
 * remembered only while the account's password, park and shops are as they were when it was
 * checked (the account's {@code access_changed_at}, read on every hit): after a change the password
 * is checked again, and an old one fails. A failed try forgets the user's remembered sign-ins at once.
 */
class VerifiedCredentials implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);

    private final DaoAuthenticationProvider passwords;
    private final DeskUsers users;
    private final Cache<String, DeskUser> verified = Caffeine.newBuilder()
            .expireAfterWrite(TTL).maximumSize(100_000).build();
    /** Keyed once and cloned per sign-in: finding the algorithm and keying it cost more than the HMAC. */
    private final Mac keyedMac;

    VerifiedCredentials(DaoAuthenticationProvider passwords, DeskUsers users) {
        this.passwords = passwords;
        this.users = users;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            this.keyedMac = Mac.getInstance("HmacSHA256");
            keyedMac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = String.valueOf(authentication.getCredentials());
        String cacheKey = digest(authentication.getName(), presented);
        DeskUser known = verified.getIfPresent(cacheKey);
        if (known != null) {
            Optional<DeskUsers.Status> now = users.status(known.username())
                    .filter(status -> Objects.equals(status.accessChangedAt(), known.accessChangedAt()));
            if (now.isPresent()) {
                return new Remembered(known, now.get());
            }
            forget(known.username());
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            // After a failed try, the user's next success is checked with bcrypt again, which also
            // clears the failure count the login throttle keeps.
            forget(authentication.getName());
            throw e;
        }
        if (checked != null && checked.getPrincipal() instanceof DeskUser user) {
            verified.put(cacheKey, user);
        }
        return checked;
    }

    private void forget(String username) {
        verified.asMap().values().removeIf(user -> user.username().equals(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * A sign-in answered from the cache: no password was checked, so it is no evidence for the
     * throttle. It carries the account's state it was just checked against, which {@link LiveAccounts}
     * then need not read a second time in the same request.
     */
    static final class Remembered extends UsernamePasswordAuthenticationToken {

        private final transient DeskUsers.Status status;

        Remembered(DeskUser user, DeskUsers.Status status) {
            super(user, null, user.getAuthorities());
            this.status = status;
        }

        DeskUsers.Status status() {
            return status;
        }
    }

    private String digest(String username, String password) {
        try {
            Mac mac = (Mac) keyedMac.clone();
            return HexFormat.of().formatHex(mac.doFinal((username + '\u0000' + password)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's HmacSHA256 can be cloned", e);
        }
    }
}
