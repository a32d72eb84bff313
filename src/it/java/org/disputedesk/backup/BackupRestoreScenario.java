package org.disputedesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.disputedesk.crash.ClientLoad;
import org.disputedesk.crash.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The backup drill, against the packaged jar as separate processes: buyers file complaints and the
 * shop answers half of them from several threads; while they go on, the backup is taken with the
 * commands docs/operations.md gives an operator; the load stops; the backup is restored into a fresh
 * database and a server started on it. Then
 * <ul>
 * <li>every complaint acknowledged before the backup began is there, at the stage it was
 * acknowledged at or at one it was acknowledged at later (its step may have been taken during the
 * backup);</li>
 * <li>every complaint of the run that is there, acknowledged before, during or after the backup, is
 * whole: its timeline verifies ({@code GET …/timeline/verification} says valid), begins with FILED,
 * and an open case has its process; the database holds as many complaints as processes;</li>
 * <li>the restored server moves a restored case on by a step.</li>
 * </ul>
 * Subclasses say which database the server runs on and how it is backed up and restored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackupRestoreScenario {

    private static final int CLIENTS = 4;
    private static final Duration LOAD_BEFORE_BACKUP = Duration.ofSeconds(5);
    private static final int CASES_BEFORE_BACKUP = 30;
    private static final Duration LOAD_AFTER_BACKUP = Duration.ofSeconds(2);
    private static final String SHOP = "shop1";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    /** Every orderRef of this run starts with it: the PostgreSQL database may hold earlier runs' cases. */
    private final String runTag = "BACKUP-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    final Path workDir = ServerProcess.freshDir(name() + "-");
    private final List<ServerProcess> servers = new ArrayList<>();

    abstract String name();

    /** Spring Boot arguments naming the database the load runs on, and the profiles. */
    abstract List<String> databaseArgs();

    /** Backs up the database of {@code server} while it takes the load, as an operator would; the backup's file. */
    abstract Path backUp(ServerProcess server) throws Exception;

    /** Restores {@code backup} into a fresh database, as an operator would; the arguments naming that database. */
    abstract List<String> restore(Path backup) throws Exception;

    @AfterAll
    void killServers() {
        servers.forEach(ServerProcess::kill);
    }

    @Test
    void aBackupTakenUnderLoadRestoresEveryAcknowledgedCaseWholeAndTheRestoredServerCarriesOn() throws Exception {
        long t0 = System.nanoTime();
        ServerProcess source = server(name(), databaseArgs());
        System.out.printf("[%s] server up in %d ms (log %s)%n", name(), ms(t0), source.log());

        // 1. Load: filings, half of them answered by the shop at once; the backup in the middle of it.
        Map<String, List<String>> stages = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ClientLoad load = new ClientLoad(CLIENTS, (buyer, n) -> {
            HttpResponse<String> filed = post(source, "/api/complaints", buyer, filing(n));
            if (filed.statusCode() != 201) {
                unexpected.add("filing " + filed.statusCode() + " " + filed.body());
                return;
            }
            JsonNode complaint = json.readTree(filed.body());
            String id = complaint.get("id").asText();
            stages.put(id, List.of(complaint.get("stage").asText()));
            if (n % 2 == 0) {
                HttpResponse<String> answered = post(source, "/api/complaints/" + id + "/shop-response", SHOP,
                        ANSWER);
                if (answered.statusCode() != 200) {
                    unexpected.add("shop response " + answered.statusCode() + " " + answered.body());
                    return;
                }
                String now = json.readTree(answered.body()).get("stage").asText();
                stages.put(id, Stream.concat(stages.get(id).stream(), Stream.of(now)).toList());
            }
        });
        // A few seconds of load, and enough cases to say something on a busy machine too.
        long loadUntil = System.nanoTime() + LOAD_BEFORE_BACKUP.toNanos();
        long loadAtMost = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((System.nanoTime() < loadUntil || stages.size() < CASES_BEFORE_BACKUP) && System.nanoTime() < loadAtMost
                && unexpected.isEmpty()) {
            Thread.sleep(100);
        }
        // Everything in this copy was acknowledged, hence committed, before the backup began.
        Map<String, String> beforeBackup = new HashMap<>();
        stages.forEach((id, reached) -> beforeBackup.put(id, reached.get(reached.size() - 1)));
        int inFlightAtBackup = load.inFlight();
        long backupBegan = System.nanoTime();
        Path backup = backUp(source);
        long backupTook = ms(backupBegan);
        int acknowledgedByBackupEnd = stages.size();
        Thread.sleep(LOAD_AFTER_BACKUP.toMillis());
        load.stop();
        source.kill();
        System.out.printf("[%s] backup %s (%d bytes) taken in %d ms with %d requests in flight; acknowledged: %d "
                        + "before it, %d during it, %d in all%n", name(), backup, Files.size(backup), backupTook,
                inFlightAtBackup, beforeBackup.size(), acknowledgedByBackupEnd - beforeBackup.size(), stages.size());
        assertTrue(unexpected.isEmpty(), "answers other than 201 and 200 under load: " + unexpected);
        assertTrue(beforeBackup.size() >= CASES_BEFORE_BACKUP, "too few complaints before the backup: "
                + beforeBackup.size());
        assertTrue(inFlightAtBackup > 0, "no request was in flight when the backup began: it was not under load");

        // 2. Restore into a fresh database and start a server on it.
        long restoreBegan = System.nanoTime();
        List<String> restoredDatabase = restore(backup);
        long restoreTook = ms(restoreBegan);
        long restartBegan = System.nanoTime();
        ServerProcess restored = server(name() + "-restored", restoredDatabase);
        System.out.printf("[%s] restored in %d ms; server on it up in %d ms (log %s)%n", name(), restoreTook,
                ms(restartBegan), restored.log());

        // 3. Every case acknowledged before the backup is there; every case there is whole.
        List<JsonNode> all = allCases(restored);
        Map<String, JsonNode> found = new LinkedHashMap<>();
        all.stream().filter(c -> c.get("orderRef").asText().startsWith(runTag))
                .forEach(c -> found.put(c.get("id").asText(), c));
        List<String> missing = beforeBackup.keySet().stream().filter(id -> !found.containsKey(id)).toList();
        assertTrue(missing.isEmpty(), () -> missing.size() + " of " + beforeBackup.size()
                + " complaints acknowledged before the backup are missing after the restore: " + missing);
        Map<String, Integer> byStage = new TreeMap<>();
        ExecutorService checks = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> checked = found.values().stream().map(c -> checks.submit(() -> {
                String id = c.get("id").asText();
                String stage = c.get("stage").asText();
                List<String> reached = stages.get(id);
                assertTrue(reached != null, id + " was restored but never acknowledged: every request was answered");
                List<String> possible = beforeBackup.containsKey(id)
                        ? reached.subList(reached.indexOf(beforeBackup.get(id)), reached.size()) : reached;
                assertTrue(possible.contains(stage), id + " is at " + stage + ", acknowledged at " + reached
                        + (beforeBackup.containsKey(id) ? ", at " + beforeBackup.get(id) + " before the backup" : ""));
                assertWhole(restored, id, stage);
                return stage;
            })).toList();
            for (Future<String> stage : checked) {
                byStage.merge(outcome(stage), 1, Integer::sum);
            }
        } finally {
            checks.shutdownNow();
        }
        assertEquals(all.size(), processCount(restored),
                "complaints vs. complaint-resolution process instances in the restored database");

        // 4. The restored server carries on: a restored case waiting for the shop moves on by a step.
        String waiting = beforeBackup.keySet().stream()
                .filter(id -> "SHOP_RESPONSE".equals(found.get(id).get("stage").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no restored case waits for the shop: " + byStage));
        int entriesBefore = verification(restored, waiting).get("entries").asInt();
        HttpResponse<String> step = post(restored, "/api/complaints/" + waiting + "/shop-response", SHOP, ANSWER);
        assertEquals(200, step.statusCode(), "the shop's answer on the restored server: " + step.body());
        assertNotEquals("SHOP_RESPONSE", json.readTree(step.body()).get("stage").asText(), "stage after the answer");
        JsonNode after = verification(restored, waiting);
        assertTrue(after.get("valid").asBoolean(), "timeline of " + waiting + " after the step: " + after);
        assertTrue(after.get("entries").asInt() > entriesBefore, "the step wrote no timeline entry: " + after);

        System.out.printf("[%s] RESULT: acknowledged before the backup=%d, restored of this run=%d %s, "
                        + "acknowledged during or after and restored=%d, backup %d ms, restore %d ms, whole drill %d ms%n",
                name(), beforeBackup.size(), found.size(), byStage, found.size() - beforeBackup.size(), backupTook,
                restoreTook, ms(t0));
        restored.kill();
    }

    /** The check's result, or the assertion it failed with. */
    private static String outcome(Future<String> check) throws InterruptedException {
        try {
            return check.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ServerProcess server(String name, List<String> database) {
        List<String> args = new ArrayList<>(database);
        args.add("--disputes.filing.max-per-window=100000");
        args.add("--logging.level.root=INFO");
        ServerProcess server = new ServerProcess(name, workDir.resolve("logs"), args);
        servers.add(server);
        server.start();
        return server;
    }

    /** The case's timeline verifies and begins with FILED; an open case has its one process, a closed one none. */
    private void assertWhole(ServerProcess server, String id, String stage) {
        JsonNode verification = verification(server, id);
        assertTrue(verification.get("valid").asBoolean(), "timeline of " + id + ": " + verification);
        JsonNode first = json(get(server, "/api/complaints/" + id + "/timeline", "admin"), 200, "timeline").get(0);
        assertEquals("FILED", first.get("action").asText(), "first timeline entry of " + id);
        long processes = count(server, "/engine-rest/process-instance/count?processDefinitionKey=complaint-resolution"
                + "&businessKey=" + id);
        assertEquals("CLOSED".equals(stage) ? 0 : 1, processes, "running processes of " + id + " at " + stage);
    }

    private JsonNode verification(ServerProcess server, String id) {
        return json(get(server, "/api/complaints/" + id + "/timeline/verification", "admin"), 200,
                "verification of " + id);
    }

    /** Every case in the database, from the admin's paged list. */
    private List<JsonNode> allCases(ServerProcess server) {
        List<JsonNode> cases = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = json(get(server, "/api/complaints?size=100&page=" + page, "admin"), 200, "page " + page);
            list.forEach(cases::add);
            if (list.size() < 100) {
                return cases;
            }
        }
    }

    private long processCount(ServerProcess server) {
        return count(server, "/engine-rest/history/process-instance/count?processDefinitionKey=complaint-resolution");
    }

    private long count(ServerProcess server, String path) {
        return json(get(server, path, "admin"), 200, path).get("count").asLong();
    }

    // ---- HTTP and commands ----

    HttpResponse<String> post(ServerProcess server, String path, String user, String body) {
        return send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), path);
    }

    private HttpResponse<String> get(ServerProcess server, String path, String user) {
        return send(server, HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", basic(user))
                .header("Accept", "application/json")
                .GET(), path);
    }

    private HttpResponse<String> send(ServerProcess server, HttpRequest.Builder request, String path) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(path + " failed; see " + server.log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(HttpResponse<String> response, int status, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": " + response.body(), e);
        }
    }

    /** Runs an operator's command; its output goes to a log beside the servers'. Fails unless it exits with 0. */
    void run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path log = workDir.resolve("logs").resolve(Path.of(command[0]).getFileName() + "-" + System.nanoTime() + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish in 60 s");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + Files.readString(log));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static long ms(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    private static final String ANSWER = """
            {"decision":"ACCEPT","message":"We refund you in full (backup drill)."}""";

    /** A filing of this run: every other one a small refund, the others a return and refund. */
    private String filing(int n) {
        String remedy = n % 4 < 2 ? "REFUND" : "RETURN_AND_REFUND";
        return """
                {"shopId":"shop-hm-001","orderRef":"%s%d","category":"QUALITY_DEFECT",\
                "description":"Seams came apart after one wash (backup drill).",\
                "orderAmount":150.00,"claimedAmount":120.00,"desiredRemedy":"%s"}""".formatted(runTag, n, remedy);
    }
}
