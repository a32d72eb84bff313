package org.disputedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.RuleViolated;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded database backed up while it is open: the zip opens as a database holding what was
 * committed; a directory that cannot be written, a database that is no H2 file and a caller who is
 * no administrator are refused with the reason, and write nothing.
 */
class OnlineBackupTests {

    private static final DeskUser ADMIN = user("admin", Role.ADMIN);

    @Test
    void theZipOfAnOpenDatabaseOpensAsADatabaseHoldingWhatWasCommitted() throws Exception {
        Path dir = fresh();
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("data/desk"))) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table cases (id int primary key, stage varchar(40))").update();
            jdbc.sql("insert into cases values (1, 'SHOP_RESPONSE'), (2, 'FULFILMENT')").update();

            OnlineBackup.Backup backup = new OnlineBackup(pool, dir.resolve("backups")).take(ADMIN);

            Path file = Path.of(backup.file());
            assertThat(file.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(file.getFileName().toString()).matches("dispute-desk-\\d{8}T\\d{9}Z\\.zip");
            assertThat(backup.bytes()).isEqualTo(Files.size(file)).isPositive();
            unzip(file, dir.resolve("restored"));
        }
        try (HikariDataSource restored = pool("jdbc:h2:file:" + dir.resolve("restored/desk"))) {
            assertThat(JdbcClient.create(restored).sql("select stage from cases order by id").query(String.class)
                    .list()).containsExactly("SHOP_RESPONSE", "FULFILMENT");
        }
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefusedWithItsName() throws Exception {
        Path dir = fresh();
        Path notADirectory = Files.writeString(dir.resolve("backups"), "a file where the directory should be");
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("data/desk"))) {
            assertThatThrownBy(() -> new OnlineBackup(pool, notADirectory).take(ADMIN))
                    .isInstanceOfSatisfying(RuleViolated.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                        assertThat(e.getBody().getDetail()).startsWith("The backup could not be written to "
                                + notADirectory);
                    });
        }
    }

    @Test
    void aDatabaseInMemoryIsNotBackedUpAndNothingIsWritten() throws Exception {
        Path backups = fresh().resolve("backups");
        try (HikariDataSource pool = pool("jdbc:h2:mem:backup-" + System.nanoTime())) {
            assertThatThrownBy(() -> new OnlineBackup(pool, backups).take(ADMIN))
                    .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.getBody().getDetail())
                            .contains("back up PostgreSQL with pg_dump"));
        }
        assertThat(backups).doesNotExist();
    }

    @Test
    void onlyAnAdministratorTakesABackup() throws Exception {
        Path dir = fresh();
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("data/desk"))) {
            for (Role role : Set.of(Role.PARK_ADMIN, Role.MEDIATOR, Role.SHOP, Role.BUYER)) {
                assertThatThrownBy(() -> new OnlineBackup(pool, dir.resolve("backups")).take(user("u", role)))
                        .as("%s", role).isInstanceOf(ActionForbidden.class);
            }
        }
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }

    private static DeskUser user(String name, Role role) {
        return new DeskUser(name, "{noop}x", role, null, Set.of(), true, null);
    }

    private static Path fresh() throws Exception {
        Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(Path.of("target"), "online-backup-").toAbsolutePath();
    }
}
