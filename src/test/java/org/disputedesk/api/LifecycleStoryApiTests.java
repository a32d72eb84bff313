package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.path.json.JsonPath;

/** Two cases from filing to their end, through every role's endpoints, as API clients see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class LifecycleStoryApiTests {

    @Autowired
    Api api;

    @Test
    void aCounterOfferAcceptedByTheBuyerIsFulfilledReceivedClosedAsResolvedAndRatedOnce() {
        String orderRef = "HM-" + UUID.randomUUID();
        JsonPath recordBefore = api.get("buyer1", "/api/shops/shop-hm-001/record").statusCode(200).extract().jsonPath();

        io.restassured.response.Response response = api.as("buyer1")
                .body(SampleInputs.complaint("shop-hm-001", orderRef)).post("/api/complaints");
        String location = response.header("Location");
        JsonPath filed = response.then().statusCode(201)
                .contentType("application/json")
                .header("Location", notNullValue())
                .body("buyer", equalTo("buyer1"))
                .body("shopId", equalTo("shop-hm-001"))
                .body("parkId", equalTo("humen"))
                .body("orderRef", equalTo(orderRef))
                .body("category", equalTo("NONSTANDARD_LABEL"))
                .body("description", startsWith("The label says"))
                .body("orderAmount", equalTo(399.0f))
                .body("claimedAmount", equalTo(399.0f))
                .body("desiredRemedy", equalTo("RETURN_AND_REFUND"))
                .body("livestream.room", equalTo("hm-live-42"))
                .body("livestream.offsetSeconds", equalTo(1830))
                .body("stage", equalTo("SHOP_RESPONSE"))
                .body("outcome", nullValue())
                .body("dueAt", notNullValue())
                .body("mediator", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("actions", hasItem("withdrawal"))
                .body("actions", not(hasItem("shop-response")))
                .extract().jsonPath();
        String id = filed.getString("id");
        assertThat(location).endsWith("/api/complaints/" + id);

        api.get("shop1", "/api/complaints/" + id).statusCode(200)
                .body("actions", hasItem("shop-response"))
                .body("actions", not(hasItem("withdrawal")));
        api.get("mediator1", "/api/complaints/" + id).statusCode(200)
                .body("actions", not(hasItem("claim")))
                .body("actions", not(hasItem("shop-response")));
        assertThat(task("shop1", id)).containsEntry("stage", "SHOP_RESPONSE").containsKey("dueAt")
                .containsEntry("overdue", false);
        assertThat(task("buyer1", id)).isNull();

        api.step("shop1", id, "shop-response", Map.of("decision", "COUNTER_OFFER", "remedy", "REFUND",
                        "amount", 150.00, "message", "Partial refund; keep the sweater."))
                .statusCode(200)
                .body("stage", equalTo("BUYER_REVIEW"))
                .body("offer.decision", equalTo("COUNTER_OFFER"))
                .body("offer.remedy", equalTo("REFUND"))
                .body("offer.amount", equalTo(150.0f))
                .body("actions", not(hasItem("shop-response")));
        api.get("buyer1", "/api/complaints/" + id).body("actions", hasItems("buyer-review", "withdrawal"));
        assertThat(task("buyer1", id)).containsEntry("stage", "BUYER_REVIEW");
        assertThat(task("shop1", id)).isNull();

        api.step("buyer1", id, "buyer-review", Map.of("decision", "ACCEPT", "message", "Fine."))
                .statusCode(200)
                .body("stage", equalTo("FULFILMENT"))
                .body("agreed.remedy", equalTo("REFUND"))
                .body("agreed.amount", equalTo(150.0f));
        api.get("shop1", "/api/complaints/" + id).body("actions", hasItem("fulfilment"));
        assertThat(task("shop1", id)).containsEntry("stage", "FULFILMENT");

        api.step("shop1", id, "fulfilment", Map.of("proof", "Refund 150.00 CNY, transaction 2024-77"))
                .statusCode(200)
                .body("stage", equalTo("BUYER_CONFIRMATION"))
                .body("fulfilmentProof", equalTo("Refund 150.00 CNY, transaction 2024-77"));
        api.get("buyer1", "/api/complaints/" + id).body("actions", hasItem("receipt"));
        assertThat(task("buyer1", id)).containsEntry("stage", "BUYER_CONFIRMATION");

        api.step("buyer1", id, "receipt", Map.of("received", true))
                .statusCode(200)
                .body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo("RESOLVED"))
                .body("rating", nullValue())
                .body("actions", hasItem("rating"))
                .body("actions", not(hasItem("withdrawal")));
        assertThat(task("buyer1", id)).isNull();

        api.step("buyer1", id, "rating", Map.of("score", 4, "comment", "Quick refund."))
                .statusCode(200)
                .body("stage", equalTo("CLOSED"))
                .body("rating.score", equalTo(4))
                .body("rating.comment", equalTo("Quick refund."))
                .body("actions", not(hasItem("rating")));
        api.as("shop1").get("/api/complaints/" + id).then().body("rating.score", equalTo(4));
        api.step("buyer1", id, "rating", Map.of("score", 5))
                .statusCode(409)
                .contentType(Api.PROBLEM_JSON)
                .body("stage", equalTo("CLOSED"));

        List<Map<String, Object>> timeline = api.get("buyer1", "/api/complaints/" + id + "/timeline")
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline).extracting(e -> e.get("action")).containsExactly(
                "FILED", "ROUTED", "COUNTER_OFFER", "ACCEPTED_OFFER", "FULFILLED", "RECEIVED", "CLOSED", "RATED");
        assertThat(timeline).extracting(e -> e.get("stage")).containsExactly(
                "SHOP_RESPONSE", "SHOP_RESPONSE", "SHOP_RESPONSE", "BUYER_REVIEW", "FULFILMENT",
                "BUYER_CONFIRMATION", "BUYER_CONFIRMATION", "CLOSED");
        assertThat(timeline.get(0)).containsEntry("actor", "buyer1").containsEntry("role", "BUYER")
                .containsKeys("at", "detail");
        assertThat(timeline.get(2)).containsEntry("actor", "shop1").containsEntry("role", "SHOP");
        assertThat(timeline.get(6)).containsEntry("role", "SYSTEM");

        JsonPath recordAfter = api.get("buyer2", "/api/shops/shop-hm-001/record").statusCode(200)
                .body("shopId", equalTo("shop-hm-001"))
                .body("parkId", equalTo("humen"))
                .extract().jsonPath();
        assertThat(recordAfter.getLong("cases")).isEqualTo(recordBefore.getLong("cases") + 1);
        assertThat(recordAfter.getLong("responses.withinDeadline"))
                .isEqualTo(recordBefore.getLong("responses.withinDeadline") + 1);
        assertThat(count(recordAfter, "outcomes.RESOLVED")).isEqualTo(count(recordBefore, "outcomes.RESOLVED") + 1);
        assertThat(recordAfter.getDouble("averageRating")).isBetween(1.0, 5.0);
    }

    @Test
    void aRejectedCaseGoesThroughMediationAndTheCommitteeAndBackToMediationWhenTheRemedyNeverArrives() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        JsonPath recordBefore = api.get("shop1", "/api/shops/shop-hm-001/record").statusCode(200).extract().jsonPath();
        JsonPath violationsBefore = api.get("committee1", "/api/committee/violations").statusCode(200)
                .extract().jsonPath();
        JsonPath statsBefore = api.get("admin", "/api/parks/humen/stats").statusCode(200).extract().jsonPath();

        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "The label is correct."))
                .statusCode(200).body("stage", equalTo("BUYER_REVIEW")).body("offer.decision", equalTo("REJECT"));

        api.get("committee1", "/api/complaints/" + id).statusCode(404);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE", "message", "Please look at it."))
                .statusCode(200).body("stage", equalTo("MEDIATION")).body("mediator", nullValue());
        api.get("mediator1", "/api/complaints/" + id).statusCode(200)
                .body("actions", hasItem("claim")).body("actions", not(hasItem("decision")));
        api.get("buyer1", "/api/complaints/" + id).body("actions", not(hasItem("claim")))
                .body("actions", hasItem("withdrawal"));
        assertThat(task("mediator1", id)).containsEntry("stage", "MEDIATION");
        assertThat(task("mediator2", id)).isNull();
        assertThat(task("buyer1", id)).isNull();
        JsonPath statsDuring = api.get("mediator1", "/api/parks/humen/stats").statusCode(200)
                .contentType("application/json")
                .body("parkId", equalTo("humen")).extract().jsonPath();
        assertThat(count(statsDuring, "openByStage.MEDIATION"))
                .isEqualTo(count(statsBefore, "openByStage.MEDIATION") + 1);
        assertThat(count(statsDuring, "byCategory.NONSTANDARD_LABEL"))
                .isEqualTo(count(statsBefore, "byCategory.NONSTANDARD_LABEL"));
        api.get("mediator2", "/api/parks/humen/stats").statusCode(404).contentType(Api.PROBLEM_JSON);
        api.get("buyer1", "/api/parks/humen/stats").statusCode(403).contentType(Api.PROBLEM_JSON);
        api.get("admin", "/api/parks/humen/stats").statusCode(200).body("openByStage", notNullValue())
                .body("resolutionTimes", notNullValue());

        api.step("mediator1", id, "mediation/claim", null)
                .statusCode(200).body("mediator", equalTo("mediator1")).body("stage", equalTo("MEDIATION"))
                .body("actions", hasItem("decision")).body("actions", not(hasItem("claim")));
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "SHOP",
                        "question", "Send the fibre test report.", "reasoning", "The label claim needs proof."))
                .statusCode(200).body("stage", equalTo("INFORMATION_REQUEST"))
                .body("informationRequest.party", equalTo("SHOP"));
        api.get("shop1", "/api/complaints/" + id).body("actions", hasItem("information"));
        api.get("buyer1", "/api/complaints/" + id).body("actions", not(hasItem("information")));
        assertThat(task("shop1", id)).containsEntry("stage", "INFORMATION_REQUEST");
        assertThat(task("buyer1", id)).isNull();
        api.step("buyer1", id, "information", Map.of("text", "I was not asked.")).statusCode(403)
                .contentType(Api.PROBLEM_JSON);

        api.step("shop1", id, "information", Map.of("text", "We have no test report."))
                .statusCode(200).body("stage", equalTo("MEDIATION")).body("mediator", equalTo("mediator1"));
        assertThat(task("mediator1", id)).containsEntry("stage", "MEDIATION");

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                        "question", "Does the label meet GB 5296.4-2012 on fibre content?",
                        "reasoning", "A standards question."))
                .statusCode(200).body("stage", equalTo("COMMITTEE_REVIEW"));
        api.get("committee1", "/api/complaints/" + id).statusCode(200).body("actions", hasItem("committee-ruling"));
        assertThat(task("committee1", id)).containsEntry("stage", "COMMITTEE_REVIEW");
        assertThat(task("mediator1", id)).isNull();

        api.get("buyer1", "/api/standards").statusCode(200)
                .body("size()", greaterThanOrEqualTo(5))
                .body("code", hasItems("GB 5296.4-2012", "GB 18401-2010", "GB/T 29862-2013"))
                .body("find { it.code == 'GB 5296.4-2012' }.clauses.clause", hasItem("5.4"))
                .body("every { it.clauses.size() > 0 }", equalTo(true));

        api.step("committee1", id, "committee-ruling", Map.of("finding", "NONCONFORMING",
                        "citations", List.of(Map.of("standard", "GB 5296.4-2012", "clause", "5.4")),
                        "reasoning", "Fibre content on the label is wrong."))
                .statusCode(200).body("stage", equalTo("MEDIATION"))
                .body("committeeRuling", notNullValue());
        api.get("committee1", "/api/complaints/" + id).statusCode(200)
                .body("actions", not(hasItem("committee-ruling")));

        JsonPath violationsAfter = api.get("committee1", "/api/committee/violations").statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertThat(clauseCount(violationsAfter, "GB 5296.4-2012", "5.4"))
                .isEqualTo(clauseCount(violationsBefore, "GB 5296.4-2012", "5.4") + 1);
        assertThat(shopCount(violationsAfter, "shop-hm-001")).isEqualTo(shopCount(violationsBefore, "shop-hm-001") + 1);
        api.get("admin", "/api/committee/violations").statusCode(200);
        api.get("buyer1", "/api/committee/violations").statusCode(403).contentType(Api.PROBLEM_JSON);

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_BUYER", "remedy", "RETURN_AND_REFUND",
                        "amount", 399.00, "reasoning", "The committee found the label nonconforming."))
                .statusCode(200).body("stage", equalTo("APPEAL_WINDOW"))
                .body("ruling.decision", equalTo("RULE_FOR_BUYER"));
        api.get("shop1", "/api/complaints/" + id).statusCode(200).body("actions", hasItem("appeal"));
        long newEvidence = ((Number) api.plain("shop1").multiPart("file", "lab-report.png", SampleInputs.tinyPng(),
                "image/png").post("/api/complaints/" + id + "/evidence").then().statusCode(201)
                .extract().path("id")).longValue();
        api.step("shop1", id, "appeal", Map.of("grounds", "Our lab report shows the fibre content is as labelled.",
                        "evidenceIds", List.of(newEvidence)))
                .statusCode(200).body("stage", equalTo("APPEAL_REVIEW")).body("appeal.party", equalTo("SHOP"));
        assertThat(task("mediator1", id)).isNull();
        assertThat(task("mediator3", id)).containsEntry("stage", "APPEAL_REVIEW");
        api.step("mediator3", id, "appeal-decision", Map.of("decision", "UPHOLD",
                        "reasoning", "The committee's finding stands against a private report."))
                .statusCode(200).body("stage", equalTo("FULFILMENT")).body("appeal.decision", equalTo("UPHOLD"))
                .body("agreed.amount", equalTo(399.00f));
        api.step("shop1", id, "fulfilment", Map.of("proof", "Refund sent."))
                .statusCode(200).body("stage", equalTo("BUYER_CONFIRMATION"));
        api.step("buyer1", id, "receipt", Map.of("received", false, "message", "Nothing arrived."))
                .statusCode(200).body("stage", equalTo("MEDIATION")).body("outcome", nullValue());
        assertThat(task("mediator1", id)).containsEntry("stage", "MEDIATION");

        List<String> actions = api.get("admin", "/api/complaints/" + id + "/timeline").statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).containsSubsequence("FILED", "REJECT", "ESCALATED_TO_PARK", "CLAIMED", "REQUEST_INFO",
                "INFORMATION_PROVIDED", "ESCALATE", "RULED_NONCONFORMING", "RULE_FOR_BUYER", "APPEALED",
                "APPEAL_UPHELD", "FULFILLED", "NOT_RECEIVED");
        assertThat(actions.get(actions.size() - 1)).isEqualTo("NOT_RECEIVED");

        JsonPath recordAfter = api.get("buyer1", "/api/shops/shop-hm-001/record").statusCode(200).extract().jsonPath();
        assertThat(recordAfter.getLong("cases")).isEqualTo(recordBefore.getLong("cases"));
        assertThat(recordAfter.getLong("responses.withinDeadline"))
                .isEqualTo(recordBefore.getLong("responses.withinDeadline") + 1);
        List<Map<String, Object>> shopViolations = recordAfter.getList("violations");
        assertThat(shopViolations).anySatisfy(v -> assertThat(v).containsEntry("standard", "GB 5296.4-2012")
                .containsEntry("clause", "5.4"));
        api.get("buyer1", "/api/shops/no-such-shop/record").statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    /** The caller's open task on the case, or null. */
    private Map<String, Object> task(String user, String id) {
        List<Map<String, Object>> tasks = api.get(user, "/api/tasks").statusCode(200)
                .contentType("application/json").extract().jsonPath().getList("$");
        return tasks.stream().filter(t -> id.equals(t.get("complaintId"))).findFirst().orElse(null);
    }

    private static long count(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static long clauseCount(JsonPath violations, String standard, String clause) {
        List<Map<String, Object>> byClause = violations.getList("byClause");
        return byClause.stream().filter(c -> standard.equals(c.get("standard")) && clause.equals(c.get("clause")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    private static long shopCount(JsonPath violations, String shopId) {
        List<Map<String, Object>> byShop = violations.getList("byShop");
        return byShop.stream().filter(c -> shopId.equals(c.get("shopId")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }
}
