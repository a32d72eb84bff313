package org.disputedesk.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts in the users table, as administrators and their users read and change them. */
@Repository
class Accounts {

    private static final String COLUMNS =
            "username, display_name, email, role, park_id, streamer_id, locale, enabled, must_change_password";

    private final JdbcClient jdbc;
    private final DeskUsers users;

    Accounts(JdbcClient jdbc, DeskUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from users where username = ?").param(username)
                .query(Accounts::account).optional().map(account -> withShops(List.of(account)).get(0));
    }

    /** The account, its row locked for the rest of the transaction: one change of it at a time. */
    Optional<Account> lock(String username) {
        return jdbc.sql("select " + COLUMNS + " from users where username = ? for update").param(username)
                .query(Accounts::account).optional().map(account -> withShops(List.of(account)).get(0));
    }

    /**
     * Accounts of {@code parkId} (any when null) of {@code role} (any when null) whose username,
     * name or email contains {@code q} in any case (any when null), in username order, a page at a time.
     */
    List<Account> page(String parkId, Role role, String q, int page, int size) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (parkId != null) {
            conditions.add("park_id = :park");
        }
        if (role != null) {
            conditions.add("role = :role");
        }
        if (q != null) {
            conditions.add("(username like :pattern escape '\\' or lower(display_name) like :pattern escape '\\'"
                    + " or email like :pattern escape '\\')");
        }
        return withShops(jdbc.sql("select " + COLUMNS + " from users where " + String.join(" and ", conditions)
                        + " order by username limit :size offset :offset")
                .param("park", parkId).param("role", role == null ? null : role.name())
                .param("pattern", q == null ? null : "%" + literal(q) + "%")
                .param("size", size).param("offset", (long) page * size)
                .query(Accounts::account).list());
    }

    /** The account whose email is {@code email}, its row locked for the rest of the transaction. */
    Optional<Account> lockByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from users where email = ? for update").param(email)
                .query(Accounts::account).optional().map(account -> withShops(List.of(account)).get(0));
    }

    /** An administrator gave the account {@code email}: at its creation, or since. */
    void emailGivenByAdministrator(String username, String email) {
        jdbc.sql("update users set admin_given_email = ? where username = ?").params(email, username).update();
    }

    /** Whether the account's email is the one an administrator gave it, not one its user chose. */
    boolean emailFromAdministrator(String username) {
        return jdbc.sql("select count(*) from users where username = ? and email = admin_given_email")
                .param(username).query(Integer.class).single() > 0;
    }

    boolean taken(String username, String email) {
        return jdbc.sql("select count(*) from users where username = ? or email = ?").params(username, email)
                .query(Integer.class).single() > 0;
    }

    /** Whether another account than {@code username}'s has {@code email}. */
    boolean emailTakenByAnother(String email, String username) {
        return jdbc.sql("select count(*) from users where email = ? and username <> ?").params(email, username)
                .query(Integer.class).single() > 0;
    }

    void update(Account account) {
        jdbc.sql("""
                update users set display_name = ?, email = ?, park_id = ?, locale = ?, enabled = ?
                where username = ?""")
                .params(account.displayName(), account.email(), account.parkId(),
                        Account.DEFAULT_LOCALE.equals(account.locale()) ? null : account.locale(), account.enabled(),
                        account.username())
                .update();
    }

    /**
     * Keeps nothing of the person but the username the records refer to: the name becomes the username,
     * email and language go, and the account is disabled, its sign-ins ended.
     */
    void anonymise(String username) {
        jdbc.sql("""
                update users set display_name = username, email = null, admin_given_email = null, locale = null,
                                 enabled = false, access_changed_at = ?
                where username = ?""").params(DeskUsers.now(), username).update();
    }

    /** The user now works for {@code shopIds}, and for no other shop. */
    void replaceShops(String username, Collection<String> shopIds) {
        jdbc.sql("delete from shop_memberships where username = ?").param(username).update();
        users.addMemberships(username, List.copyOf(shopIds));
    }

    /** Ends every sign-in to the account made before now: its sessions and remembered credentials. */
    void endSignIns(String username) {
        jdbc.sql("update users set access_changed_at = ? where username = ?").params(DeskUsers.now(), username)
                .update();
    }

    /**
     * A new password, the account's sign-ins before it ended; a temporary one must be changed before
     * anything else. Either way the account is no longer locked by failed sign-ins.
     */
    void setPassword(String username, String passwordHash, boolean temporary) {
        jdbc.sql("""
                update users set password_hash = ?, must_change_password = ?, access_changed_at = ?,
                                 failed_logins = 0, locked_until = null
                where username = ?""")
                .params(passwordHash, temporary, DeskUsers.now(), username).update();
    }

    private List<Account> withShops(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<String, List<String>> shops = new HashMap<>();
        jdbc.sql("select username, shop_id from shop_memberships where username in (:names) order by shop_id")
                .param("names", accounts.stream().map(Account::username).toList())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(m -> shops.computeIfAbsent(m[0], u -> new ArrayList<>()).add(m[1]));
        return accounts.stream().map(a -> new Account(a.username(), a.displayName(), a.email(), a.role(), a.parkId(),
                List.copyOf(shops.getOrDefault(a.username(), List.of())), a.streamerId(), a.locale(), a.enabled(),
                a.mustChangePassword())).toList();
    }

    /** {@code q} lower-cased, its LIKE wildcards taken as the characters they are. */
    private static String literal(String q) {
        return q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        String locale = rs.getString("locale");
        return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), rs.getString("park_id"), List.of(), rs.getString("streamer_id"),
                locale == null ? Account.DEFAULT_LOCALE : locale, rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"));
    }
}
