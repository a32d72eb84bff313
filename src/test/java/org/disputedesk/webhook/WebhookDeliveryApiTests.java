package org.disputedesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.path.json.JsonPath;

/**
 * Webhooks delivered to a real receiver on this machine: cases filed and driven through the API,
 * the messages signed, retried under one id, logged; a step that rolls back sends nothing; two
 * pollers never send one message twice; a message sent again on demand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "webhooks"})
@Import({Api.class, StepFailures.class})
class WebhookDeliveryApiTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired Api api;
    @Autowired JdbcClient jdbc;
    @Autowired StepFailures failures;
    @Autowired DeliveryPoller poller;

    private final List<String> webhooks = new ArrayList<>();

    @AfterEach
    void deleteTheWebhooks() {
        webhooks.forEach(id -> api.as("admin").delete("/api/webhooks/" + id).then().statusCode(204));
    }

    @Test
    void aFilingReachesTheReceiverSignedUnderOneIdThroughTwoFailedAttempts() {
        try (Receiver receiver = Receiver.answering(attempt -> attempt <= 2 ? 500 : 204)) {
            // given
            JsonPath webhook = subscribe("parkadmin1", receiver, "complaint.filed", "complaint.stage_changed");
            String secret = webhook.getString("secret");

            // when
            String id = api.fileComplaint("buyer1", "shop-hm-001", "WH-" + UUID.randomUUID());

            // then
            await().atMost(WAIT).until(() -> receiver.about(id).size() == 6);
            Map<String, List<Receiver.Received>> byMessage = receiver.about(id).stream()
                    .collect(Collectors.groupingBy(Receiver.Received::id));
            assertThat(byMessage).hasSize(2).allSatisfy((messageId, attempts) -> {
                assertThat(messageId).startsWith("msg_");
                assertThat(attempts).hasSize(3).allSatisfy(attempt -> {
                    assertThat(attempt.signedWith(secret)).as("signature of %s", attempt).isTrue();
                    assertThat(attempt.contentType()).startsWith("application/json");
                    long sentAt = Long.parseLong(attempt.timestamp());
                    assertThat(sentAt).isBetween(attempt.at().getEpochSecond() - 5, attempt.at().getEpochSecond() + 1);
                });
                assertThat(attempts).extracting(Receiver.Received::body).containsOnly(attempts.get(0).body());
            });
            Map<String, JsonPath> byType = byMessage.values().stream().map(attempts -> new JsonPath(attempts.get(0)
                    .body())).collect(Collectors.toMap(body -> body.getString("type"), Function.identity()));
            assertThat(byType.keySet()).containsExactlyInAnyOrder("complaint.filed", "complaint.stage_changed");
            JsonPath stage = byType.get("complaint.stage_changed");
            assertThat(stage.getString("data.complaintId")).isEqualTo(id);
            assertThat(stage.getString("data.parkId")).isEqualTo("humen");
            assertThat(stage.getString("data.shopId")).isEqualTo("shop-hm-001");
            assertThat(stage.getString("data.stage")).isEqualTo("SHOP_RESPONSE");
            assertThat(Instant.parse(stage.getString("data.dueAt"))).isAfter(Instant.now());
            assertThat(Instant.parse(byType.get("complaint.filed").getString("timestamp")))
                    .isBetween(Instant.now().minusSeconds(60), Instant.now());

            await().atMost(WAIT).untilAsserted(() -> assertThat(log(webhook.getString("id"))).hasSize(2)
                    .allSatisfy(delivery -> {
                        assertThat(delivery).containsEntry("complaintId", id).containsEntry("attempts", 3)
                                .containsEntry("lastStatus", 204).containsEntry("nextAttemptAt", null);
                        assertThat(delivery.get("deliveredAt")).isNotNull();
                        assertThat(byMessage).containsKey((String) delivery.get("messageId"));
                    }));
        }
    }

    @Test
    void aMessageNoAttemptDeliversIsGivenUpAfterTheLastRetryAndSentAgainOnDemand() {
        try (Receiver receiver = Receiver.answering(attempt -> attempt <= 3 ? 302 : 200)) {
            // given: redirects are failures, and the schedule allows three attempts
            JsonPath webhook = subscribe("admin", receiver, "complaint.closed");
            String id = api.fileComplaint("buyer2", "shop-hm-002", "WH-" + UUID.randomUUID());
            api.step("buyer2", id, "withdrawal", null).statusCode(200);
            await().atMost(WAIT).untilAsserted(() -> assertThat(log(webhook.getString("id"))).singleElement()
                    .satisfies(delivery -> assertThat(delivery).containsEntry("attempts", 3)
                            .containsEntry("lastStatus", 302).containsEntry("deliveredAt", null)
                            .containsEntry("nextAttemptAt", null)));
            assertThat(receiver.about(id)).hasSize(3).extracting(Receiver.Received::body)
                    .allSatisfy(body -> assertThat(new JsonPath(body).getString("data.outcome"))
                            .isEqualTo("WITHDRAWN"));
            String messageId = receiver.about(id).get(0).id();

            // when
            api.as("parkadmin1").post("/api/webhooks/" + webhook.getString("id") + "/deliveries/" + messageId
                    + "/replay").then().statusCode(202);

            // then
            await().atMost(WAIT).until(() -> receiver.about(id).size() == 4);
            assertThat(receiver.about(id).get(3).id()).isEqualTo(messageId);
            await().atMost(WAIT).untilAsserted(() -> assertThat(log(webhook.getString("id"))).singleElement()
                    .satisfies(delivery -> assertThat(delivery).containsEntry("attempts", 4)
                            .containsEntry("lastStatus", 200).doesNotContainEntry("deliveredAt", null)));
        }
    }

    @Test
    void aStepThatFailsOrIsRefusedQueuesNothing() {
        try (Receiver receiver = Receiver.accepting()) {
            // given
            JsonPath webhook = subscribe("parkadmin1", receiver, "complaint.filed", "complaint.stage_changed",
                    "complaint.closed");
            String orderRef = "WH-" + UUID.randomUUID();
            long queued = queued(webhook.getString("id"));

            // when: the filing fails after its first event was queued
            failures.failTheNextStep();
            api.as("buyer1").body(SampleInputs.complaint("shop-hm-001", orderRef)).post("/api/complaints").then()
                    .statusCode(500).contentType("application/problem+json");
            // and a step on a closed case is refused before it does anything
            String closed = api.fileComplaint("buyer1", "shop-hm-001", "WH-" + UUID.randomUUID());
            api.step("buyer1", closed, "withdrawal", null).statusCode(200);
            api.step("buyer1", closed, "withdrawal", null).statusCode(409);

            // then
            assertThat(jdbc.sql("select count(*) from complaints where order_ref = ?").param(orderRef)
                    .query(Long.class).single()).isZero();
            await().atMost(WAIT).until(() -> receiver.about(closed).size() == 3);
            assertThat(queued(webhook.getString("id"))).isEqualTo(queued + 3);
            assertThat(receiver.received()).hasSize(3);
        }
    }

    @Test
    void twoPollersSendingAtOnceNeverSendAMessageTwice() throws Exception {
        try (Receiver receiver = Receiver.accepting()) {
            // given: 300 messages due at once, and this node's scheduled poller running beside two more
            JsonPath webhook = subscribe("admin", receiver, "complaint.filed");
            String subscription = webhook.getString("id");
            for (int i = 0; i < 300; i++) {
                jdbc.sql("""
                        insert into webhook_deliveries (subscription_id, message_id, event, complaint_id, payload,
                          created_at, attempts, schedule_start, next_attempt_at)
                        values (?, ?, 'complaint.filed', ?, '{}', current_timestamp, 0, 0, current_timestamp)""")
                        .params(subscription, "msg_poll" + i, "poll-" + i).update();
            }

            // when
            ExecutorService two = Executors.newFixedThreadPool(2);
            Callable<Integer> drain = () -> {
                int rounds = 0;
                while (poller.sendDue() > 0) {
                    rounds++;
                }
                return rounds;
            };
            two.invokeAll(List.of(drain, drain));
            two.shutdown();

            // then
            await().atMost(WAIT).until(() -> queued(subscription) == 300 && delivered(subscription) == 300);
            Map<String, Long> sends = receiver.received().stream()
                    .collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
            assertThat(sends).hasSize(300).allSatisfy((id, n) -> assertThat(n).as("sends of %s", id).isEqualTo(1));
            assertThat(log(subscription)).hasSize(50).allSatisfy(d -> assertThat(d).containsEntry("attempts", 1));
        }
    }

    private JsonPath subscribe(String user, Receiver receiver, String... events) {
        JsonPath created = api.as(user).body(Map.of("url", receiver.url(), "events", List.of(events),
                "parkId", "humen")).post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        webhooks.add(created.getString("id"));
        return created;
    }

    private List<Map<String, Object>> log(String webhook) {
        return api.as("parkadmin1").get("/api/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private long queued(String webhook) {
        return jdbc.sql("select count(*) from webhook_deliveries where subscription_id = ?").param(webhook)
                .query(Long.class).single();
    }

    private long delivered(String webhook) {
        return jdbc.sql("select count(*) from webhook_deliveries where subscription_id = ? and delivered_at is not "
                + "null").param(webhook).query(Long.class).single();
    }
}
