package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Trust as a person sees it, in a Chromium that asks for Chinese pages: the case page says whether its
 * timeline is as it was written (and which anchor it matches), or where it was changed; an erased case
 * still shows what happened; anyone reads the published anchors, in Chinese or in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class TrustBrowserTests {

    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCasePageMarksItsTimelineVerifiedAnchoredOrChanged() {
        // given a case with a message
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TR-" + UUID.randomUUID());
        api.as("buyer1").body(Map.of("text", "The dye ran onto my other clothes.")).post("/api/complaints/" + id
                + "/messages").then().statusCode(201);

        // then its page says it is as written
        browser.signIn("buyer1", PASSWORD).open("/cases/" + id);
        WebElement mark = browser.waitFor(By.id("timeline-verification"));
        assertThat(mark.getAttribute("class")).contains("verified");
        assertThat(mark.getText()).contains("✓ 已验证：全部 3 条记录与写入时一致");

        // and, once anchored, which anchor it matches
        long anchor = api.as("admin").post("/api/admin/anchors").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        browser.open("/cases/" + id);
        assertThat(browser.waitFor(By.id("timeline-verification")).getText()).contains("第 " + anchor + " 号锚定相符");
        browser.fullScreenshot("case-timeline-verified");

        // when an entry is changed in the database, the page says which one
        jdbc.sql("update timeline set detail = 'Nothing ran.' where complaint_id = ? and seq = 3").param(id).update();
        browser.open("/cases/" + id);
        mark = browser.waitFor(By.id("timeline-verification"));
        assertThat(mark.getAttribute("class")).contains("broken");
        assertThat(mark.getText()).isEqualTo("✗ 时间线已被改动：第 3 条记录与写入时不一致");
    }

    @Test
    void anErasedCaseStillShowsWhatHappenedAndStillVerifies() {
        String buyer = "tr-" + UUID.randomUUID().toString().substring(0, 8);
        api.anonymous().body(Map.of("username", buyer, "displayName", "Zhang Wei", "email", buyer + "@example.com",
                "password", "a long enough password")).post("/api/signup").then().statusCode(201);
        jdbc.sql("update users set password_hash = (select password_hash from users where username = 'buyer1') "
                + "where username = ?").param(buyer).update();
        String id = api.fileComplaint(buyer, "shop-hm-001", "TR-" + UUID.randomUUID());
        api.step(buyer, id, "withdrawal", null).statusCode(200);
        api.as("admin").post("/api/admin/users/" + buyer + "/erasure").then().statusCode(200);

        browser.signIn("mediator1", PASSWORD).open("/cases/" + id);

        assertThat(browser.waitFor(By.id("case-erased")).getText()).startsWith("个人信息已于");
        assertThat(browser.waitFor(By.id("case-outcome")).getText()).isEqualTo("已撤回");
        assertThat(browser.waitFor(By.id("case-buyer")).getText()).isEqualTo("—");
        assertThat(browser.waitFor(By.id("case-order")).getText()).isEqualTo("—");
        assertThat(browser.waitFor(By.id("timeline")).getText()).contains("内容已随个人信息删除", "删除了个人信息");
        assertThat(browser.waitFor(By.id("timeline-verification")).getAttribute("class")).contains("verified");
        browser.fullScreenshot("case-erased");
    }

    @Test
    void anyoneReadsThePublishedAnchorsInChineseOrEnglish() {
        api.fileComplaint("buyer2", "shop-hm-002", "TR-" + UUID.randomUUID());
        String root = api.as("admin").post("/api/admin/anchors").then().statusCode(201).extract().path("root");

        browser.open("/login").click(By.id("to-anchors"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("锚定公示");
        assertThat(browser.waitFor(By.id("anchors")).getText()).contains(root, "按需发布");
        browser.fullScreenshot("anchors");

        browser.click(By.id("lang-en"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Published anchors");
        assertThat(browser.waitFor(By.id("anchors")).getText()).contains(root, "on demand");
    }
}
