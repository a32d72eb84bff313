package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The buyer may withdraw an open complaint at any stage, once; nobody else may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class WithdrawalApiTests {

    @Autowired
    Api api;

    @Test
    void theBuyerWithdrawsAnOpenComplaintAndItClosesAsWithdrawn() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("buyer1", id, "withdrawal", null)
                .statusCode(200).contentType("application/json")
                .body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo("WITHDRAWN"))
                .body("dueAt", nullValue())
                .body("closedAt", notNullValue())
                .body("actions", not(hasItem("withdrawal")));
        api.get("shop1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo("WITHDRAWN")).body("actions", not(hasItem("shop-response")));
        List<String> actions = api.get("buyer1", "/api/complaints/" + id + "/timeline").statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).containsSubsequence("FILED", "WITHDRAWN");
        api.step("shop1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Too late"))
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("CLOSED"));
    }

    @Test
    void aSecondWithdrawalIs409NamingTheClosedStage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("buyer1", id, "withdrawal", null).statusCode(200);
        api.step("buyer1", id, "withdrawal", null)
                .statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("CLOSED"));
        api.get("buyer1", "/api/complaints/" + id).body("outcome", equalTo("WITHDRAWN"));
    }

    @Test
    void aCaseWithdrawnInMediationClosesAsWithdrawnToo() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        api.step("buyer1", id, "withdrawal", null).statusCode(200)
                .body("stage", equalTo("CLOSED")).body("outcome", equalTo("WITHDRAWN"));
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_SHOP", "reasoning", "x"))
                .statusCode(409).body("stage", equalTo("CLOSED"));
    }

    @Test
    void theShopMayNotWithdrawTheBuyersComplaint() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "withdrawal", null)
                .statusCode(403).contentType(Api.PROBLEM_JSON).body("status", equalTo(403));
        api.step("mediator1", id, "withdrawal", null).statusCode(403).contentType(Api.PROBLEM_JSON);
        api.get("buyer1", "/api/complaints/" + id).statusCode(200)
                .body("stage", equalTo("SHOP_RESPONSE")).body("outcome", nullValue());
    }
}
