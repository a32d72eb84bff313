package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
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
 * {@code POST /api/admin/users/{username}/erasure}: an administrator erases a buyer's closed cases at
 * once, counting the open ones kept; what an erased case still shows, and that its timeline still
 * verifies; the account goes once no case is open; nobody else may ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class PersonalDataErasureApiTests {

    private static final String DESCRIPTION = "Wang Fang, 138 0013 8000: the label says wool.";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorErasesABuyersClosedCasesAndKeepsTheOpenOneUntilItCloses() {
        // given a buyer with a closed case full of personal data, and an open one
        String buyer = signUp();
        String closed = caseOf(buyer);
        api.as("shop1").body(Map.of("text", "Dear Ms Wang, please call us.")).post(path(closed, "messages"))
                .then().statusCode(201);
        long evidence = ((Number) api.plain(buyer).multiPart("file", "wang-fang-receipt.png", SampleInputs.tinyPng(),
                "image/png").multiPart("note", "my receipt").post(path(closed, "evidence")).then().statusCode(201)
                .extract().path("id")).longValue();
        api.step(buyer, closed, "withdrawal", null).statusCode(200);
        String open = caseOf(buyer);

        // when an administrator erases the buyer's personal data
        JsonPath erased = api.as("admin").post("/api/admin/users/" + buyer + "/erasure").then().statusCode(200)
                .extract().jsonPath();

        // then the closed case is erased, the open one kept and counted, and the account stays
        assertThat(erased.getInt("erasedCases")).isEqualTo(1);
        assertThat(erased.getInt("openCasesKept")).isEqualTo(1);
        assertThat(erased.getBoolean("accountErased")).isFalse();
        api.get("admin", path(closed, "")).statusCode(200).body("erasedAt", notNullValue())
                .body("buyer", nullValue()).body("description", emptyString()).body("orderRef", emptyString())
                .body("stage", is("CLOSED")).body("outcome", is("WITHDRAWN")).body("claimedAmount", is(399.0f));
        api.get("shop1", path(closed, "messages")).statusCode(200).body("text", everyItem(emptyString()));
        api.get("shop1", path(closed, "evidence")).statusCode(200).body("[0].fileName", emptyString())
                .body("[0].note", nullValue()).body("[0].uploadedBy", nullValue());
        api.plain("shop1").get(path(closed, "evidence/" + evidence)).then().statusCode(410)
                .contentType(Api.PROBLEM_JSON);
        List<Map<String, Object>> timeline = api.get("shop1", path(closed, "timeline")).statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(timeline).extracting(e -> e.get("action")).contains("FILED", "MESSAGE", "EVIDENCE_ADDED",
                "WITHDRAWN", "CLOSED").last().isEqualTo("PERSONAL_DATA_ERASED");
        assertThat(timeline.subList(0, timeline.size() - 1)).allSatisfy(e -> {
            assertThat(e.get("erased")).isEqualTo(true);
            assertThat(e.get("detail")).isNull();
            assertThat(e.get("actor")).isNotEqualTo(buyer);
        });
        assertThat(timeline.get(timeline.size() - 1)).containsEntry("actor", "admin");
        api.get("shop1", path(closed, "timeline/verification")).statusCode(200).body("valid", is(true))
                .body("erasedEntries", is(timeline.size() - 1));
        assertThat(api.as("admin").get(path(closed, "")).asString()).doesNotContain(buyer, "Wang", "138");
        // the open case is untouched and still the buyer's
        api.get(buyer, path(open, "")).statusCode(200).body("description", is(DESCRIPTION))
                .body("erasedAt", nullValue());
        // the buyer no longer sees the erased case, which names no one
        api.get(buyer, path(closed, "")).statusCode(404);
        assertThat(jdbc.sql("select count(*) from notifications where complaint_id = ? and username = ?")
                .params(closed, buyer).query(Integer.class).single()).isZero();
        assertThat(api.get("admin", "/api/admin/audit?size=5").statusCode(200).extract().jsonPath()
                .getList("target", String.class)).contains("user:" + buyer);

        // when the open case closes and the administrator asks again
        api.step(buyer, open, "withdrawal", null).statusCode(200);
        api.as("admin").post("/api/admin/users/" + buyer + "/erasure").then().statusCode(200)
                .body("erasedCases", is(1)).body("openCasesKept", is(0)).body("accountErased", is(true));

        // then the account is anonymised and disabled
        api.as(buyer).get("/api/me").then().statusCode(401);
        api.get("admin", "/api/admin/users/" + buyer).statusCode(200).body("displayName", is(buyer))
                .body("email", nullValue()).body("enabled", is(false));
    }

    @Test
    void theEngineKeepsNoPersonalTextOfAnErasedCaseAndNoLongerNamesItsBuyer() {
        // given a case that went through the buyer's own task (reviewing the shop's answer), then closed
        String buyer = signUp();
        String id = caseOf(buyer);
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "We sold wool."))
                .statusCode(200);
        api.step(buyer, id, "buyer-review", Map.of("decision", "ACCEPT", "message", "Fine, Wang Fang."))
                .statusCode(200);
        String instance = jdbc.sql("select process_instance_id from complaints where id = ?").param(id)
                .query(String.class).single();
        assertThat(count("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ? and ASSIGNEE_ = ?", instance,
                buyer)).isEqualTo(1);

        api.as("admin").post("/api/admin/users/" + buyer + "/erasure").then().statusCode(200)
                .body("erasedCases", is(1));

        // the process holds no variables and no comments: the case is read through caseParties
        assertThat(count("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ?", instance)).isZero();
        assertThat(count("select count(*) from ACT_HI_COMMENT where PROC_INST_ID_ = ?", instance)).isZero();
        assertThat(count("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", instance)).isZero();
        assertThat(count("select count(*) from ACT_HI_PROCINST where PROC_INST_ID_ = ? and BUSINESS_KEY_ = ?",
                instance, id)).isEqualTo(1);
        // and the buyer's task no longer names them
        for (String sql : List.of("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ? and ASSIGNEE_ = ?",
                "select count(*) from ACT_HI_ACTINST where PROC_INST_ID_ = ? and ASSIGNEE_ = ?",
                "select count(*) from ACT_HI_IDENTITYLINK where TASK_ID_ in (select ID_ from ACT_HI_TASKINST "
                        + "where PROC_INST_ID_ = ?) and USER_ID_ = ?")) {
            assertThat(count(sql, instance, buyer)).as(sql).isZero();
        }
        api.get("mediator1", path(id, "")).statusCode(200).body("outcome", is("REJECTED"));
    }

    @Test
    void onlyAnAdministratorErasesAndOnlyABuyersData() {
        String buyer = signUp();
        for (String user : List.of("buyer1", "shop1", "mediator1", "committee1", "parkadmin1", "streamer1")) {
            api.as(user).post("/api/admin/users/" + buyer + "/erasure").then().statusCode(403)
                    .contentType(Api.PROBLEM_JSON);
        }
        api.anonymous().post("/api/admin/users/" + buyer + "/erasure").then().statusCode(401);
        api.as("admin").post("/api/admin/users/no-such-person/erasure").then().statusCode(404);
        api.as("admin").post("/api/admin/users/shop1/erasure").then().statusCode(422)
                .body("detail", containsString("buyer"));
        // nothing of the refused requests was erased
        api.get(buyer, "/api/me").statusCode(200).body("email", is(buyer + "@example.com"));
    }

    /** A buyer of their own, signed up; given the demo users' password so that the helpers sign them in. */
    private String signUp() {
        String buyer = "erase-" + UUID.randomUUID().toString().substring(0, 8);
        api.anonymous().body(Map.of("username", buyer, "displayName", "Wang Fang", "email", buyer + "@example.com",
                "password", "a long enough password")).post("/api/signup").then().statusCode(201);
        jdbc.sql("update users set password_hash = (select password_hash from users where username = 'buyer1') "
                + "where username = ?").param(buyer).update();
        return buyer;
    }

    private String caseOf(String buyer) {
        Map<String, Object> body = new HashMap<>(SampleInputs.complaint("shop-hm-001",
                "TB-" + UUID.randomUUID()));
        body.put("description", DESCRIPTION);
        return api.fileComplaint(buyer, body);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    private static String path(String id, String segment) {
        return "/api/complaints/" + id + (segment.isEmpty() ? "" : "/" + segment);
    }
}
