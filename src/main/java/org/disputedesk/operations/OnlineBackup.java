package org.disputedesk.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.RuleViolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A backup of the embedded H2 database while the node serves. The node holds the database file
 * open, so nothing outside it can copy the file consistently; H2's {@code BACKUP TO} can: it
 * copies the store's last committed state into a zip while commits go on. A transaction is in
 * the backup whole or not at all. PostgreSQL is backed up with its own tools (pg_dump).
 */
@Service
public class OnlineBackup {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** A backup written: where, how large, when it began and how long it took. */
    public record Backup(
            @Schema(description = "The zip file on the node's disk, in `disputes.backup.directory`.") String file,
            @Schema(description = "Its size in bytes.") long bytes,
            @Schema(description = "When the backup began: everything committed before is in it.") Instant startedAt,
            @Schema(description = "How long it took, in milliseconds.") long millis) {
    }

    private final DataSource dataSource;
    private final Path directory;

    OnlineBackup(DataSource dataSource, @Value("${disputes.backup.directory:./backups}") Path directory) {
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** One backup at a time on a node: a second request waits for the first to finish. */
    public synchronized Backup take(DeskUser caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new ActionForbidden("Only an administrator takes a backup.");
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Path file = directory.resolve("dispute-desk-" + STAMP.format(startedAt) + ".zip");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String url = connection.getMetaData().getURL();
            if (!H2Durability.isH2File(url)) {
                throw new RuleViolated("problem.backup.notEmbedded", "This node's database is not an embedded H2 "
                        + "file, so the node cannot back it up: back up PostgreSQL with pg_dump "
                        + "(docs/operations.md, \"Back up and restore\"); an in-memory database keeps nothing.");
            }
            Files.createDirectories(directory);
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            Backup backup = new Backup(file.toString(), Files.size(file), startedAt,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            LOG.info("Backup by {}: {} ({} bytes, {} ms)", caller.username(), file, backup.bytes(), backup.millis());
            return backup;
        } catch (SQLException | IOException e) {
            LOG.error("Backup by {} to {} failed", caller.username(), file, e);
            throw new RuleViolated("problem.backup.failed", "The backup could not be written to " + directory
                    + ": " + e.getMessage(), directory, e.getMessage());
        }
    }
}
