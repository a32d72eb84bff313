package org.disputedesk.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disputedesk.crash.ServerProcess;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The backup drill on PostgreSQL, as docs/operations.md tells an operator: {@code pg_dump -Fc} while
 * the node serves, then {@code createdb} and {@code pg_restore} into a fresh database and a node
 * started on it. {@code -Ppostgres} passes pg.url, pg.user and pg.password; the database must exist
 * (cases of earlier runs in it are left alone), the restore goes into {@code <its name>_restored},
 * which each run drops and creates anew. Without pg.url (the default build) it is skipped.
 */
@EnabledIfSystemProperty(named = "pg.url", matches = ".+")
class BackupRestorePostgresIT extends BackupRestoreScenario {

    private final URI server = URI.create(System.getProperty("pg.url", "jdbc:postgresql://localhost/none")
            .substring("jdbc:".length()));
    private final String user = System.getProperty("pg.user", "postgres");
    private final Map<String, String> password = Map.of("PGPASSWORD", System.getProperty("pg.password", ""));

    @Override
    String name() {
        return "backup-pg";
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + System.getProperty("pg.url"),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + System.getProperty("pg.password", ""));
    }

    @Override
    Path backUp(ServerProcess node) throws Exception {
        Path dump = workDir.resolve(database() + ".dump");
        run(password, tool("pg_dump"), "-Fc", "-h", host(), "-p", port(), "-U", user, "-f", dump.toString(),
                database());
        return dump;
    }

    @Override
    List<String> restore(Path dump) throws Exception {
        String restored = database() + "_restored";
        run(password, tool("dropdb"), "--if-exists", "-h", host(), "-p", port(), "-U", user, restored);
        run(password, tool("createdb"), "-h", host(), "-p", port(), "-U", user, restored);
        run(password, tool("pg_restore"), "--exit-on-error", "-h", host(), "-p", port(), "-U", user, "-d", restored,
                dump.toString());
        return List.of("--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=jdbc:postgresql://" + host() + ":" + port() + "/" + restored,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + System.getProperty("pg.password", ""));
    }

    private String host() {
        return server.getHost();
    }

    private String port() {
        return Integer.toString(server.getPort() < 0 ? 5432 : server.getPort());
    }

    private String database() {
        return server.getPath().substring(1);
    }

    /** A PostgreSQL client tool: on the PATH, else the newest under /usr/lib/postgresql/<version>/bin. */
    private static String tool(String name) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> installed = Files.list(versions)) {
                return installed.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(p -> versionOf(p.getParent().getParent())))
                        .map(Path::toString)
                        .orElseThrow(() -> notInstalled(name, versions));
            }
        }
        throw notInstalled(name, versions);
    }

    private static IllegalStateException notInstalled(String name, Path versions) {
        return new IllegalStateException(name + " is not installed: neither on the PATH nor under " + versions);
    }

    private static int versionOf(Path dir) {
        String version = dir.getFileName().toString();
        return version.matches("\\d+") ? Integer.parseInt(version) : 0;
    }
}
