package org.disputedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Whatever the operator writes in the H2 URL, every connection of the pool commits durably, or
 * the start fails and says why.
 */
class H2DurabilityTests {

    private final H2Durability durability = new H2Durability();

    @Test
    void anOperatorsUrlWithoutOptionsGetsDurableCommits() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + fresh() + "/desk", "sa", "")) {
            assertThat(writeDelayOnFreshConnections(pool)).containsOnly("0");
        }
    }

    @Test
    void aUrlThatAsksForDelayedCommitsIsOverruledOnEveryConnection() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + fresh() + "/desk;WRITE_DELAY=500", "sa", "")) {
            assertThat(writeDelayOnFreshConnections(pool)).containsOnly("0");
        }
    }

    @Test
    void aUserWhoMayNotChangeItStopsTheStartWithTheReason() throws Exception {
        Path dir = fresh();
        try (HikariDataSource admin = pool("jdbc:h2:file:" + dir + "/desk", "sa", "")) {
            JdbcClient.create(admin).sql("create user desk password 'desk'").update();
        }
        HikariDataSource user = new HikariDataSource();
        user.setJdbcUrl("jdbc:h2:file:" + dir + "/desk");
        user.setUsername("desk");
        user.setPassword("desk");
        user.setInitializationFailTimeout(-1);
        user.setConnectionTimeout(2_000);

        assertThatThrownBy(() -> durability.postProcessAfterInitialization(
                durability.postProcessBeforeInitialization(user, "dataSource"), "dataSource"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SET WRITE_DELAY 0, which needs H2's admin right");
        user.close();
    }

    private HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(3);
        durability.postProcessBeforeInitialization(pool, "dataSource");
        durability.postProcessAfterInitialization(pool, "dataSource");
        return pool;
    }

    /** The setting as each of three connections opened one after the other finds it. */
    private static List<String> writeDelayOnFreshConnections(HikariDataSource pool) throws Exception {
        List<Connection> held = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Connection connection = pool.getConnection();
                held.add(connection);
                try (var rs = connection.createStatement().executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                    while (rs.next()) {
                        seen.add(rs.getString(1));
                    }
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        return seen;
    }

    private static Path fresh() throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "h2-durability-").toAbsolutePath();
    }
}
