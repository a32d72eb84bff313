package org.disputedesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's users, in its own {@code users} and {@code shop_memberships} tables. */
@Service
public class DeskUsers implements UserDetailsService {

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
                select username, password_hash, role, park_id, enabled, locked_until from users where username = ?""")
                .param(username)
                .query((rs, n) -> new DeskUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), new HashSet<>(), rs.getBoolean(5), lockedUntil(rs)))
                .optional()
                .map(user -> {
                    user.shopIds().addAll(jdbc.sql("select shop_id from shop_memberships where username = ?")
                            .param(username).query(String.class).list());
                    return user;
                });
    }

    /** Adds a user; for SHOP users, {@code shopIds} are the shops they operate. */
    @Transactional
    public void add(String username, String passwordHash, Role role, String displayName, String parkId,
                    Iterable<String> shopIds) {
        jdbc.sql("insert into users (username, password_hash, role, display_name, park_id) values (?, ?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), displayName, parkId).update();
        for (String shopId : shopIds) {
            jdbc.sql("insert into shop_memberships (username, shop_id) values (?, ?)").params(username, shopId).update();
        }
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from users where username = ?").param(username).query(Integer.class)
                .single() > 0;
    }

    private static Instant lockedUntil(ResultSet rs) throws SQLException {
        OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
        return until == null ? null : until.toInstant();
    }
}
