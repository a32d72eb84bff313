package org.disputedesk.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;

import org.disputedesk.security.DeskUsers;
import org.disputedesk.web.Sentence;
import org.disputedesk.web.TooManyRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-ups each client address tried within the window. Every attempt that gets as far as the
 * accounts counts, a taken username or email too: otherwise anyone could ask, address by address,
 * which emails have an account. Attempts are counted one after the other, on every node, under the
 * lock of the one row of {@code signup_turn}: sign-ups are rare enough to take turns.
 */
@Component
class SignUpAttempts {

    private record Recent(int attempts, OffsetDateTime oldest) {
    }

    private final JdbcClient jdbc;
    private final SignUpLimits limits;

    SignUpAttempts(JdbcClient jdbc, SignUpLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /**
     * Refuses (429) an attempt from {@code remoteAddress} once its window is full, before the sign-up
     * spends a password hash on it; {@link #count} decides under the turn's lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refuseIfFull(String remoteAddress) {
        refuseIfFull(client(remoteAddress), DeskUsers.now());
    }

    /** Counts one more attempt from {@code remoteAddress}, or refuses it (429) once the window is full. */
    @Transactional(propagation = Propagation.MANDATORY)
    void count(String remoteAddress) {
        String client = client(remoteAddress);
        jdbc.sql("select id from signup_turn where id = 1 for update").query(Integer.class).single();
        OffsetDateTime now = DeskUsers.now();
        jdbc.sql("delete from signup_attempts where at <= ?").param(now.minus(limits.window())).update();
        refuseIfFull(client, now);
        jdbc.sql("insert into signup_attempts (client_address, at) values (?, ?)").params(client, now).update();
    }

    private void refuseIfFull(String client, OffsetDateTime now) {
        // the oldest of the latest allowed attempts leaves the window first
        Recent recent = jdbc.sql("""
                select count(*), min(at) from (select at from signup_attempts where client_address = :client
                                               and at > :since order by at desc limit :max) latest""")
                .param("client", client).param("since", now.minus(limits.window()))
                .param("max", limits.maxPerWindow())
                .query((rs, n) -> new Recent(rs.getInt(1), rs.getObject(2, OffsetDateTime.class))).single();
        if (recent.attempts() >= limits.maxPerWindow()) {
            throw new TooManyRequests(new Sentence("problem.signUpRate", "At most " + limits.maxPerWindow()
                    + " sign-ups per " + limits.window().toMinutes() + " minutes from one address.",
                    Integer.toString(limits.maxPerWindow()), Long.toString(limits.window().toMinutes())),
                    Duration.between(now, recent.oldest().plus(limits.window())));
        }
    }

    /**
     * The address an attempt is counted by: an IPv4 address as it is, an IPv6 address by its /64,
     * which one subscriber is given whole.
     */
    static String client(String remoteAddress) {
        if (!remoteAddress.contains(":")) {
            return remoteAddress;
        }
        try {
            InetAddress address = InetAddress.getByName(remoteAddress); // an IPv6 literal: nothing is looked up
            if (address instanceof Inet6Address) {
                return HexFormat.of().formatHex(Arrays.copyOf(address.getAddress(), 8)) + "::/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
