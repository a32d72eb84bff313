package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Two nodes on one database: the same step sent to both at the same moment is taken exactly once;
 * every other request gets 409 naming the stage, and no step is lost or doubled.
 */
class ConcurrentStepClusterTests {

    private static final int CASES = 20;
    /** Concurrent requests per case, alternating between the nodes. */
    private static final int REQUESTS_PER_CASE = 4;

    private static ClusterNode nodeA;
    private static ClusterNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        // The default shop-response deadline (two days): no timer competes with the shop here.
        nodeA = ClusterNode.start("node-a", true);
        nodeB = ClusterNode.start("node-b", true);
    }

    @AfterAll
    static void stopNodes() {
        ClusterNode.closeAll(nodeA, nodeB);
    }

    /** One answer to one of the concurrent requests. */
    record Answer(String node, int status, String contentType, String stage, String retryAfter, String body) {
    }

    @Test
    void theSameShopResponseSentToBothNodesAtOnceIsTakenExactlyOnceAndTheOthersGet409()
            throws Exception {
        String prefix = "CS-" + UUID.randomUUID() + "-";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ids.add((i % 2 == 0 ? nodeA : nodeB).file("buyer1", prefix + i));
        }
        // Sign shop1 in on both nodes first, so the racing requests do not differ by a bcrypt check.
        nodeA.as("shop1").get("/api/complaints/" + ids.get(0)).then().statusCode(200);
        nodeB.as("shop1").get("/api/complaints/" + ids.get(0)).then().statusCode(200);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Answer> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS_PER_CASE);
        try {
            for (String id : ids) {
                CyclicBarrier start = new CyclicBarrier(REQUESTS_PER_CASE);
                List<Future<Answer>> racing = new ArrayList<>();
                for (int r = 0; r < REQUESTS_PER_CASE; r++) {
                    ClusterNode node = r % 2 == 0 ? nodeA : nodeB;
                    racing.add(pool.submit(() -> {
                        var request = node.as("shop1")
                                .body(Map.of("decision", "ACCEPT", "message", "We take it back and refund."));
                        start.await(30, TimeUnit.SECONDS);
                        Response response = request.post("/api/complaints/" + id + "/shop-response");
                        String contentType = response.getContentType();
                        String stage = contentType != null && contentType.contains("json")
                                ? response.jsonPath().getString("stage") : null;
                        return new Answer(node.name, response.statusCode(), contentType, stage,
                                response.header("Retry-After"), response.asString());
                    }));
                }
                List<Answer> answers = new ArrayList<>();
                for (Future<Answer> f : racing) {
                    answers.add(f.get(60, TimeUnit.SECONDS));
                }
                answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
                assertThat(answers).as("answers on case %s", id)
                        .filteredOn(a -> a.status() == 200).hasSize(1)
                        .allSatisfy(a -> assertThat(a.stage()).isEqualTo("FULFILMENT"));
                for (Answer a : answers) {
                    switch (a.status()) {
                        case 200 -> { }
                        case 409 -> {
                            assertThat(a.contentType()).as("409 on case %s: %s", id, a).startsWith(ClusterNode.PROBLEM_JSON);
                            assertThat(a.stage()).as("409 on case %s: %s", id, a).isEqualTo("FULFILMENT");
                        }
                        case 503 -> {
                            unexpected.add(a);
                            assertThat(a.retryAfter()).as("503 on case %s: %s", id, a).isNotBlank();
                        }
                        default -> throw new AssertionError("Unexpected answer on case " + id + ": " + a);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[cluster] %d cases x %d concurrent shop-responses over node-a and node-b: statuses %s%n",
                CASES, REQUESTS_PER_CASE, statuses);
        unexpected.forEach(a -> System.out.printf("[cluster] busy answer: %s%n", a));
        assertThat(statuses.get(200)).isEqualTo(CASES);
        assertThat(statuses.getOrDefault(409, 0) + statuses.getOrDefault(503, 0))
                .isEqualTo(CASES * (REQUESTS_PER_CASE - 1));

        CaseHistory history = new CaseHistory(nodeA.jdbc(), prefix);
        assertThat(history.atStage("FULFILMENT")).isEqualTo(CASES);
        assertThat(history.timelineEntriesPerCase("ACCEPT")).hasSize(CASES).allSatisfy((id, n) ->
                assertThat(n).as("ACCEPT entries on the timeline of case %s", id).isEqualTo(1));
        assertThat(history.completedTasksPerCase(ComplaintProcess.Tasks.SHOP_RESPONSE)).hasSize(CASES)
                .allSatisfy((id, n) -> assertThat(n).as("completed shop-response tasks of case %s", id).isEqualTo(1));
        assertThat(history.completedTasksPerCase(ComplaintProcess.Tasks.FULFILMENT)).allSatisfy((id, n) ->
                assertThat(n).isZero());
        for (String id : ids) {
            nodeB.as("shop1").get("/api/complaints/" + id).then().statusCode(200);
            List<String> actions = nodeB.as("admin").get("/api/complaints/" + id + "/timeline").then().statusCode(200)
                    .extract().jsonPath().getList("action");
            assertThat(actions).as("timeline of case %s", id).containsSubsequence("FILED", "ROUTED", "ACCEPT")
                    .containsOnlyOnce("ACCEPT");
        }
    }
}
