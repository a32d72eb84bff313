package org.disputedesk.security;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account in the database (so every node of a cluster sees them) and
 * locks the account for {@link #LOCK} after {@link #MAX_FAILURES} in a row. A locked account is
 * answered like a wrong password, after the same bcrypt check ({@link Passwords}), so neither the
 * answer nor its time tells a guesser of the lock; wrong guesses during a lock count towards the next.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        jdbc.sql("""
                update users set
                  locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
                  failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
                where username = :username""")
                .param("max", MAX_FAILURES).param("until", Instant.now().plus(LOCK).atOffset(ZoneOffset.UTC))
                .param("username", username)
                .update();
    }

    /** A password checked right clears the count; a remembered sign-in (every later request) writes nothing. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof VerifiedCredentials.Remembered)
                && event.getAuthentication().getPrincipal() instanceof DeskUser user) {
            jdbc.sql("update users set failed_logins = 0 where username = ? and failed_logins > 0")
                    .param(user.username()).update();
        }
    }
}
