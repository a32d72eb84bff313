package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.disputedesk.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that brings single sign-on finds, among the accounts already there, those whose email
 * an administrator gave: created by one, as the audit log says, and not changed by their user since.
 */
class SingleSignOnMigrationTests {

    @Test
    void onlyAccountsAnAdministratorCreatedAndTheirUserLeftAsTheyWereMayBeLinked() {
        MigratedDatabase db = MigratedDatabase.at("9");
        JdbcClient jdbc = db.jdbc();
        user(jdbc, "created", "created@example.com");
        audit(jdbc, "admin", "USER_CREATED", "created", "SHOP of humen");
        user(jdbc, "renamed", "renamed@example.com");
        audit(jdbc, "admin", "USER_CREATED", "renamed", "MEDIATOR of humen");
        audit(jdbc, "renamed", "ACCOUNT_CHANGED", "renamed", "displayName");
        user(jdbc, "moved", "moved@mine.example");
        audit(jdbc, "admin", "USER_CREATED", "moved", "SHOP of humen");
        audit(jdbc, "moved", "ACCOUNT_CHANGED", "moved", "displayName; email");
        user(jdbc, "self", "self@example.com");
        audit(jdbc, "self", "USER_SIGNED_UP", "self", "BUYER");
        user(jdbc, "seeded", "seeded@example.com");

        db.migrateTo("10");

        assertThat(jdbc.sql("select username from users where email = admin_given_email order by username")
                .query(String.class).list()).containsExactly("created", "renamed");
    }

    private static void user(JdbcClient jdbc, String username, String email) {
        jdbc.sql("insert into users (username, password_hash, role, display_name, email) values (?, 'x', 'SHOP', ?, ?)")
                .params(username, username, email).update();
    }

    private static void audit(JdbcClient jdbc, String actor, String action, String username, String detail) {
        jdbc.sql("insert into admin_audit (at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(), actor, action, "user:" + username, detail).update();
    }
}
