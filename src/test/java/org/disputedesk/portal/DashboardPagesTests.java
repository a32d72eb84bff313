package org.disputedesk.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.disputedesk.SampleInputs;
import org.disputedesk.complaint.Stage;
import org.disputedesk.park.Park;
import org.disputedesk.park.Parks;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The dashboards as a signed-in person sees them: the park's, the committee's and a shop's
 * record, each park and shop named in the reader's language (on the case page and the shop
 * directory too). Cases are set up through the API; the pages are read as HTML, each chart by its id and
 * each bar by its data-key. Other suites may share this application, so counts on the demo
 * parks are compared before and after; a shop of the test's own gives exact figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DashboardPagesTests {

    private static final String PASSWORD = "demo";
    private static final String ENGLISH = "en";
    private static final String CHINESE = "zh-CN";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Shops shops;
    @Autowired
    Parks parks;

    @Test
    void theParkDashboardCountsTheCasesFiledInTheMediatorsPark() {
        String before = page("mediator1", "/park", ENGLISH);

        fileComplaint("buyer1", "shop-hm-002");
        fileComplaint("buyer2", "shop-hm-002");

        String after = page("mediator1", "/park", ENGLISH);
        assertThat(after).contains("Park dashboard: Humen E-commerce Industrial Park");
        assertThat(bar(after, "chart-by-stage", "SHOP_RESPONSE"))
                .isEqualTo(bar(before, "chart-by-stage", "SHOP_RESPONSE") + 2);
        assertThat(bar(after, "chart-by-category", "NONSTANDARD_LABEL"))
                .isEqualTo(bar(before, "chart-by-category", "NONSTANDARD_LABEL") + 2);
        assertThat(card(after, "card-open")).isEqualTo(card(before, "card-open") + 2);
        assertThat(chart(after, "chart-by-stage")).contains("href=\"/cases?stage=SHOP_RESPONSE\"")
                .contains("Waiting for the shop");
        assertThat(chart(after, "chart-resolution-time")).contains("data-key=\"UNDER_1_DAY\"")
                .contains("Over 14 days");
    }

    @Test
    void theParkDashboardShowsTheStagesInTheOrderOfTheProcess() {
        String shop = "shop-hm-001";
        fileComplaint("buyer1", shop);
        String reviewed = fileComplaint("buyer1", shop);
        step("shop1", reviewed, "shop-response", Map.of("decision", "REJECT", "message", "No."));
        String mediated = fileComplaint("buyer2", shop);
        step("shop1", mediated, "shop-response", Map.of("decision", "REJECT", "message", "No."));
        step("buyer2", mediated, "buyer-review", Map.of("decision", "ESCALATE"));

        Matcher keys = Pattern.compile("data-key=\"(\\w+)\"").matcher(chart(page("mediator1", "/park", CHINESE),
                "chart-by-stage"));
        List<Stage> shown = new ArrayList<>();
        while (keys.find()) {
            shown.add(Stage.valueOf(keys.group(1)));
        }
        assertThat(shown).contains(Stage.SHOP_RESPONSE, Stage.BUYER_REVIEW, Stage.MEDIATION).isSorted();
    }

    @Test
    void aMissedShopDeadlineIsABreachOnTheParkDashboardAndOnTheShopsRecord() {
        String shop = ownShop("humen");
        String silent = fileComplaint("buyer1", shop);
        String withdrawn = fileComplaint("buyer1", shop);
        String punctualShop = ownShop("humen");
        fileComplaint("buyer1", punctualShop);

        fireTimer(silent, Timers.SHOP_SILENT);
        api("buyer1").post("/api/complaints/" + withdrawn + "/withdrawal").then().statusCode(200);

        String park = page("mediator1", "/park", ENGLISH);
        assertThat(bar(park, "chart-deadline-breaches", shop)).isEqualTo(1);
        assertThat(chart(park, "chart-deadline-breaches"))
                .containsPattern("data-key=\"" + shop + "\"[^>]*>\\s*<a href=\"/shops/" + shop + "\">")
                .containsPattern("class=\"bar late\"");
        assertThat(bar(park, "chart-deadline-breaches", punctualShop)).isZero();

        String record = page("buyer2", "/shops/" + shop, ENGLISH);
        assertThat(card(record, "card-cases")).isEqualTo(2);
        assertThat(card(record, "card-open")).isEqualTo(1);
        assertThat(record).contains("0%").contains("Answered within the deadline (0 of 1)");
        assertThat(bar(record, "chart-shop-outcomes", "WITHDRAWN")).isEqualTo(1);
        assertThat(chart(record, "chart-shop-violations")).contains("Nothing to count yet.");
        assertThat(record).doesNotContain("id=\"shop-violations\"");
    }

    @Test
    void aMediatorSeesOnlyTheOwnParksNumbersAndOtherRolesGetNoParkDashboard() {
        String shop = ownShop("humen");
        fileComplaint("buyer1", shop);
        // a breach puts the shop among the few the chart shows, however many shops other tests onboarded
        String dalangShop = ownShop("dalang");
        fireTimer(fileComplaint("buyer1", dalangShop), Timers.SHOP_SILENT);

        String dalang = page("mediator2", "/park", ENGLISH);
        assertThat(dalang).contains("Park dashboard: Dalang Wool Sweater E-commerce Park");
        assertThat(chart(dalang, "chart-deadline-breaches")).contains("data-key=\"" + dalangShop + "\"")
                .doesNotContain("shop-hm-001").doesNotContain(shop);

        for (String user : List.of("buyer1", "shop1", "committee1", "admin")) {
            Response forbidden = signedIn(user, ENGLISH).get("/park");
            assertThat(forbidden.statusCode()).as(user).isEqualTo(403);
            assertThat(forbidden.asString()).contains("id=\"error-title\"").doesNotContain("chart-by-stage");
        }
    }

    @Test
    void aNonconformingRulingShowsUpOnTheViolationsPageAndTheShopsRecord() {
        String before = page("committee1", "/committee/violations", ENGLISH);
        String recordBefore = page("buyer1", "/shops/shop-hm-001", ENGLISH);
        String id = fileComplaint("buyer1", "shop-hm-001");
        step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "The label is correct."));
        step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE", "message", "Please look at it."));
        step("mediator1", id, "mediation/claim", null);
        step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Does the label meet GB 5296.4-2012 on fibre content?", "reasoning", "A standards question."));
        step("committee1", id, "committee-ruling", Map.of("finding", "NONCONFORMING",
                "citations", List.of(Map.of("standard", "GB 5296.4-2012", "clause", "5.4")),
                "reasoning", "Fibre content on the label is wrong."));

        String after = page("committee1", "/committee/violations", ENGLISH);
        assertThat(bar(after, "chart-violations-by-clause", "GB 5296.4-2012 5.4"))
                .isEqualTo(bar(before, "chart-violations-by-clause", "GB 5296.4-2012 5.4") + 1);
        assertThat(bar(after, "chart-violations-by-shop", "shop-hm-001"))
                .isEqualTo(bar(before, "chart-violations-by-shop", "shop-hm-001") + 1);
        assertThat(after).containsPattern("<tr data-key=\"shop-hm-001\">")
                .containsPattern("<tr data-key=\"GB 5296.4-2012 5.4\">\\s*<td>GB 5296.4-2012</td><td>5.4</td>"
                        + "<td>Fibre content</td>");
        assertThat(page("admin", "/committee/violations", ENGLISH)).contains("chart-violations-by-clause");
        assertThat(signedIn("buyer1", ENGLISH).get("/committee/violations").statusCode()).isEqualTo(403);

        String record = page("buyer1", "/shops/shop-hm-001", ENGLISH);
        assertThat(bar(record, "chart-shop-violations", "GB 5296.4-2012 5.4"))
                .isEqualTo(bar(recordBefore, "chart-shop-violations", "GB 5296.4-2012 5.4") + 1);
        assertThat(card(record, "card-cases")).isEqualTo(card(recordBefore, "card-cases") + 1);
        assertThat(record).containsPattern("id=\"shop-violations\">[\\s\\S]*<tr data-key=\"GB 5296.4-2012 5.4\">");
    }

    @Test
    void everySignedInUserReadsTheStandardsCatalogAndAnUnknownShopIsNotFound() {
        String catalog = page("buyer1", "/committee/standards", ENGLISH);
        assertThat(catalog).contains("data-code=\"GB 5296.4-2012\"").contains("data-code=\"GB/T 29862-2013\"")
                .contains("data-clause=\"5.4\"").contains("Fibre content");

        Response unknown = signedIn("buyer1", ENGLISH).get("/shops/no-such-shop");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.asString()).contains("id=\"error-title\"");
    }

    @Test
    void everyDashboardReadsInChineseAndInEnglishWithNoMissingWording() {
        Map<String, String> pages = Map.of("/park", "mediator1", "/committee/standards", "committee1",
                "/committee/violations", "committee1", "/shops/shop-hm-001", "shop1");
        Map<String, String> titles = Map.of(CHINESE, "园区看板：虎门电子商务产业园",
                ENGLISH, "Park dashboard: Humen E-commerce Industrial Park");
        for (String language : List.of(CHINESE, ENGLISH)) {
            pages.forEach((path, user) -> {
                String html = page(user, path, language);
                assertThat(html).as(path + " in " + language).contains("lang=\"" + language + "\"")
                        .doesNotContain("??");
            });
            assertThat(page("mediator1", "/park", language)).contains(titles.get(language));
        }
    }

    @Test
    void aParkIsNamedInTheReadersLanguageAndNeverByItsId() {
        String shop = ownShop("dalang");
        String unnamedInChinese = "p-" + UUID.randomUUID().toString().substring(0, 8);
        parks.add(new Park(unnamedInChinese, "Songshan Lake Park", null));
        String songshanShop = ownShop(unnamedInChinese);

        assertThat(page("buyer1", "/shops/" + shop, CHINESE)).contains("大朗毛织电子商务产业园的店铺 " + shop);
        assertThat(page("buyer1", "/shops/" + shop, ENGLISH))
                .contains("Shop " + shop + " of Dalang Wool Sweater E-commerce Park");
        assertThat(page("buyer1", "/shops/" + songshanShop, CHINESE)).contains("Songshan Lake Park的店铺");
        assertThat(page("mediator2", "/park", CHINESE)).contains("园区看板：大朗毛织电子商务产业园")
                .doesNotContain("园区看板：dalang");
    }

    @Test
    void aChineseReaderSeesTheShopsChineseNameInTheDirectoryTheRecordAndTheCase() {
        String id = fileComplaint("buyer1", "shop-hm-001");

        for (String[] page : new String[][] {{"parkadmin1", "/admin/shops?q=shop-hm-001"},
                {"buyer1", "/shops/shop-hm-001"}, {"buyer1", "/cases/" + id}}) {
            assertThat(page(page[0], page[1], CHINESE)).as(page[1] + " in Chinese").contains("虎门蕾丝服饰旗舰店")
                    .doesNotContain("Humen Lace Fashion Flagship");
            assertThat(page(page[0], page[1], ENGLISH)).as(page[1] + " in English")
                    .contains("Humen Lace Fashion Flagship").doesNotContain("虎门蕾丝服饰旗舰店");
        }
        assertThat(page("buyer1", "/shops/shop-hm-001", CHINESE)).contains("<h1>店铺档案：虎门蕾丝服饰旗舰店</h1>");
        assertThat(page("buyer1", "/cases/" + id, CHINESE)).contains(
                "id=\"case-shop\"><a href=\"/shops/shop-hm-001\">虎门蕾丝服饰旗舰店</a> <span>shop-hm-001</span>");
    }

    @Test
    void aShopWithoutAChineseNameIsCalledByItsNameInChineseToo() {
        String shop = ownShop("humen");

        assertThat(page("parkadmin1", "/admin/shops?q=" + shop, CHINESE)).contains("Dashboard test shop");
        assertThat(page("buyer2", "/shops/" + shop, CHINESE)).contains("<h1>店铺档案：Dashboard test shop</h1>");
    }

    @Test
    void bothDashboardBundlesHaveTheSameKeys() throws IOException {
        Properties english = bundle("i18n/dashboards.properties");
        Properties chinese = bundle("i18n/dashboards_zh_CN.properties");
        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    // --- what the tests share: sessions, the API, reading pages ---

    /** Requests in a browser session of {@code user}, signed in through the login form. */
    private io.restassured.specification.RequestSpecification signedIn(String user, String language) {
        Response login = given().port(port).get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.asString());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        Response signIn = given().port(port).redirects().follow(false).cookies(login.cookies())
                .formParam("username", user).formParam("password", PASSWORD).formParam("_csrf", csrf.group(1))
                .post("/login");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.header("Location")).doesNotContain("error");
        return given().port(port).redirects().follow(false).header("Accept-Language", language)
                .cookie("JSESSIONID", signIn.cookie("JSESSIONID"));
    }

    /** A page {@code user} opens, answered 200. */
    private String page(String user, String path, String language) {
        Response response = signedIn(user, language).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.asString();
    }

    /** The SVG of the chart with that id. */
    private static String chart(String html, String chartId) {
        int start = html.indexOf("id=\"" + chartId + "\"");
        assertThat(start).as("chart " + chartId).isNotNegative();
        return html.substring(start, html.indexOf("</svg>", start));
    }

    /** A bar's value; a chart of counts has no bar for what it has not counted yet, so 0. */
    private static long bar(String html, String chartId, String key) {
        Matcher value = Pattern.compile("data-key=\"" + Pattern.quote(key) + "\" data-value=\"(\\d+)\"")
                .matcher(chart(html, chartId));
        return value.find() ? Long.parseLong(value.group(1)) : 0;
    }

    private static long card(String html, String cardId) {
        Matcher value = Pattern.compile("id=\"" + cardId + "\">\\s*<div class=\"value\"[^>]*>(\\d+)</div>")
                .matcher(html);
        assertThat(value.find()).as("card " + cardId).isTrue();
        return Long.parseLong(value.group(1));
    }

    private io.restassured.specification.RequestSpecification api(String user) {
        return given().port(port).auth().preemptive().basic(user, PASSWORD).contentType(ContentType.JSON);
    }

    private String fileComplaint(String buyer, String shopId) {
        return api(buyer).body(SampleInputs.complaint(shopId, "DB-" + UUID.randomUUID())).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
    }

    private void step(String user, String id, String segment, Object body) {
        io.restassured.specification.RequestSpecification request = api(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/complaints/" + id + "/" + segment).then().statusCode(200);
    }

    /** A shop of the test's own in a demo park, so that its figures are exactly the test's cases. */
    private String ownShop(String parkId) {
        String shop = "shop-t-" + UUID.randomUUID().toString().substring(0, 8);
        shops.add(new Shop(shop, parkId, "Dashboard test shop"));
        return shop;
    }

    /** Fires a deadline of the case's process, as the job executor would when it is due. */
    private void fireTimer(String complaintId, String timerId) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
                .singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(timerId).timers()
                .singleResult();
        managementService.executeJob(job.getId());
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader in = new InputStreamReader(
                DashboardPagesTests.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
