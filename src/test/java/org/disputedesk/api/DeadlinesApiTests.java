package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadlines that respect the calendar and the park, through the API: the official calendar of a
 * year, read by anyone and kept by administrators; each park's deadlines, read by anyone and set by
 * its administrator or an administrator, each change in the audit log; and the time mediation has
 * left while its clock stands still.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class DeadlinesApiTests {

    /** A year no other test counts deadlines in. */
    private static final int YEAR = 2035;

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void humenTakesTheInstallationsDeadlinesAgain() {
        api.as("admin").body(Map.of()).put("/api/admin/parks/humen/deadlines").then().statusCode(200);
    }

    @Test
    void theYear2026IsTheOneTheStateCouncilPublished() {
        api.get("buyer1", "/api/calendar/2026").statusCode(200)
                .body("holidays", hasSize(33))
                .body("holidays", hasItems("2026-01-01", "2026-02-15", "2026-02-23", "2026-04-05", "2026-05-05",
                        "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07"))
                .body("workdays", contains("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                        "2026-10-10"));
        api.get("shop1", "/api/calendar/2031").statusCode(200).body("holidays", empty()).body("workdays", empty());
    }

    @Test
    void anAdministratorKeepsAYearOnceEachChangeAudited() {
        Map<String, Object> year = Map.of("holidays", List.of(YEAR + "-10-03", YEAR + "-10-01", YEAR + "-10-02",
                YEAR + "-10-01"), "workdays", List.of(YEAR + "-09-29"));
        long entries = calendarEntries();

        api.as("admin").body(year).put("/api/admin/calendar/" + YEAR).then().statusCode(200)
                .body("holidays", contains(YEAR + "-10-01", YEAR + "-10-02", YEAR + "-10-03"))
                .body("workdays", contains(YEAR + "-09-29"));
        // the same days again change nothing, and log nothing
        api.as("admin").body(year).put("/api/admin/calendar/" + YEAR).then().statusCode(200);

        api.get("mediator2", "/api/calendar/" + YEAR).statusCode(200)
                .body("holidays", contains(YEAR + "-10-01", YEAR + "-10-02", YEAR + "-10-03"));
        assertThat(calendarEntries()).isEqualTo(entries + 1);
        assertThat(api.get("admin", "/api/admin/audit?size=1").extract().jsonPath().getString("[0].detail"))
                .isEqualTo("holidays: 3 (added " + YEAR + "-10-01 " + YEAR + "-10-02 " + YEAR + "-10-03; removed —); "
                        + "make-up working days: 1 (added " + YEAR + "-09-29; removed —)");
    }

    @Test
    void aCalendarWithADayOfAnotherYearAWeekdayMadeWorkingOrADayTwiceListedIsRefusedWhole() {
        String before = api.get("admin", "/api/calendar/" + YEAR).extract().asString();

        // 5 May is a Saturday, 8 May a Tuesday
        api.as("admin").body(Map.of("holidays", List.of(YEAR + "-05-01", "2030-05-02", YEAR + "-05-05"),
                        "workdays", List.of(YEAR + "-05-05", YEAR + "-05-08")))
                .put("/api/admin/calendar/" + YEAR).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("holidays[1]", "holidays[2]", "workdays[1]"));
        api.as("admin").body(Map.of("holidays", List.of("2035-02-30"), "workdays", List.of()))
                .put("/api/admin/calendar/" + YEAR).then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("admin").body(Map.of("holidays", List.of())).put("/api/admin/calendar/" + YEAR).then()
                .statusCode(400).body("errors.field", contains("workdays"));
        api.as("admin").body(Map.of("holidays", List.of(), "workdays", List.of()))
                .put("/api/admin/calendar/1900").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.get("admin", "/api/calendar/next").statusCode(400).contentType(Api.PROBLEM_JSON);

        assertThat(api.get("admin", "/api/calendar/" + YEAR).extract().asString()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorKeepsTheCalendar() {
        for (String user : List.of("parkadmin1", "mediator1", "committee1", "buyer1")) {
            api.as(user).body(Map.of("holidays", List.of(), "workdays", List.of()))
                    .put("/api/admin/calendar/2026").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        api.get("buyer1", "/api/calendar/2026").body("holidays", hasSize(33));
    }

    @Test
    void aParkAdministratorSetsTheirParksDeadlinesAndAnyoneReadsThemWithWhatTheRestFallBackTo() {
        Map<String, Object> deadlines = new LinkedHashMap<>();
        deadlines.put("shopResponse", Map.of("amount", 2, "unit", "WORKING_DAYS"));
        deadlines.put("mediation", Map.of("amount", 15, "unit", "CALENDAR_DAYS"));
        deadlines.put("buyerReview", Map.of("amount", 36, "unit", "HOURS"));

        api.as("parkadmin1").body(deadlines).put("/api/admin/parks/humen/deadlines").then().statusCode(200)
                .body("parkId", equalTo("humen"))
                .body("shopResponse.amount", equalTo(2)).body("shopResponse.unit", equalTo("WORKING_DAYS"));

        api.get("buyer2", "/api/parks/humen/deadlines").statusCode(200)
                .body("shopResponse.unit", equalTo("WORKING_DAYS"))
                .body("mediation.amount", equalTo(15)).body("mediation.unit", equalTo("CALENDAR_DAYS"))
                .body("buyerReview.amount", equalTo(36)).body("buyerReview.unit", equalTo("HOURS"))
                .body("fulfilment", nullValue()).body("timeZone", nullValue())
                .body("defaults.fulfilment", equalTo("PT168H")).body("defaults.timeZone", equalTo("Asia/Shanghai"));
        api.get("parkadmin1", "/api/parks/dalang/deadlines").statusCode(200).body("shopResponse", nullValue());

        Map<String, Object> entry = api.get("parkadmin1", "/api/admin/audit?size=1").extract().jsonPath()
                .getMap("[0]");
        assertThat(entry).containsEntry("action", "DEADLINES_CHANGED").containsEntry("target", "park:humen")
                .containsEntry("actor", "parkadmin1")
                .containsEntry("detail", "shopResponse: — → 2 WORKING_DAYS; buyerReview: — → 36 HOURS; "
                        + "mediation: — → 15 CALENDAR_DAYS");
    }

    @Test
    void aParkAdministratorDoesNotSetAnotherParksDeadlinesNorDoesAnyOtherRole() {
        Map<String, Object> deadlines = Map.of("shopResponse", Map.of("amount", 1, "unit", "HOURS"));

        api.as("parkadmin1").body(deadlines).put("/api/admin/parks/dalang/deadlines").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        for (String user : List.of("mediator1", "shop1", "buyer1", "committee1", "streamer1")) {
            api.as(user).body(deadlines).put("/api/admin/parks/humen/deadlines").then().statusCode(403)
                    .contentType(Api.PROBLEM_JSON);
        }
        api.as("admin").body(deadlines).put("/api/admin/parks/no-such-park/deadlines").then().statusCode(404);
        api.get("buyer1", "/api/parks/no-such-park/deadlines").statusCode(404).contentType(Api.PROBLEM_JSON);
        assertThat(jdbc.sql("select count(*) from park_deadlines where park_id in ('humen', 'dalang')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDeadlineOutOfRangeAnUnknownUnitOrTimeZoneIsRefusedAndNothingIsSet() {
        String park = "park-" + UUID.randomUUID().toString().substring(0, 8);
        api.as("admin").body(Map.of("id", park, "name", "Deadline park")).post("/api/admin/parks").then()
                .statusCode(201);
        String path = "/api/admin/parks/" + park + "/deadlines";

        api.as("admin").body(Map.of("shopResponse", Map.of("amount", 0, "unit", "HOURS"),
                        "mediation", Map.of("amount", 400, "unit", "WORKING_DAYS"),
                        "fulfilment", Map.of("amount", 3), "timeZone", "Mars/Olympus_Mons"))
                .put(path).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", hasItems("shopResponse.amount", "fulfilment.unit"));
        api.as("admin").body(Map.of("mediation", Map.of("amount", 400, "unit", "WORKING_DAYS"),
                        "timeZone", "Mars/Olympus_Mons"))
                .put(path).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("mediation.amount", "timeZone"));
        api.as("admin").body(Map.of("shopResponse", Map.of("amount", 2, "unit", "FORTNIGHTS")))
                .put(path).then().statusCode(400).contentType(Api.PROBLEM_JSON);
        api.as("admin").body(Map.of("shopResponse", Map.of("amount", 2.5, "unit", "HOURS")))
                .put(path).then().statusCode(400).contentType(Api.PROBLEM_JSON);

        api.get("admin", "/api/parks/" + park + "/deadlines").statusCode(200).body("shopResponse", nullValue())
                .body("mediation", nullValue()).body("timeZone", nullValue());
        // a year of working days, in the park's own zone, is the most a deadline may be
        api.as("admin").body(Map.of("mediation", Map.of("amount", 366, "unit", "WORKING_DAYS"),
                "timeZone", "Asia/Urumqi")).put(path).then().statusCode(200).body("timeZone", equalTo("Asia/Urumqi"));
    }

    @Test
    void aCaseWaitingOnTheCommitteeShowsTheTimeMediationHasLeftInTheApiAndOnItsPage() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "DL-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200)
                .body("mediationTimeLeft", nullValue());
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        String left = api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                        "question", "Does the label conform?", "reasoning", "A standards question."))
                .statusCode(200).body("stage", equalTo("COMMITTEE_REVIEW")).extract().path("mediationTimeLeft");

        // ten days less the moments the steps took
        assertThat(java.time.Duration.parse(left)).isBetween(java.time.Duration.ofDays(10).minusMinutes(5),
                java.time.Duration.ofDays(10));
        assertThat(page("buyer1", id, "zh-CN")).contains("id=\"mediation-paused\"", "等待期间调解时限暂停计时",
                "还剩 9 天 23 小时 59 分钟");
        assertThat(page("committee1", id, "en")).contains("Mediation&#39;s clock is stopped while the case waits: "
                + "9 days 23 hours 59 minutes left");
    }

    private String page(String user, String id, String language) {
        return api.plain(user).header("Accept-Language", language).get("/cases/" + id).then().statusCode(200)
                .extract().asString();
    }

    private long calendarEntries() {
        return jdbc.sql("select count(*) from admin_audit where action = 'CALENDAR_CHANGED'").query(Long.class)
                .single();
    }
}
