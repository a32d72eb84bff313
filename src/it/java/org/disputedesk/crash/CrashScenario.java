package org.disputedesk.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The crash-safety scenario, run against the packaged jar as a separate process: complaints are
 * filed under concurrent load, the server is killed with SIGKILL while requests are in flight,
 * it is started again on the same database, and then
 * <ul>
 * <li>every complaint acknowledged with 201 exists, with its FILED timeline entry, a timeline
 * whose hash chain verifies, and its process waiting in UserTask_ShopResponse (or already past
 * its deadline);</li>
 * <li>every complaint that exists without having been acknowledged (its request was in flight
 * when the server died) is just as complete: never a row without a process, or a process
 * without a row;</li>
 * <li>every shop-response timer survives the restart and fires exactly once: each case leaves
 * SHOP_RESPONSE for FULFILMENT (small refund-only claim, remedy granted) or MEDIATION, with
 * exactly one DEADLINE_PASSED entry.</li>
 * </ul>
 * Subclasses say which database the server runs on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashScenario {

    /** Long enough that no filed case is due before the restart completes, short enough for a quick test. */
    static final Duration SHOP_RESPONSE_DEADLINE = Duration.ofSeconds(45);
    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(6);
    private static final Duration TIMERS_TIMEOUT = SHOP_RESPONSE_DEADLINE.plusSeconds(45);
    private static final String SHOP_TASK = "UserTask_ShopResponse";
    private static final String GENESIS = "0".repeat(64);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .executor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "crash-http");
                t.setDaemon(true);
                return t;
            }))
            .build();
    /** Every orderRef of this run starts with it: the PostgreSQL database may hold earlier runs' cases. */
    private final String runTag = "CRASH-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private ServerProcess server;

    /** Spring Boot arguments naming the database and the profiles (besides the common ones). */
    abstract List<String> databaseArgs();

    abstract String name();

    @BeforeAll
    void createServer() {
        List<String> args = new ArrayList<>(databaseArgs());
        args.add("--disputes.deadlines.shop-response=" + SHOP_RESPONSE_DEADLINE);
        args.add("--disputes.filing.max-per-window=100000");
        args.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
        args.add("--camunda.bpm.job-execution.max-wait=2000");
        args.add("--logging.level.root=INFO");
        server = new ServerProcess(name(), ServerProcess.freshDir(name() + "-logs-"), args);
    }

    @AfterAll
    void killServer() {
        if (server != null) {
            server.kill();
        }
    }

    /** What a filed case should become when the shop stays silent. */
    enum Expected {
        FULFILMENT, MEDIATION;

        static Expected of(String remedy, BigDecimal claimed) {
            return "REFUND".equals(remedy) && claimed.compareTo(new BigDecimal("200")) <= 0 ? FULFILMENT : MEDIATION;
        }
    }

    @Test
    void filedComplaintsSurviveAKillAndTheirDeadlinesStillFire() throws Exception {
        long t0 = System.nanoTime();
        server.start();
        System.out.printf("[%s] server up in %d ms (log %s)%n", name(), ms(t0), server.log());

        // 1. Load, then SIGKILL while requests are in flight.
        Map<String, Expected> acknowledged = new ConcurrentHashMap<>();
        Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        // after the kill, a lost connection or an odd answer is what a kill does
        AtomicBoolean killed = new AtomicBoolean();
        ClientLoad load = new ClientLoad(CLIENTS, (buyer, n) -> {
            Filing filing = Filing.of(runTag + n, n);
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/complaints"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", basic(buyer))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(filing.body()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String key = Integer.toString(response.statusCode());
                outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 201) {
                    String id = json.readTree(response.body()).get("id").asText();
                    acknowledgedAt.put(id, System.nanoTime());
                    acknowledged.put(id, filing.expected());
                } else if (!killed.get()) {
                    unexpected.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                outcomes.computeIfAbsent("connection lost", k -> new AtomicInteger()).incrementAndGet();
                if (!killed.get()) {
                    ServerProcess.sleep(50);
                }
            }
        });
        Thread.sleep(LOAD_BEFORE_KILL.toMillis());
        int inFlightAtKill = load.inFlight();
        int acknowledgedAtKill = acknowledged.size();
        long killedAt = System.nanoTime();
        server.kill();
        killed.set(true);
        load.stop();
        System.out.printf("[%s] killed after %d ms of load: %d acknowledged, %d requests in flight; responses %s%n",
                name(), LOAD_BEFORE_KILL.toMillis(), acknowledgedAtKill, inFlightAtKill, new TreeMap<>(outcomes));
        assertTrue(unexpected.isEmpty(), "responses other than 201 before the kill: " + unexpected);
        assertTrue(acknowledged.size() >= CLIENTS, "too few complaints filed to say anything: " + acknowledged.size());
        assertTrue(inFlightAtKill > 0, "no request was in flight at the kill");

        // 2. Restart on the same database.
        long restartBegin = System.nanoTime();
        server.start();
        long restarted = System.nanoTime();
        Instant restartedAt = Instant.now();
        System.out.printf("[%s] restarted in %d ms (log %s)%n", name(), ms(restartBegin), server.log());

        // 3. Every case of this run, acknowledged or not, exists completely.
        Map<String, JsonNode> found = casesOfThisRun();
        List<String> missing = acknowledged.keySet().stream().filter(id -> !found.containsKey(id)).toList();
        assertTrue(missing.isEmpty(), () -> missing.size() + " of " + acknowledged.size()
                + " complaints acknowledged with 201 are missing after the restart; they were acknowledged "
                + missing.stream().map(id -> TimeUnit.NANOSECONDS.toMillis(killedAt - acknowledgedAt.get(id)))
                        .sorted().map(ms -> ms + " ms").toList()
                + " before the kill (the latest acknowledgement came "
                + acknowledgedAt.values().stream().mapToLong(t -> TimeUnit.NANOSECONDS.toMillis(killedAt - t)).min()
                        .orElse(-1)
                + " ms before it): " + missing);
        for (String id : acknowledged.keySet()) {
            assertEquals(200, get("/api/complaints/" + id, "admin").statusCode(), "GET complaint " + id);
        }
        Map<String, Expected> expected = new LinkedHashMap<>(acknowledged);
        List<String> unacknowledged = new ArrayList<>();
        for (JsonNode c : found.values()) {
            String id = c.get("id").asText();
            if (!acknowledged.containsKey(id)) {
                unacknowledged.add(id);
                expected.put(id, Expected.of(c.get("desiredRemedy").asText(), c.get("claimedAmount").decimalValue()));
            }
        }
        AtomicInteger dueAfterRestart = new AtomicInteger();
        AtomicInteger waitingAtCheck = new AtomicInteger();
        forEachInParallel(expected.keySet(), id -> {
            JsonNode c = json(get("/api/complaints/" + id, "admin"), 200, "complaint " + id);
            if (Instant.parse(c.get("createdAt").asText()).plus(SHOP_RESPONSE_DEADLINE).isAfter(restartedAt)) {
                dueAfterRestart.incrementAndGet();
            }
            List<JsonNode> timeline = timeline(id);
            assertTrue(chainVerifies(id, timeline), "the timeline of " + id + " does not verify: " + timeline);
            assertEquals(1, count(timeline, "FILED"), "FILED entries of " + id + ": " + timeline);
            assertEquals("FILED", timeline.get(0).get("action").asText(), "first entry of " + id);
            String stage = c.get("stage").asText();
            if ("SHOP_RESPONSE".equals(stage)) {
                JsonNode tasks = json(get("/engine-rest/task?processInstanceBusinessKey=" + id, "admin"), 200,
                        "tasks of " + id);
                if (tasks.size() == 0) {
                    // Its timer may have fired between the two reads; then the case has moved on.
                    String now = json(get("/api/complaints/" + id, "admin"), 200, id).get("stage").asText();
                    assertEquals(expected.get(id).name(), now, id + " is at SHOP_RESPONSE without a task");
                } else {
                    assertEquals(1, tasks.size(), "open tasks of " + id + ": " + tasks);
                    assertEquals(SHOP_TASK, tasks.get(0).get("taskDefinitionKey").asText(), "task of " + id);
                    waitingAtCheck.incrementAndGet();
                }
            } else {
                assertEquals(expected.get(id).name(), stage, "stage of " + id + " (its deadline passed)");
            }
            return null;
        });
        // No process was started for a complaint that does not exist (nor the other way round).
        assertEquals(allComplaintsCount(), historicProcessCount(),
                "complaints vs. complaint-resolution process instances");

        // 4. The deadlines fire after the restart, exactly once each, each to its outcome.
        long timersDeadline = System.nanoTime() + TIMERS_TIMEOUT.toNanos();
        long lastFiring = 0;
        int remaining = Integer.MAX_VALUE;
        while (System.nanoTime() < timersDeadline) {
            remaining = countOfThisRunIn("SHOP_RESPONSE");
            if (remaining == 0) {
                lastFiring = System.nanoTime();
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(0, remaining, "cases still at SHOP_RESPONSE " + TIMERS_TIMEOUT + " after the restart");
        Map<Expected, AtomicInteger> byOutcome = new ConcurrentHashMap<>();
        forEachInParallel(expected.keySet(), id -> {
            JsonNode c = json(get("/api/complaints/" + id, "admin"), 200, "complaint " + id);
            assertEquals(expected.get(id).name(), c.get("stage").asText(), "stage of " + id + " after its deadline");
            List<JsonNode> timeline = timeline(id);
            assertEquals(1, count(timeline, "DEADLINE_PASSED"), "DEADLINE_PASSED entries of " + id + ": "
                    + timeline);
            assertEquals(1, count(timeline, "FILED"), "FILED entries of " + id);
            assertTrue(chainVerifies(id, timeline), "the timeline of " + id + " does not verify: " + timeline);
            JsonNode tasks = json(get("/engine-rest/task?processInstanceBusinessKey=" + id, "admin"), 200, id);
            assertEquals(1, tasks.size(), "open tasks of " + id + ": " + tasks);
            assertEquals("UserTask_" + (expected.get(id) == Expected.FULFILMENT ? "Fulfilment" : "Mediation"),
                    tasks.get(0).get("taskDefinitionKey").asText(), "task of " + id);
            byOutcome.computeIfAbsent(expected.get(id), k -> new AtomicInteger()).incrementAndGet();
            return null;
        });

        System.out.printf("[%s] FIGURES: acknowledged=%d, found after restart=%d, unacknowledged but committed=%d"
                        + " %s, in flight at kill=%d, waiting in %s at the check=%d, due after restart=%d,"
                        + " outcomes=%s, restart took %d ms, restart (healthy) to last timer firing <= %d ms%n",
                name(), acknowledged.size(), found.size(), unacknowledged.size(), unacknowledged, inFlightAtKill,
                SHOP_TASK, waitingAtCheck.get(), dueAfterRestart.get(), new TreeMap<>(byOutcome),
                TimeUnit.NANOSECONDS.toMillis(restarted - restartBegin),
                TimeUnit.NANOSECONDS.toMillis(lastFiring - restarted));
        assertTrue(dueAfterRestart.get() > 0, "no timer was due after the restart: the test proved nothing");
        assertTrue(byOutcome.containsKey(Expected.FULFILMENT) && byOutcome.containsKey(Expected.MEDIATION),
                "both outcomes should be exercised: " + byOutcome);
        server.kill();
    }

    // ---- the cases of this run ----

    /** Every case whose orderRef carries this run's tag, by id, from the admin's paged list. */
    private Map<String, JsonNode> casesOfThisRun() {
        Map<String, JsonNode> cases = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode list = json(get("/api/complaints?size=100&page=" + page, "admin"), 200, "page " + page);
            for (JsonNode c : list) {
                if (c.get("orderRef").asText().startsWith(runTag)) {
                    cases.put(c.get("id").asText(), c);
                }
            }
            if (list.size() < 100) {
                return cases;
            }
        }
    }

    private int countOfThisRunIn(String stage) {
        int n = 0;
        for (int page = 0; ; page++) {
            JsonNode list = json(get("/api/complaints?size=100&stage=" + stage + "&page=" + page, "admin"), 200,
                    "page " + page);
            for (JsonNode c : list) {
                if (c.get("orderRef").asText().startsWith(runTag)) {
                    n++;
                }
            }
            if (list.size() < 100) {
                return n;
            }
        }
    }

    private int allComplaintsCount() {
        int n = 0;
        for (int page = 0; ; page++) {
            JsonNode list = json(get("/api/complaints?size=100&page=" + page, "admin"), 200, "page " + page);
            n += list.size();
            if (list.size() < 100) {
                return n;
            }
        }
    }

    private int historicProcessCount() {
        return json(get("/engine-rest/history/process-instance/count?processDefinitionKey=complaint-resolution",
                "admin"), 200, "historic process instances").get("count").asInt();
    }

    private List<JsonNode> timeline(String id) {
        List<JsonNode> entries = new ArrayList<>();
        json(get("/api/complaints/" + id + "/timeline", "admin"), 200, "timeline of " + id).forEach(entries::add);
        return entries;
    }

    private static long count(List<JsonNode> timeline, String action) {
        return timeline.stream().filter(e -> action.equals(e.get("action").asText())).count();
    }

    /**
     * The timeline's hash chain, recomputed from the entries as docs/trust.md tells an outsider: an
     * entry of version 2 chains on the digest of its content (actor, detail, facts), which must
     * match; one written before digests chains on the content itself.
     */
    private static boolean chainVerifies(String id, List<JsonNode> timeline) {
        String previous = GENESIS;
        int seq = 0;
        for (JsonNode e : timeline) {
            seq++;
            if (e.get("seq").asInt() != seq) {
                return false;
            }
            String at = Instant.parse(e.get("at").asText()).toString();
            String hash;
            if (e.path("chainVersion").asInt(1) == 2) {
                String digest = e.get("contentDigest").asText();
                JsonNode facts = e.get("facts");
                String factsText = facts == null || facts.isNull() || facts.isEmpty() ? "" : facts.toString();
                if (!sha256(String.join("\u001f", text(e, "actor"), text(e, "detail"), factsText)).equals(digest)) {
                    return false;
                }
                hash = sha256(String.join("\u001f", previous, id, Integer.toString(seq), at, e.get("role").asText(),
                        e.get("action").asText(), e.get("stage").asText(), digest));
            } else {
                hash = sha256(String.join("\u001f", previous, id, Integer.toString(seq), at, text(e, "actor"),
                        e.get("role").asText(), e.get("action").asText(), e.get("stage").asText(), text(e, "detail")));
            }
            if (!hash.equals(e.get("hash").asText())) {
                return false;
            }
            previous = hash;
        }
        return true;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    // ---- HTTP ----

    private HttpResponse<String> get(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Accept", "application/json")
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed; see " + server.log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode json(HttpResponse<String> response, int status, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + ": " + response.body(), e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static void forEachInParallel(Set<String> ids, Function<String, Void> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (String id : ids) {
                Callable<Void> task = () -> check.apply(id);
                results.add(pool.submit(task));
            }
            for (Future<Void> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AssertionError a) {
                        throw a;
                    }
                    fail(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long ms(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /** One filing: every third a small refund-only claim (granted on silence), the others go to mediation. */
    record Filing(String orderRef, String remedy, BigDecimal orderAmount, BigDecimal claimed) {

        static Filing of(String orderRef, int n) {
            return switch (n % 3) {
                case 0 -> new Filing(orderRef, "REFUND", new BigDecimal("120.00"), new BigDecimal("99.50"));
                case 1 -> new Filing(orderRef, "REFUND", new BigDecimal("480.00"), new BigDecimal("300.00"));
                default -> new Filing(orderRef, "RETURN_AND_REFUND", new BigDecimal("150.00"),
                        new BigDecimal("150.00"));
            };
        }

        Expected expected() {
            return Expected.of(remedy, claimed);
        }

        String body() {
            return """
                    {"shopId":"shop-hm-001","orderRef":"%s","category":"QUALITY_DEFECT",\
                    "description":"Seams came apart after one wash (crash-safety test).",\
                    "orderAmount":%s,"claimedAmount":%s,"desiredRemedy":"%s"}"""
                    .formatted(orderRef, orderAmount.toPlainString(), claimed.toPlainString(), remedy);
        }
    }
}
