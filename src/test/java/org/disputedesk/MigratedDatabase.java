package org.disputedesk;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An in-memory database of its own brought to a version of the domain's migrations, for the tests of
 * a migration: rows as an older version held them, then the migration under test.
 */
public final class MigratedDatabase {

    private final JdbcDataSource db = new JdbcDataSource();

    private MigratedDatabase() {
        db.setURL("jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** A new database migrated up to {@code version} ("9"). */
    public static MigratedDatabase at(String version) {
        MigratedDatabase database = new MigratedDatabase();
        database.migrateTo(version);
        return database;
    }

    public void migrateTo(String version) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(version).load().migrate();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(db);
    }
}
