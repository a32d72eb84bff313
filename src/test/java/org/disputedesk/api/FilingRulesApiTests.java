package org.disputedesk.api;

import org.disputedesk.complaint.Filing;
import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.Response;

/**
 * Filing rules: the per-buyer rate limit, the shop, the amounts and one open complaint per order, in
 * that order, also under concurrent duplicate filings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "disputes.filing.max-per-window=3")
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class FilingRulesApiTests {

    private static final int RACERS = 8;

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeskUsers users;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aBuyerWhoFilesTooOftenIsToldWhenToTryAgainAndRepeatsStillAnswer() {
        String buyer = newBuyer();
        Map<String, Object> first = SampleInputs.complaint("shop-hm-001", "TB-RATE-0");
        String firstId = api.as(buyer).header("Idempotency-Key", "rate-0").body(first).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
        api.fileComplaint(buyer, "shop-hm-001", "TB-RATE-1");
        api.fileComplaint(buyer, "shop-hm-002", "TB-RATE-2");

        Response refused = api.as(buyer).body(SampleInputs.complaint("shop-hm-001", "TB-RATE-3")).post("/api/complaints");

        refused.then().statusCode(429).contentType(Api.PROBLEM_JSON).body("status", equalTo(429));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 3600);
        assertThat(filedBy(buyer)).isEqualTo(3);
        api.as(buyer).header("Idempotency-Key", "rate-0").body(first).post("/api/complaints")
                .then().statusCode(200).body("id", equalTo(firstId));
    }

    @Test
    void aComplaintAboutAShopThatDoesNotExistIsRefusedAndNothingIsFiled() {
        String buyer = newBuyer();

        api.as(buyer).body(SampleInputs.complaint("no-such-shop", "TB-NOSHOP")).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("There is no shop no-such-shop."));

        assertThat(filedBy(buyer)).isZero();
    }

    @Test
    void aSecondOpenComplaintAboutTheSameOrderIsRefusedButAnotherShopsOrderIsNot() {
        String buyer = newBuyer();
        api.fileComplaint(buyer, "shop-hm-001", "TB-AGAIN");

        api.as(buyer).body(SampleInputs.complaint("shop-hm-001", "TB-AGAIN")).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("You already have an open complaint about order TB-AGAIN."));
        api.as(buyer).body(SampleInputs.complaint("shop-hm-002", "TB-AGAIN")).post("/api/complaints")
                .then().statusCode(201);

        assertThat(filedBy(buyer)).isEqualTo(2);
    }

    @Test
    void caseIdsAreTimeOrderedSoNewRowsLandAtTheEndOfEachIndex() throws Exception {
        String buyer = newBuyer();
        String first = api.fileComplaint(buyer, "shop-hm-001", "TB-V7-1");
        Thread.sleep(2);
        String second = api.fileComplaint(buyer, "shop-hm-001", "TB-V7-2");

        assertThat(java.util.UUID.fromString(first).version()).isEqualTo(7);
        assertThat(java.util.UUID.fromString(second).version()).isEqualTo(7);
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void aDecidedOrderIsNotFiledAgain() {
        String buyer = newBuyer();
        String first = api.fileComplaint(buyer, "shop-hm-001", "TB-DECIDED");
        api.step("shop1", first, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step(buyer, first, "buyer-review", Map.of("decision", "ACCEPT")).statusCode(200)
                .body("outcome", equalTo("REJECTED"));

        api.as(buyer).body(SampleInputs.complaint("shop-hm-001", "TB-DECIDED")).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("Your complaint about order TB-DECIDED was already decided."));
        api.as(buyer).header("Accept-Language", "zh-CN").body(SampleInputs.complaint("shop-hm-001", "TB-DECIDED"))
                .post("/api/complaints").then().statusCode(422)
                .body("detail", equalTo("您对订单 TB-DECIDED 的投诉已有处理结果，不能再次投诉。"));

        assertThat(filedBy(buyer)).isEqualTo(1);
    }

    @Test
    void aWithdrawnOrderIsFiledAgainOnceOnly() {
        String buyer = newBuyer();
        String first = api.fileComplaint(buyer, "shop-hm-001", "TB-WITHDRAWN");
        api.step(buyer, first, "withdrawal", null).statusCode(200);

        String second = api.fileComplaint(buyer, "shop-hm-001", "TB-WITHDRAWN");
        api.step(buyer, second, "withdrawal", null).statusCode(200);

        api.as(buyer).body(SampleInputs.complaint("shop-hm-001", "TB-WITHDRAWN")).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("You withdrew complaints about order TB-WITHDRAWN twice; it cannot be "
                        + "filed again."));
        assertThat(filedBy(buyer)).isEqualTo(2);
    }

    @Test
    void theRateLimitIsCheckedBeforeTheShopAndTheShopBeforeTheAmounts() {
        String buyer = newBuyer();
        Map<String, Object> overclaimed = SampleInputs.complaint("no-such-shop", "TB-ORDER");
        overclaimed.put("claimedAmount", 500.00);

        api.as(buyer).body(overclaimed).post("/api/complaints").then().statusCode(422)
                .body("detail", equalTo("There is no shop no-such-shop."));
        overclaimed.put("shopId", "shop-hm-001");
        api.as(buyer).body(overclaimed).post("/api/complaints").then().statusCode(422)
                .body("detail", equalTo("The claimed amount may not exceed the order amount."));
        for (int i = 0; i < 3; i++) {
            api.fileComplaint(buyer, "shop-hm-001", "TB-ORDER-" + i);
        }
        overclaimed.put("shopId", "no-such-shop");
        api.as(buyer).body(overclaimed).post("/api/complaints").then().statusCode(429);

        assertThat(filedBy(buyer)).isEqualTo(3);
    }

    @Test
    void concurrentRepeatsOfOneIdempotencyKeyFileOneComplaint() throws Exception {
        String buyer = newBuyer();
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "TB-IDEM");

        List<Response> answers = race(() -> api.as(buyer).header("Idempotency-Key", "same-key").body(body)
                .post("/api/complaints"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(answers).extracting(r -> (String) r.path("id")).containsOnly((String) answers.get(0).path("id"));
        assertThat(filedBy(buyer)).isEqualTo(1);
    }

    @Test
    void concurrentFilingsAboutOneOrderOpenOneComplaint() throws Exception {
        String buyer = newBuyer();
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "TB-TWICE");

        List<Response> answers = race(() -> api.as(buyer).body(body).post("/api/complaints"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201, 422).containsOnlyOnce(201);
        answers.stream().filter(r -> r.statusCode() != 201)
                .forEach(r -> assertThat(r.contentType()).startsWith(Api.PROBLEM_JSON));
        assertThat(filedBy(buyer)).isEqualTo(1);
    }

    private List<Response> race(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(request));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String newBuyer() {
        String name = "racer-" + System.nanoTime();
        users.add(name, encoder.encode(Api.PASSWORD), Role.BUYER, name, null, List.of());
        return name;
    }

    private long filedBy(String buyer) {
        return jdbc.sql("select count(*) from complaints where buyer = ?").param(buyer).query(Long.class).single();
    }
}
