package org.disputedesk.api;

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

/** Filing rules under pressure: the per-buyer rate limit and concurrent duplicate filings. */
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
