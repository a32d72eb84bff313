package org.disputedesk.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.Response;

/**
 * The administration pages as each role reads them: a park administrator their own park's, an
 * administrator every park's, and no other role any. The calendar is the administrator's to change. The forms themselves are driven in a browser
 * (AdministrationBrowserTests); here, what each page shows and to whom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdministrationPagesTests {

    private static final List<String> PAGES = List.of("/admin/parks", "/admin/shops", "/admin/audit",
            "/admin/deadlines", "/admin/calendar", "/admin/webhooks");

    @LocalServerPort
    int port;

    @Test
    void aParkAdministratorAdministersTheirOwnParkAndNoOther() {
        assertThat(page("parkadmin1", "/admin/parks", "zh-CN")).contains("data-park=\"humen\"", "虎门电子商务产业园")
                .doesNotContain("data-park=\"dalang\"").doesNotContain("id=\"park-form\"");
        // whatever park the address names, the directory is the park administrator's own
        assertThat(page("parkadmin1", "/admin/shops?parkId=dalang&q=shop-hm-001", "zh-CN"))
                .contains("data-shop=\"shop-hm-001\"", "虎门电子商务产业园的店铺", "id=\"shop-import\"")
                .doesNotContain("id=\"search-park\"");
        assertThat(page("parkadmin1", "/admin/shops?parkId=dalang&q=shop-dl-001", "zh-CN"))
                .contains("id=\"shops-empty\"").doesNotContain("data-shop=\"shop-dl-001\"");
        assertThat(page("parkadmin1", "/admin/audit?parkId=dalang", "zh-CN")).doesNotContain("大朗毛织电子商务产业园")
                .doesNotContain("id=\"audit-filter\"");
        assertThat(page("parkadmin1", "/park", "zh-CN")).contains("园区看板：虎门电子商务产业园");
        // the park's deadlines, whatever park the address names; the calendar to read, not to change
        assertThat(page("parkadmin1", "/admin/deadlines?parkId=dalang", "zh-CN"))
                .contains("/api/admin/parks/humen/deadlines", "虎门电子商务产业园案件各环节的办理时限")
                .doesNotContain("id=\"deadlines-filter\"");
        assertThat(page("parkadmin1", "/admin/calendar?year=2026", "zh-CN")).contains("2026-10-01")
                .doesNotContain("id=\"calendar-form\"");
    }

    @Test
    void anAdministratorAdministersEveryPark() {
        assertThat(page("admin", "/admin/parks", "en")).contains("data-park=\"humen\"", "data-park=\"dalang\"",
                "id=\"park-form\"");
        assertThat(page("admin", "/admin/shops?q=shop-dl", "en")).contains("data-shop=\"shop-dl-001\"",
                "Dalang Wool Sweater E-commerce Park", "id=\"search-park\"")
                .doesNotContain("data-shop=\"shop-hm-001\"");
        assertThat(page("admin", "/admin/audit?parkId=dalang", "en")).contains("id=\"audit-filter\"");
        assertThat(page("admin", "/admin/deadlines?parkId=dalang", "en")).contains("id=\"deadlines-filter\"",
                "/api/admin/parks/dalang/deadlines", "2 days", "15 days", "as configured");
        assertThat(page("admin", "/admin/calendar?year=2026", "en")).contains("id=\"calendar-form\"",
                "2026-10-10", "Official calendar 2026");
    }

    @Test
    void noOtherRoleHasAnAdministrationPageOrItsLinks() {
        for (String user : List.of("buyer1", "shop1", "mediator1", "committee1")) {
            for (String path : PAGES) {
                Response refused = as(user, "en").get(path);
                assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.asString()).contains("id=\"error-title\"");
            }
            assertThat(page(user, "/committee/standards", "en")).doesNotContain("id=\"nav-shops\"");
        }
        assertThat(page("parkadmin1", "/committee/standards", "en"))
                .contains("id=\"nav-parks\"", "id=\"nav-shops\"", "id=\"nav-audit\"", "id=\"nav-park\"",
                        "id=\"nav-deadlines\"", "id=\"nav-calendar\"", "id=\"nav-webhooks\"");
    }

    @Test
    void everyAdministrationPageReadsInChineseAndInEnglishWithNoMissingWording() {
        for (String language : List.of("zh-CN", "en")) {
            for (String path : PAGES) {
                for (String user : List.of("admin", "parkadmin2")) {
                    assertThat(page(user, path, language)).as(user + " " + path + " in " + language)
                            .contains("lang=\"" + language + "\"").doesNotContain("??");
                }
            }
        }
    }

    @Test
    void aWebhooksDeliveryLogReadsInBothLanguagesForItsOwnParkOnly() {
        String id = as("admin", "en").contentType("application/json").body(Map.of("url",
                "https://203.0.113.10/pages", "events", List.of("inquiry.opened"), "parkId", "dalang"))
                .post("/api/webhooks").then().statusCode(201).extract().path("id");
        for (String language : List.of("zh-CN", "en")) {
            assertThat(page("parkadmin2", "/admin/webhooks/" + id, language)).contains("https://203.0.113.10/pages",
                    "id=\"deliveries-empty\"", "id=\"delete-webhook\"").doesNotContain("??");
            assertThat(page("parkadmin2", "/admin/webhooks", language)).contains("data-webhook=\"" + id + "\"");
        }
        assertThat(as("parkadmin1", "en").get("/admin/webhooks/" + id).statusCode()).isEqualTo(404);
        assertThat(page("parkadmin1", "/admin/webhooks", "en")).doesNotContain(id);
        as("admin", "en").delete("/api/webhooks/" + id).then().statusCode(204);
    }

    private io.restassured.specification.RequestSpecification as(String user, String language) {
        return given().port(port).redirects().follow(false).auth().preemptive().basic(user, "demo")
                .header("Accept-Language", language);
    }

    private String page(String user, String path, String language) {
        Response response = as(user, language).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.asString();
    }
}
