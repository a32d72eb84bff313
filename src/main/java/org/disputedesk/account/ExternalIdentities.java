package org.disputedesk.account;

import java.util.Optional;

import org.disputedesk.security.DeskUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which account each person an OpenID provider vouches for signs into, by the provider's issuer and subject. */
@Repository
class ExternalIdentities {

    private final JdbcClient jdbc;

    ExternalIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> username(String issuer, String subject) {
        return jdbc.sql("select username from external_identities where issuer = ? and subject = ?")
                .params(issuer, subject).query(String.class).optional();
    }

    /** Forgets every provider's person who signed into the account. */
    void unlinkAll(String username) {
        jdbc.sql("delete from external_identities where username = ?").param(username).update();
    }

    /** A second link of the same person is Spring's {@code DuplicateKeyException}. */
    void link(String issuer, String subject, String username) {
        jdbc.sql("insert into external_identities (issuer, subject, username, linked_at) values (?, ?, ?, ?)")
                .params(issuer, subject, username, DeskUsers.now()).update();
    }
}
