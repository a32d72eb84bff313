package org.disputedesk.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;

/**
 * The portal speaks the browser's language when it is one of ours and Chinese otherwise; the API
 * keeps answering clients that name no language in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PortalLanguageTests {

    @LocalServerPort
    int port;

    @Test
    void pagesFollowTheBrowsersLanguageWithChineseAsTheDefault() {
        loginPage(null).body(containsString("<h1>登录</h1>"));
        loginPage("zh-CN,zh;q=0.9").body(containsString("<h1>登录</h1>"));
        loginPage("en-GB,en;q=0.8").body(containsString("<h1>Sign in</h1>"));
        loginPage("zh-TW").body(containsString("<h1>登录</h1>"));
        loginPage("fr-FR").body(containsString("<h1>登录</h1>"));
    }

    @Test
    void aChosenLanguageOutlastsTheBrowsersPreference() {
        String cookie = given().port(port).header("Accept-Language", "zh-CN").get("/login?lang=en")
                .then().statusCode(200).body(containsString("<h1>Sign in</h1>")).extract().cookie("lang");
        given().port(port).header("Accept-Language", "zh-CN").cookie("lang", cookie).get("/login")
                .then().body(containsString("<h1>Sign in</h1>"));
    }

    @Test
    void aChosenLanguageIsKeptForAYearNotOnlyUntilTheBrowserCloses() {
        Cookie chosen = given().port(port).get("/login?lang=en").then().statusCode(200).extract()
                .detailedCookie("lang");
        assertThat(chosen.getValue()).isEqualTo("en");
        assertThat(chosen.getMaxAge()).isEqualTo(Duration.ofDays(365).toSeconds());
    }

    @Test
    void switchingLanguageKeepsThePageAndItsFilters() {
        String page = given().port(port).auth().preemptive().basic("mediator1", "demo")
                .get("/cases?stage=MEDIATION&shopId=shop-hm-001&overdue=true&lang=zh-CN")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/cases?stage=MEDIATION&amp;shopId=shop-hm-001&amp;overdue=true&amp;lang=en\"")
                .contains("href=\"/cases?stage=MEDIATION&amp;shopId=shop-hm-001&amp;overdue=true&amp;lang=zh-CN\"");
        loginPage(null).body(containsString("href=\"/login?lang=en\""));
    }

    @Test
    void apiClientsThatNameNoLanguageGetEnglishMessages() {
        given().port(port).auth().preemptive().basic("buyer1", "demo").contentType(ContentType.JSON)
                .body(Map.of("orderRef", "X-1")).post("/api/complaints")
                .then().statusCode(400)
                .body("errors.message", hasItem("must not be blank"))
                .body("errors.message", not(hasItem("不能为空")));
    }

    @Test
    void theCasePageSaysTheTimelineInTheReadersLanguage() {
        String id = given().port(port).auth().preemptive().basic("buyer1", "demo").contentType(ContentType.JSON)
                .body(SampleInputs.complaint("shop-hm-001", "LANG-" + UUID.randomUUID())).post("/api/complaints")
                .then().statusCode(201).extract().path("id");

        casePage(id, "zh-CN").body(containsString("标签或吊牌不规范：退货退款，¥399.00"))
                .body(containsString("商家未答复时：转园区调解"))
                .body(not(containsString("NONSTANDARD_LABEL")));
        casePage(id, "en").body(containsString("Nonstandard label or tag: Return and refund of CN¥399.00"));
    }

    @Test
    void everyAmountOfThePortalIsWrittenOneWay() {
        Map<String, Object> complaint = new HashMap<>(SampleInputs.complaint("shop-hm-002",
                "MONEY-" + UUID.randomUUID()));
        complaint.put("orderAmount", 2000);
        complaint.put("claimedAmount", 1234.5);
        String id = given().port(port).auth().preemptive().basic("buyer2", "demo").contentType(ContentType.JSON)
                .body(complaint).post("/api/complaints").then().statusCode(201).extract().path("id");

        casePage(id, "zh-CN", "buyer2").body(containsString("订单金额 ¥2,000.00，索赔 ¥1,234.50"))
                .body(containsString("退货退款，¥1,234.50"));
        casePage(id, "en", "buyer2").body(containsString("CN¥1,234.50 claimed of an order of CN¥2,000.00"))
                .body(containsString("Return and refund of CN¥1,234.50"));
        given().port(port).auth().preemptive().basic("buyer2", "demo").header("Accept-Language", "zh-CN")
                .get("/cases?shopId=shop-hm-002").then().statusCode(200)
                .body(containsString("<td class=\"amount\">¥1,234.50</td>"));
    }

    @Test
    void theCaseNumberIsShownOnTheCasePageTheCaseListAndTheInboxBesideTheId() {
        String id = given().port(port).auth().preemptive().basic("buyer1", "demo").contentType(ContentType.JSON)
                .body(SampleInputs.complaint("shop-hm-001", "NUM-" + UUID.randomUUID())).post("/api/complaints")
                .then().statusCode(201).extract().path("id");
        long number = ((Number) given().port(port).auth().preemptive().basic("buyer1", "demo")
                .get("/api/complaints/" + id).then().statusCode(200).extract().path("number")).longValue();

        casePage(id, "zh-CN").body(containsString("<span id=\"case-number\">案件 #" + number + "</span>"))
                .body(containsString("<dd id=\"case-id\">" + id + "</dd>"));
        casePage(id, "en").body(containsString("<span id=\"case-number\">Case #" + number + "</span>"))
                .body(containsString("<title>Case #" + number));
        String link = "<a href=\"/cases/" + id + "\">#" + number + "</a>";
        given().port(port).auth().preemptive().basic("buyer1", "demo").header("Accept-Language", "en")
                .get("/cases").then().statusCode(200).body(containsString("<th>No.</th>")).body(containsString(link));
        given().port(port).auth().preemptive().basic("shop1", "demo").header("Accept-Language", "zh-CN")
                .get("/inbox").then().statusCode(200).body(containsString("<th>编号</th>")).body(containsString(link));
    }

    private io.restassured.response.ValidatableResponse casePage(String id, String language) {
        return casePage(id, language, "buyer1");
    }

    private io.restassured.response.ValidatableResponse casePage(String id, String language, String buyer) {
        return given().port(port).auth().preemptive().basic(buyer, "demo").header("Accept-Language", language)
                .get("/cases/" + id).then().statusCode(200).contentType(ContentType.HTML);
    }

    private io.restassured.response.ValidatableResponse loginPage(String acceptLanguage) {
        var request = given().port(port);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.get("/login").then().statusCode(200).contentType(ContentType.HTML);
    }
}
