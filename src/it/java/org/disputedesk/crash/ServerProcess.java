package org.disputedesk.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code java -jar ${app.jar}}) as a separate OS process, so a test can
 * kill it the hard way ({@link #kill()}: SIGKILL on Linux, no shutdown hooks, no flush) and start
 * it again on the same database. The process's output goes to a file for diagnosis. The backup
 * drill (org.disputedesk.backup) starts its servers the same way.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);

    private final List<String> appArgs;
    private final Path logDir;
    private final String name;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private Process process;
    private Path log;
    private int starts;

    /**
     * @param name    prefix of the log files
     * @param logDir  where the output of each run goes ({@code <name>-run<n>.log})
     * @param appArgs Spring Boot command-line arguments besides the port
     */
    public ServerProcess(String name, Path logDir, List<String> appArgs) {
        this.name = name;
        this.logDir = logDir;
        this.appArgs = List.copyOf(appArgs);
        this.port = freePort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill, "kill-" + name));
    }

    public static Path appJar() {
        String jar = System.getProperty("app.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property app.jar must name the packaged jar (failsafe sets it): "
                    + jar);
        }
        return Path.of(jar);
    }

    /** A fresh directory under target/ (the failsafe working directory is the project's base directory). */
    public static Path freshDir(String prefix) {
        try {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Starts the server (on the same port every time) and waits until /actuator/health is UP. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        log = logDir.resolve(name + "-run" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(appJar().toString());
        command.add("--server.port=" + port);
        command.addAll(appArgs);
        try {
            Files.createDirectories(logDir);
            Files.writeString(log, String.join(" ", command) + System.lineSeparator());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue()
                        + " before it was healthy; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("The server was not healthy within " + HEALTH_TIMEOUT + "; see " + log);
    }

    /** SIGKILL: the JVM gets no chance to finish requests, commit, or close the database. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The server did not die within 30 s: pid " + process.pid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
