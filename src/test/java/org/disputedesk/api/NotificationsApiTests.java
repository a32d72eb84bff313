package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.path.json.JsonPath;

/**
 * Who is told what in the portal, as each stage of a case is reached: always the one who must
 * act there, and nobody for a step that was refused. No mail server here: the portal alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class NotificationsApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStageTellsWhoeverMustActThereWithTheDeadline() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        // the shop's operators and the park's mediators of the moment: other tests may add some
        assertThat(told(id, "SHOP_RESPONSE")).contains("shop1").doesNotContain("streamer1")
                .containsExactlyInAnyOrderElementsOf(enabled("SHOP", "m.shop_id = 'shop-hm-001'"));

        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        assertThat(told(id, "BUYER_REVIEW")).containsExactly("buyer1");

        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        List<String> parkMediators = enabled("MEDIATOR", "u.park_id = 'humen'");
        assertThat(told(id, "MEDIATION")).contains("mediator1", "mediator3").doesNotContain("mediator2")
                .containsExactlyInAnyOrderElementsOf(parkMediators);

        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "BUYER",
                "question", "A photo of the label?", "reasoning", "Needed.")).statusCode(200);
        assertThat(told(id, "INFORMATION_REQUEST")).containsExactly("buyer1");

        api.step("buyer1", id, "information", Map.of("text", "Attached.")).statusCode(200);
        // back in mediation, the mediator who claimed the case is told, not the whole park
        List<String> thenTheOneWhoClaimed = new java.util.ArrayList<>(parkMediators);
        thenTheOneWhoClaimed.add("mediator1");
        assertThat(told(id, "MEDIATION")).containsExactlyInAnyOrderElementsOf(thenTheOneWhoClaimed);

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Does the label meet GB 5296.4-2012?", "reasoning", "A standards question."))
                .statusCode(200);
        assertThat(told(id, "COMMITTEE_REVIEW")).contains("committee1")
                .containsExactlyInAnyOrderElementsOf(enabled("COMMITTEE", "(u.park_id is null or u.park_id = 'humen')"));

        JsonPath shop1 = api.get("shop1", "/api/notifications").statusCode(200).extract().jsonPath();
        Map<String, Object> first = shop1.getMap("content.find { it.complaintId == '" + id + "' }");
        assertThat(first).containsEntry("kind", "ACTION_REQUIRED").containsEntry("stage", "SHOP_RESPONSE")
                .containsEntry("read", false).containsKey("dueAt");
        assertThat((String) first.get("text")).startsWith("Case #").contains("answer the buyer's complaint by ")
                .contains("(UTC+08:00)");
    }

    @Test
    void aRulingTellsBothPartiesTheyMayAppealAndAnAppealTellsTheParksOtherMediators() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);

        api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_SHOP",
                "reasoning", "The label is right.")).statusCode(200);
        List<String> parties = new java.util.ArrayList<>(enabled("SHOP", "m.shop_id = 'shop-hm-001'"));
        parties.add("buyer1");
        assertThat(told(id, "APPEAL_WINDOW")).contains("buyer1", "shop1").containsExactlyInAnyOrderElementsOf(parties);
        assertThat((String) api.get("buyer1", "/api/notifications").statusCode(200).extract().jsonPath()
                .getMap("content.find { it.complaintId == '" + id + "' }").get("text"))
                .contains("if you disagree, appeal the mediator's ruling with new evidence by ");

        long evidence = ((Number) api.plain("buyer1").multiPart("file", "label.png",
                SampleInputs.tinyPng(), "image/png").post("/api/complaints/" + id + "/evidence")
                .then().statusCode(201).extract().path("id")).longValue();
        api.step("buyer1", id, "appeal", Map.of("grounds", "The photo shows the label.",
                "evidenceIds", List.of(evidence))).statusCode(200);
        // the mediator who ruled does not review the appeal
        List<String> reviewers = new java.util.ArrayList<>(enabled("MEDIATOR", "u.park_id = 'humen'"));
        reviewers.remove("mediator1");
        assertThat(told(id, "APPEAL_REVIEW")).contains("mediator3").doesNotContain("mediator1")
                .containsExactlyInAnyOrderElementsOf(reviewers);
    }

    @Test
    void theUnreadCountFallsAsNoticesAreRead() {
        String id = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        api.step("shop2", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        int unread = api.get("buyer2", "/api/notifications?unread=true").statusCode(200)
                .body("unread", greaterThan(0)).extract().path("unread");
        long notice = noticeOf("buyer2", id);

        api.as("buyer2").post("/api/notifications/" + notice + "/read").then().statusCode(204);

        api.get("buyer2", "/api/notifications").statusCode(200).body("unread", equalTo(unread - 1))
                .body("content.find { it.id == " + notice + " }.read", equalTo(true));
        api.get("buyer2", "/api/notifications?unread=true").statusCode(200)
                .body("content.findAll { it.id == " + notice + " }.size()", equalTo(0));
        api.as("buyer2").post("/api/notifications/read").then().statusCode(204);
        api.get("buyer2", "/api/notifications").statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void anotherUsersNoticeCannotBeMarkedRead() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        long notice = noticeOf("shop1", id);

        api.as("shop2").post("/api/notifications/" + notice + "/read").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        api.as("buyer1").post("/api/notifications/999999999/read").then().statusCode(404);

        assertThat(jdbc.sql("select count(*) from notifications where id = ? and read_at is null").param(notice)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aNoticeIsWordedInTheRequestsLanguage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.as("shop1").header("Accept-Language", "zh-CN").get("/api/notifications").then().statusCode(200)
                .body("content.find { it.complaintId == '" + id + "' }.text", startsWith("案件 #"));
    }

    @Test
    void aRefusedStepTellsNobody() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        long before = noticesOf(id);

        api.step("shop1", id, "shop-response", Map.of("decision", "COUNTER_OFFER", "remedy", "REFUND",
                "amount", 100_000, "message", "Too much.")).statusCode(422);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(409);

        assertThat(noticesOf(id)).isEqualTo(before);
    }

    @Test
    void mailChoicesAreKeptAndBadOnesRefused() {
        api.get("mediator3", "/api/notifications/mail").statusCode(200)
                .body("actionRequired", equalTo(true)).body("reminders", equalTo(true)).body("outcomes", equalTo(true));
        api.as("mediator3").body(Map.of("actionRequired", true, "reminders", false, "outcomes", true))
                .put("/api/notifications/mail").then().statusCode(200).body("reminders", equalTo(false));
        api.get("mediator3", "/api/notifications/mail").statusCode(200).body("reminders", equalTo(false));

        api.as("mediator3").body(Map.of("actionRequired", true)).put("/api/notifications/mail").then()
                .statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("mediator3").body(Map.of("actionRequired", "yes", "reminders", true, "outcomes", true))
                .put("/api/notifications/mail").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.get("mediator3", "/api/notifications/mail").statusCode(200)
                .body("actionRequired", equalTo(true)).body("reminders", equalTo(false));
    }

    private List<String> told(String complaintId, String stage) {
        return jdbc.sql("""
                select username from notifications
                where complaint_id = ? and stage = ? and kind = 'ACTION_REQUIRED' order by id""")
                .param(complaintId).param(stage).query(String.class).list();
    }

    /** The enabled users of {@code role} that {@code where} keeps (u: users, m: their shop memberships). */
    private List<String> enabled(String role, String where) {
        return jdbc.sql("select distinct u.username from users u left join shop_memberships m on m.username = u.username"
                + " where u.role = ? and u.enabled and " + where).param(role).query(String.class).list();
    }

    private long noticeOf(String username, String complaintId) {
        return jdbc.sql("select min(id) from notifications where username = ? and complaint_id = ?")
                .param(username).param(complaintId).query(Long.class).single();
    }

    private long noticesOf(String complaintId) {
        return jdbc.sql("select count(*) from notifications where complaint_id = ?").param(complaintId)
                .query(Long.class).single();
    }
}
