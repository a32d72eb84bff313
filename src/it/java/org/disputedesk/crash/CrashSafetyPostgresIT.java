package org.disputedesk.crash;

import java.util.List;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The crash scenario on PostgreSQL: {@code -Ppostgres} passes pg.url, pg.user and pg.password. The
 * database must exist; cases of earlier runs in it are left alone (each run tags its own orders).
 * Without pg.url (the default build) it is skipped.
 */
@EnabledIfSystemProperty(named = "pg.url", matches = ".+")
class CrashSafetyPostgresIT extends CrashScenario {

    @Override
    String name() {
        return "crash-pg";
    }

    @Override
    List<String> databaseArgs() {
        String url = System.getProperty("pg.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Run with -Ppostgres: system property pg.url is not set.");
        }
        return List.of(
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("pg.user", "postgres"),
                "--spring.datasource.password=" + System.getProperty("pg.password", ""));
    }
}
