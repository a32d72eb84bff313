package org.disputedesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's users, in its own {@code users} and {@code shop_memberships} tables. */
@Service
public class DeskUsers implements UserDetailsService {

    /** A user to add: {@code shopIds} are the shops they work for, {@code streamerId} the profile they host for. */
    public record NewUser(String username, Role role, String displayName, String email, String parkId,
                          Set<String> shopIds, String streamerId) {
    }

    /**
     * What an account is now, as every request signed in to it is checked against ({@link LiveAccounts});
     * {@code locale} is the language the user chose, null if none.
     */
    public record Status(boolean enabled, boolean mustChangePassword, Instant accessChangedAt, String locale) {
    }

    private final JdbcClient jdbc;

    DeskUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public DeskUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Transactional(readOnly = true)
    public Optional<DeskUser> find(String username) {
        return jdbc.sql("""
                select username, password_hash, role, park_id, enabled, locked_until, access_changed_at, streamer_id
                from users where username = ?""")
                .param(username)
                .query((rs, n) -> new DeskUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), new HashSet<>(), rs.getBoolean(5), instant(rs, "locked_until"),
                        instant(rs, "access_changed_at"), rs.getString("streamer_id")))
                .optional()
                .map(user -> {
                    user.shopIds().addAll(jdbc.sql("select shop_id from shop_memberships where username = ?")
                            .param(username).query(String.class).list());
                    return user;
                });
    }

    /** The account as it is now; empty if there is none. */
    public Optional<Status> status(String username) {
        return jdbc.sql("select enabled, must_change_password, access_changed_at, locale from users where username = ?")
                .param(username)
                .query((rs, n) -> new Status(rs.getBoolean(1), rs.getBoolean(2), instant(rs, "access_changed_at"),
                        rs.getString(4)))
                .optional();
    }

    /** Adds a user; for SHOP users, {@code shopIds} are the shops they operate. */
    @Transactional
    public void add(String username, String passwordHash, Role role, String displayName, String parkId,
                    Iterable<String> shopIds) {
        Set<String> shops = new HashSet<>();
        shopIds.forEach(shops::add);
        add(new NewUser(username, role, displayName, null, parkId, shops, null), passwordHash, false);
    }

    /**
     * Adds a user, who must choose a new password before anything else when {@code mustChangePassword}.
     * A taken username or email is Spring's {@code DuplicateKeyException}.
     */
    @Transactional
    public void add(NewUser user, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("""
                insert into users (username, password_hash, role, display_name, email, park_id, streamer_id,
                                   must_change_password, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.username(), passwordHash, user.role().name(), user.displayName(), user.email(),
                        user.parkId(), user.streamerId(), mustChangePassword, now())
                .update();
        addMemberships(user.username(), List.copyOf(user.shopIds()));
    }

    /** {@code username} works for {@code shopIds} too. */
    public void addMemberships(String username, List<String> shopIds) {
        for (String shopId : shopIds) {
            jdbc.sql("insert into shop_memberships (username, shop_id) values (?, ?)").params(username, shopId)
                    .update();
        }
    }

    /** {@code email} for the user if they have none yet (an account from before emails were kept). */
    public void giveEmail(String username, String email) {
        jdbc.sql("update users set email = ? where username = ? and email is null").params(email, username).update();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from users where username = ?").param(username).query(Integer.class)
                .single() > 0;
    }

    /** Now, as the database keeps it: PostgreSQL keeps microseconds, so both databases read it back alike. */
    public static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
