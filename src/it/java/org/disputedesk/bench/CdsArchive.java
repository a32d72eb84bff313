package org.disputedesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class data sharing for the packaged jar, as docs/operations.md describes it: the jar extracted,
 * one training run that refreshes the context and writes the archive at exit, then starts that
 * map the archived classes instead of loading and verifying them again.
 */
final class CdsArchive {

    private final Path jar;
    private final Path archive;

    private CdsArchive(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /**
     * Extracts {@code packagedJar} into {@code dir} (emptied first) and makes the training run
     * with {@code jvmArgs}. The training run has its own H2 file under {@code dir}: it creates the
     * schemas and deploys the processes there, never in the database that is measured.
     */
    static CdsArchive train(Path packagedJar, Path dir, List<String> jvmArgs) throws IOException, InterruptedException {
        delete(dir);
        Path app = dir.resolve("app");
        Files.createDirectories(app);
        run(dir, dir.resolve("cds-extract.log"), List.of(JarProcess.java(), "-Djarmode=tools", "-jar",
                packagedJar.toAbsolutePath().toString(), "extract", "--force", "--destination", app.toString()));
        CdsArchive cds = new CdsArchive(app.resolve(packagedJar.getFileName()), app.resolve("app.jsa"));
        List<String> training = new ArrayList<>(List.of(JarProcess.java()));
        training.addAll(jvmArgs);
        training.add("-XX:ArchiveClassesAtExit=" + cds.archive);
        training.add("-Dspring.context.exit=onRefresh");
        training.addAll(List.of("-jar", cds.jar.toString(), "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("training-db").resolve("dispute-desk")
                        + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0"));
        run(dir, dir.resolve("cds-training.log"), training);
        if (!Files.isRegularFile(cds.archive)) {
            throw new IllegalStateException("The training run wrote no archive; see " + dir.resolve("cds-training.log"));
        }
        return cds;
    }

    /** The extracted application jar; the archive only matches this jar and its lib/ beside it. */
    Path jar() {
        return jar;
    }

    /** JVM arguments that start with the archive; -Xshare:on fails the start rather than run without it. */
    List<String> jvmArgs() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
    }

    private static void run(Path dir, Path log, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Timed out after 300 s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Exited with " + p.exitValue() + "; see " + log);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
