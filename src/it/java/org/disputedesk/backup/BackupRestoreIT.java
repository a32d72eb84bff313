package org.disputedesk.backup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.disputedesk.crash.ServerProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The backup drill on H2 in file mode, as docs/operations.md tells an operator: an administrator's
 * {@code POST /api/admin/backup} while the node serves, then {@code unzip} into an empty directory
 * and a node started with its URL there.
 */
class BackupRestoreIT extends BackupRestoreScenario {

    private static final String DATABASE = "dispute-desk";
    /** The options of application.yaml's own URL: a buyer's filings wait up to 10 s for each other's row lock. */
    private static final String OPTIONS = ";LOCK_TIMEOUT=10000";

    @Override
    String name() {
        return "backup-h2";
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data").resolve(DATABASE) + OPTIONS,
                "--disputes.backup.directory=" + workDir.resolve("backups"));
    }

    @Override
    Path backUp(ServerProcess server) {
        JsonNode backup = json(post(server, "/api/admin/backup", "admin", ""), 201, "POST /api/admin/backup");
        Path file = Path.of(backup.get("file").asText());
        assertTrue(file.startsWith(workDir.resolve("backups")), "the backup is not in its directory: " + file);
        return file;
    }

    @Override
    List<String> restore(Path backup) throws Exception {
        Path restored = workDir.resolve("restored");
        run(Map.of(), "unzip", "-q", backup.toString(), "-d", restored.toString());
        assertTrue(Files.isRegularFile(restored.resolve(DATABASE + ".mv.db")), "the zip holds no " + DATABASE);
        return List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:file:" + restored.resolve(DATABASE) + OPTIONS);
    }
}
