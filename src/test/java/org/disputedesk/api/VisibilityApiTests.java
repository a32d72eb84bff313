package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.SampleInputs;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Who sees which case: the parties, the park's own mediators, the committee once escalated, the admin. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class VisibilityApiTests {

    private static final List<String> PARTIES = List.of("buyer1", "shop1", "mediator1", "admin");
    private static final List<String> OUTSIDERS = List.of("buyer2", "shop2", "shop3", "mediator2");

    @Autowired
    Api api;

    @Test
    void aComplaintAgainstAHumenShopIsSeenByItsPartiesAndTheHumenMediatorOnly() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());

        for (String user : PARTIES) {
            api.get(user, "/api/complaints/" + id).statusCode(200).contentType("application/json")
                    .body("id", equalTo(id));
            api.get(user, "/api/complaints/" + id + "/timeline").statusCode(200);
            api.get(user, "/api/complaints/" + id + "/messages").statusCode(200);
            api.get(user, "/api/complaints/" + id + "/evidence").statusCode(200);
        }
        for (String user : List.of("buyer2", "shop2", "shop3", "mediator2", "committee1")) {
            api.get(user, "/api/complaints/" + id).statusCode(404).contentType(Api.PROBLEM_JSON);
            api.get(user, "/api/complaints/" + id + "/timeline").statusCode(404).contentType(Api.PROBLEM_JSON);
            api.get(user, "/api/complaints/" + id + "/messages").statusCode(404).contentType(Api.PROBLEM_JSON);
            api.get(user, "/api/complaints/" + id + "/evidence").statusCode(404).contentType(Api.PROBLEM_JSON);
            api.get(user, "/api/complaints/" + id + "/evidence/1").statusCode(404).contentType(Api.PROBLEM_JSON);
        }
    }

    @Test
    void outsidersCannotActOnACaseTheyDoNotSee404Not403() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop2", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Not my shop."))
                .statusCode(404).contentType(Api.PROBLEM_JSON);
        api.step("buyer2", id, "withdrawal", null).statusCode(404).contentType(Api.PROBLEM_JSON);
        api.step("mediator2", id, "messages", Map.of("text", "Hello from dalang")).statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        api.step("committee1", id, "messages", Map.of("text", "Hello")).statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
    }

    @Test
    void theCommitteeSeesACaseOnceTheMediatorEscalatesItAndNotBefore() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No."))
                .statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        api.get("committee1", "/api/complaints/" + id).statusCode(404);
        assertThat(ids("committee1", "")).doesNotContain(id);

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                        "question", "Is the care label compliant?", "reasoning", "Standards question."))
                .statusCode(200).body("stage", equalTo("COMMITTEE_REVIEW"));

        api.get("committee1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("COMMITTEE_REVIEW"));
        api.get("committee1", "/api/complaints/" + id + "/timeline").statusCode(200);
        assertThat(ids("committee1", "")).contains(id);
        api.get("mediator2", "/api/complaints/" + id).statusCode(404);
    }

    @Test
    void eachListHoldsOnlyTheCasesItsCallerMaySee() {
        String humen = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        String humen2 = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        String dalang = api.fileComplaint("buyer2", "shop-dl-001", "DL-" + UUID.randomUUID());

        assertThat(list("buyer1", "")).allSatisfy(c -> assertThat(c).containsEntry("buyer", "buyer1"));
        assertThat(ids("buyer1", "")).contains(humen).doesNotContain(humen2, dalang);
        assertThat(list("buyer2", "")).allSatisfy(c -> assertThat(c).containsEntry("buyer", "buyer2"));
        assertThat(ids("buyer2", "")).contains(humen2, dalang).doesNotContain(humen);

        assertThat(list("shop1", "")).allSatisfy(c -> assertThat(c).containsEntry("shopId", "shop-hm-001"));
        assertThat(ids("shop1", "")).contains(humen).doesNotContain(humen2, dalang);
        assertThat(list("shop2", "")).allSatisfy(c -> assertThat(c).containsEntry("shopId", "shop-hm-002"));
        assertThat(list("shop3", "")).allSatisfy(c -> assertThat(c).containsEntry("shopId", "shop-dl-001"));
        assertThat(ids("shop3", "")).contains(dalang).doesNotContain(humen, humen2);

        assertThat(list("mediator1", "")).allSatisfy(c -> assertThat(c).containsEntry("parkId", "humen"));
        assertThat(ids("mediator1", "")).contains(humen, humen2).doesNotContain(dalang);
        assertThat(list("mediator2", "")).allSatisfy(c -> assertThat(c).containsEntry("parkId", "dalang"));
        assertThat(ids("mediator2", "")).contains(dalang).doesNotContain(humen, humen2);

        assertThat(ids("committee1", "")).doesNotContain(humen, humen2, dalang);
        assertThat(ids("admin", "")).contains(humen, humen2, dalang);
    }

    @Test
    void theListIsNewestFirstAndFiltersByStageAndShop() {
        String first = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        String second = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        api.step("shop2", second, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);

        List<String> all = ids("buyer2", "");
        assertThat(all.indexOf(second)).isLessThan(all.indexOf(first)).isGreaterThanOrEqualTo(0);

        assertThat(list("admin", "&shopId=shop-hm-002")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsEntry("shopId", "shop-hm-002"));
        assertThat(list("admin", "&stage=BUYER_REVIEW")).allSatisfy(c -> assertThat(c)
                .containsEntry("stage", "BUYER_REVIEW"));
        assertThat(ids("buyer2", "&stage=BUYER_REVIEW")).contains(second).doesNotContain(first);
        assertThat(ids("buyer2", "&stage=SHOP_RESPONSE")).contains(first).doesNotContain(second);
        assertThat(ids("mediator1", "&shopId=shop-hm-002&stage=SHOP_RESPONSE")).contains(first)
                .doesNotContain(second);
        assertThat(ids("mediator2", "&shopId=shop-hm-002")).isEmpty();
        assertThat(ids("shop1", "&shopId=shop-hm-002")).isEmpty();

        api.get("admin", "/api/complaints?size=1&page=0").statusCode(200).body("size()", equalTo(1));
        api.get("admin", "/api/complaints?size=0").statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void theListNarrowsToOneCategoryAndToTheCasesPastTheirDeadline() {
        String late = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        String flagged = mediationFlaggedOverdue();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));
        try {
            Map<String, Object> body = new HashMap<>(SampleInputs.complaint("shop-hm-002", "HM-" + UUID.randomUUID()));
            body.put("category", "QUALITY_DEFECT");
            String fresh = api.fileComplaint("buyer2", body);

            assertThat(ids("buyer2", "&category=QUALITY_DEFECT")).contains(fresh).doesNotContain(late);
            assertThat(list("mediator1", "&category=QUALITY_DEFECT"))
                    .allSatisfy(c -> assertThat(c).containsEntry("category", "QUALITY_DEFECT"));
            assertThat(list("mediator1", "&overdue=true")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c).containsEntry("overdue", true));
            assertThat(ids("mediator1", "&overdue=true")).contains(late, flagged).doesNotContain(fresh);
            assertThat(ids("mediator1", "&overdue=false")).contains(late, flagged, fresh);
            assertThat(ids("mediator1", "&overdue=true&category=QUALITY_DEFECT")).doesNotContain(late, fresh);
            api.get("mediator1", "/api/complaints?category=SHOES").statusCode(400).contentType(Api.PROBLEM_JSON);
        } finally {
            ClockUtil.reset();
        }
    }

    /** A case in mediation whose lateness timer the test fires early, so that only the flag marks it late. */
    private String mediationFlaggedOverdue() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.fireTimer(id, Timers.MEDIATION_OVERDUE);
        return id;
    }

    private List<Map<String, Object>> list(String user, String query) {
        return api.get(user, "/api/complaints?size=100" + query).statusCode(200).contentType("application/json")
                .extract().jsonPath().getList("$");
    }

    private List<String> ids(String user, String query) {
        return list(user, query).stream().map(c -> (String) c.get("id")).toList();
    }
}
