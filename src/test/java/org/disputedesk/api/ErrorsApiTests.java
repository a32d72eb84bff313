package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.http.ContentType;

/** Every error of the contract, as problem+json with the most specific status, and without side effects. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class ErrorsApiTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aCallWithoutCredentialsOrWithAWrongPasswordIsAnswered401ProblemJson() {
        api.anonymous().get("/api/complaints").then().statusCode(401).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(401)).body("title", notNullValue());
        api.anonymous().body(SampleInputs.complaint("shop-hm-001", "HM-1")).post("/api/complaints").then().statusCode(401)
                .contentType(Api.PROBLEM_JSON);
        given().port(port).auth().preemptive().basic("buyer1", "wrong").get("/api/complaints")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON).body("status", equalTo(401));
        given().port(port).auth().preemptive().basic("nobody", "demo").get("/api/tasks")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void malformedJsonIsA400Problem() {
        api.as("buyer1").body("{\"shopId\": \"shop-hm-001\", ").post("/api/complaints")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("status", equalTo(400));
    }

    @Test
    void aFilingWithoutItsRequiredFieldsIsA400NamingEachField() {
        api.as("buyer1").body("{}").post("/api/complaints")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("shopId", "orderRef", "category", "description",
                        "orderAmount", "claimedAmount", "desiredRemedy"))
                .body("errors.message", not(hasItem((Object) null)));
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() {
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "HM-" + UUID.randomUUID());
        body.put("category", "BROKEN_ZIPPER");
        api.as("buyer1").body(body).post("/api/complaints")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItem("category"));
        api.as("buyer1").get("/api/complaints?stage=SOMEWHERE")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("stage"));
    }

    @Test
    void anAmountWithThreeDecimalsIsA400NamingTheField() {
        String body = """
                {"shopId": "shop-hm-001", "orderRef": "HM-%s", "category": "QUALITY_DEFECT",
                 "description": "Seam split.", "orderAmount": 100.005, "claimedAmount": 50.00,
                 "desiredRemedy": "REFUND"}""".formatted(UUID.randomUUID());
        api.as("buyer1").body(body).post("/api/complaints")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("orderAmount")));
    }

    @Test
    void stepBodiesAreValidatedFieldByFieldToo() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "COUNTER_OFFER", "message", "Half."))
                .statusCode(400).contentType(Api.PROBLEM_JSON).body("errors.field", hasItems("remedy", "amount"));
        api.step("shop1", id, "shop-response", Map.of("decision", "ACCEPT"))
                .statusCode(400).contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("message"));
        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
    }

    @Test
    void aClaimOverTheOrderAmountIsRefusedWith422AndFilesNothing() {
        int before = visibleCount("buyer1");
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "HM-" + UUID.randomUUID());
        body.put("claimedAmount", 500.00);
        api.as("buyer1").body(body).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON).body("status", equalTo(422));
        assertThat(visibleCount("buyer1")).isEqualTo(before);
    }

    @Test
    void aSecondOpenComplaintAboutTheSameOrderIsRefusedWith422() {
        String orderRef = "HM-" + UUID.randomUUID();
        api.fileComplaint("buyer1", "shop-hm-001", orderRef);
        int before = visibleCount("buyer1");
        api.as("buyer1").body(SampleInputs.complaint("shop-hm-001", orderRef)).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON);
        assertThat(visibleCount("buyer1")).isEqualTo(before);
        // another buyer may complain about an order of the same reference
        api.fileComplaint("buyer2", "shop-hm-001", orderRef);
    }

    @Test
    void anIdempotencyKeyRepeatedWithTheSameBodyReturnsTheSameComplaintAndWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = SampleInputs.complaint("shop-hm-002", "HM-" + UUID.randomUUID());
        String id = api.as("buyer1").header("Idempotency-Key", key).body(body).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
        int before = visibleCount("buyer1");

        api.as("buyer1").header("Idempotency-Key", key).body(body).post("/api/complaints")
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(id)).body("stage", equalTo("SHOP_RESPONSE"));

        Map<String, Object> other = SampleInputs.complaint("shop-hm-002", "HM-" + UUID.randomUUID());
        api.as("buyer1").header("Idempotency-Key", key).body(other).post("/api/complaints")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON);
        assertThat(visibleCount("buyer1")).isEqualTo(before);
    }

    @Test
    void aStepThatIsNotOpenIsA409NamingTheCurrentStageAndChangesNothing() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No."))
                .statusCode(200).body("stage", equalTo("BUYER_REVIEW"));
        int timeline = timelineSize(id);

        api.step("shop1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Changed my mind."))
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("BUYER_REVIEW"));
        api.step("shop1", id, "fulfilment", Map.of("proof", "Nothing"))
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("BUYER_REVIEW"));
        api.step("buyer1", id, "receipt", Map.of("received", true))
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("BUYER_REVIEW"));
        api.step("mediator1", id, "mediation/claim", null)
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("BUYER_REVIEW"));
        api.step("buyer1", id, "rating", Map.of("score", 3))
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("BUYER_REVIEW"));

        api.get("buyer1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("BUYER_REVIEW"))
                .body("offer.decision", equalTo("REJECT"));
        assertThat(timelineSize(id)).isEqualTo(timeline);
    }

    @Test
    void aPartyThatSeesTheCaseButMayNotTakeTheStepGets403AndNothingChanges() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        int timeline = timelineSize(id);
        api.step("buyer1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "I accept for them."))
                .statusCode(403).contentType(Api.PROBLEM_JSON).body("status", equalTo(403));
        api.step("mediator1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Accepted."))
                .statusCode(403).contentType(Api.PROBLEM_JSON);
        api.step("admin", id, "withdrawal", null).statusCode(403).contentType(Api.PROBLEM_JSON);
        api.as("shop1").body(SampleInputs.complaint("shop-hm-001", "HM-" + UUID.randomUUID())).post("/api/complaints")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
        assertThat(timelineSize(id)).isEqualTo(timeline);
    }

    @Test
    void anUnknownCaseIs404OnEveryEndpoint() {
        String unknown = UUID.randomUUID().toString();
        api.get("admin", "/api/complaints/" + unknown).statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(404));
        api.get("buyer1", "/api/complaints/" + unknown + "/timeline").statusCode(404).contentType(Api.PROBLEM_JSON);
        api.step("shop1", unknown, "shop-response", Map.of("decision", "ACCEPT", "message", "OK"))
                .statusCode(404).contentType(Api.PROBLEM_JSON);
        api.step("buyer1", unknown, "withdrawal", null).statusCode(404).contentType(Api.PROBLEM_JSON);
        api.step("buyer1", unknown, "messages", Map.of("text", "hello?")).statusCode(404)
                .contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aShopResponseAfterTheDeadlineMovedTheCaseOnIs409WithTheNewStage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.fireTimer(id, Timers.SHOP_SILENT);
        String stage = api.stageOf(id);
        assertThat(stage).isIn("MEDIATION", "FULFILMENT");

        api.step("shop1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Sorry, late."))
                .statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("stage", isOneOf("MEDIATION", "FULFILMENT"))
                .body("stage", equalTo(stage));
        assertThat(api.get("admin", "/api/complaints/" + id + "/timeline").extract().jsonPath()
                .getList("action", String.class)).contains("DEADLINE_PASSED");
    }

    private int visibleCount(String user) {
        return api.as(user).get("/api/complaints?size=100").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath().getList("$").size();
    }

    private int timelineSize(String id) {
        return api.get("admin", "/api/complaints/" + id + "/timeline").statusCode(200)
                .extract().jsonPath().getList("$").size();
    }
}
