package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.disputedesk.complaint.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every page shows one way, in a real Chromium that asks for Chinese pages: the portal's icon,
 * money, a park by its name, the stages in the order of the process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class PortalReadingBrowserTests {

    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void theSignInPageNamesTheIconAndAStrangerIsServedIt() {
        browser.open("/login");
        assertThat(browser.driver().findElement(By.cssSelector("link[rel=icon]")).getAttribute("href"))
                .endsWith("/assets/favicon.svg");
        Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/assets/favicon.svg', {credentials: 'omit'})"
                        + ".then(r => done(r.status + ' ' + r.headers.get('Content-Type')));");
        assertThat(answer).isEqualTo("200 image/svg+xml");
    }

    @Test
    void everyAmountReadsTheSameOnTheCaseItsTimelineAndTheCaseList() {
        Map<String, Object> complaint = new HashMap<>(SampleInputs.complaint("shop-hm-002",
                "RD-" + UUID.randomUUID()));
        complaint.put("orderAmount", 2000);
        complaint.put("claimedAmount", 1234.5);
        String id = api.fileComplaint("buyer2", complaint);

        browser.signIn("buyer2", PASSWORD).open("/cases/" + id);
        assertThat(browser.waitFor(By.id("case-amounts")).getText()).isEqualTo("订单金额 ¥2,000.00，索赔 ¥1,234.50");
        assertThat(browser.waitFor(By.id("timeline")).getText()).contains("退货退款，¥1,234.50");
        browser.click(By.id("nav-cases"));
        assertThat(browser.waitFor(By.cssSelector("#cases tr[data-case='" + id + "'] td.amount")).getText())
                .isEqualTo("¥1,234.50");
    }

    @Test
    void theParkDashboardNamesTheParkAndListsStagesInTheOrderOfTheProcess() {
        api.fileComplaint("buyer1", "shop-hm-001", "RD-" + UUID.randomUUID());
        String answered = api.fileComplaint("buyer1", "shop-hm-001", "RD-" + UUID.randomUUID());
        api.step("shop1", answered, "shop-response", Map.of("decision", "REJECT", "message", "吊牌合规"))
                .statusCode(200);

        browser.signIn("mediator1", PASSWORD).click(By.id("nav-park"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("园区看板：虎门电子商务产业园");
        List<Stage> stages = browser.driver().findElements(By.cssSelector("#chart-by-stage g.row")).stream()
                .map(row -> Stage.valueOf(row.getAttribute("data-key"))).toList();
        assertThat(stages).contains(Stage.SHOP_RESPONSE, Stage.BUYER_REVIEW).isSorted();
        assertThat(browser.waitFor(By.cssSelector("#chart-by-stage g.row")).getText()).startsWith("等待商家答复");
        browser.fullScreenshot("park-dashboard-stages");
    }
}
