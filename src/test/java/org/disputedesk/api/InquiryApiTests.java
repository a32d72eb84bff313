package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import org.hamcrest.Matcher;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A standards inquiry as its parties meet it through the API: opened by the committee's third NONCONFORMING
 * finding on a shop's cases, the notice, the shop's corrective plan, the verdict on the shop's public record;
 * and each refusal on the way a problem that changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class InquiryApiTests {

    private static final String SHOP = "shop-hm-001";

    @Autowired
    Api api;

    @Test
    void threeFindingsOpenAnInquiryThatTheNoticeThePlanAndTheVerdictCloseOnTheShopsRecord() {
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        String path = "/api/committee/inquiries/" + id;

        // opened: the committee may send the notice; the shop reads it, with nothing to do yet
        List<String> findings = api.get("committee1", path).statusCode(200)
                .body("shopId", equalTo(SHOP)).body("parkId", equalTo("humen"))
                .body("stage", equalTo("COMMITTEE_NOTICE")).body("actions", contains("notice"))
                .extract().jsonPath().getList("findings", String.class);
        assertThat(findings).hasSizeGreaterThanOrEqualTo(3);
        findings.forEach(complaint -> api.get("committee1", "/api/complaints/" + complaint).statusCode(200)
                .body("committeeRuling.finding", equalTo("NONCONFORMING")));
        api.get("shop1", path).statusCode(200).body("actions", empty());
        api.get("committee1", "/api/committee/inquiries?stage=COMMITTEE_NOTICE").statusCode(200)
                .body("id", hasItem(id));

        // the notice, then the shop's plan, then the verdict
        api.as("committee1").body(fixtures.notice()).post(path + "/notice").then().statusCode(200)
                .body("stage", equalTo("CORRECTIVE_PLAN")).body("dueAt", notNullValue())
                .body("citations[0].standard", equalTo("GB/T 29862-2013")).body("noticeBy", equalTo("committee1"))
                .body("actions", empty());
        api.get("shop1", path).statusCode(200).body("actions", contains("corrective-plan"));
        api.as("shop1").body(Map.of("plan", "Labels from a certified printer from next week."))
                .post(path + "/corrective-plan").then().statusCode(200)
                .body("stage", equalTo("VERIFICATION")).body("planBy", equalTo("shop1")).body("dueAt", nullValue());
        api.as("committee1").body(Map.of("verdict", "CORRECTED", "reasoning", "The new labels are right."))
                .post(path + "/verification").then().statusCode(200)
                .body("stage", equalTo("CLOSED")).body("verdict", equalTo("CORRECTED"))
                .body("verifiedBy", equalTo("committee1"));

        api.get("buyer2", "/api/shops/" + SHOP + "/record").statusCode(200)
                .body("inquiries.find { it.id == '" + id + "' }.verdict", equalTo("CORRECTED"))
                .body("inquiries.find { it.id == '" + id + "' }.stage", equalTo("CLOSED"));
    }

    @Test
    void aStepByTheWrongRoleOutOfStageOrCitingWhatTheCatalogRefusesIsAProblemAndChangesNothing() {
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        String path = "/api/committee/inquiries/" + id;
        String before = api.get("admin", path).statusCode(200).extract().asString();

        problem(api.as("shop1").body(fixtures.notice()).post(path + "/notice").then(), 403);
        problem(api.as("committee1").body(Map.of("verdict", "CORRECTED", "reasoning", "Early."))
                .post(path + "/verification").then(), 409).body("stage", equalTo("COMMITTEE_NOTICE"));
        problem(api.as("shop1").body(Map.of("plan", "Early.")).post(path + "/corrective-plan").then(), 409)
                .body("stage", equalTo("COMMITTEE_NOTICE"));
        problem(api.as("committee1").body(Map.of("requirements", "Fix it.",
                "citations", List.of(Map.of("standard", "GB/T 29862-2013", "clause", "99.9")))).post(path + "/notice")
                .then(), 422);
        problem(api.as("committee1").body(Map.of("requirements", "Fix it.",
                "citations", List.of(Map.of("standard", supersededStandard(), "clause", "1")))).post(path + "/notice")
                .then(), 422).body("detail", containsString("superseded"));
        problem(api.as("committee1").body(Map.of("citations", List.of(InquiryFixtures.CITATION)))
                .post(path + "/notice").then(), 400).body("errors.field", contains("requirements"));
        problem(api.as("committee1").body(Map.of("verdict", "MAYBE", "reasoning", "x"))
                .post(path + "/verification").then(), 400);

        // a shop of the same park, a buyer and another park's administrator do not see it
        problem(api.as("shop2").body(Map.of("plan", "Not ours.")).post(path + "/corrective-plan").then(), 404);
        problem(api.get("buyer1", path), 404);
        problem(api.get("parkadmin2", path), 404);
        api.get("parkadmin1", path).statusCode(200);
        problem(api.get("buyer1", "/api/committee/inquiries"), 403);
        problem(api.get("mediator1", "/api/committee/inquiries"), 403);
        api.get("shop2", "/api/committee/inquiries").statusCode(200).body("shopId", everyItem(
                equalTo("shop-hm-002")));
        problem(api.get("committee1", "/api/committee/inquiries/no-such-inquiry"), 404);

        assertThat(api.get("admin", path).statusCode(200).extract().asString()).isEqualTo(before);
        api.get("committee1", path).body("citations", empty()).body("findings", containsInAnyOrderOf(before));
    }

    @Test
    void anInquirysStepSubmittedThroughTheEnginesTasklistIsRefusedAndItsTaskStaysOpen() {
        String id = new InquiryFixtures(api).openInquiry(SHOP);
        api.engineRestAnswersForThisContext();

        api.submitTaskForm(id, Map.of("requirements", "Through Tasklist.")).statusCode(400);

        api.get("committee1", "/api/committee/inquiries/" + id).statusCode(200)
                .body("stage", equalTo("COMMITTEE_NOTICE")).body("requirements", nullValue());
        assertThat(api.openTaskOf(id)).isNotBlank();
    }

    private static Matcher<Iterable<? extends String>> containsInAnyOrderOf(String inquiryJson) {
        List<String> findings = JsonPath.from(inquiryJson).getList("findings", String.class);
        return containsInAnyOrder(findings.toArray(String[]::new));
    }

    /** A standard with one clause, added to the catalog and superseded at once. */
    private String supersededStandard() {
        String code = "GB " + (70000 + new Random().nextInt(20000)) + "-2001";
        api.as("committee1").body(Map.of("code", code, "title", "An old label rule",
                "clauses", List.of(Map.of("clause", "1", "title", "Labels")))).post("/api/standards")
                .then().statusCode(201);
        api.as("committee1").body(Map.of("status", "SUPERSEDED")).patch("/api/standards/" + code)
                .then().statusCode(200);
        return code;
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("title", notNullValue());
    }
}
