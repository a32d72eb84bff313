package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The streamer in the portal, in a real Chromium that asks for Chinese pages: a park administrator
 * registers a streamer and opens its record; the mediator asks the demo streamer about a case from
 * its room, and the streamer signs in, finds the case in their list and answers. Screenshots of each
 * page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class StreamerBrowserTests {

    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aParkAdministratorRegistersAStreamerAndARoomOfAnotherIsRefusedInTheReadersLanguage() {
        String id = "st-" + UUID.randomUUID().toString().substring(0, 8);
        String room = "room-" + id;

        browser.signIn("parkadmin1", PASSWORD);
        browser.click(By.id("nav-streamers"));
        assertThat(browser.waitFor(By.cssSelector("main .lead")).getText()).startsWith("虎门电子商务产业园的直播主播");
        browser.fill(By.id("streamer-id"), id).fill(By.id("streamer-name"), "虎门蕾丝直播间")
                .fill(By.id("streamer-shopIds"), "shop-hm-001, shop-hm-002").fill(By.id("streamer-rooms"), room);
        submit(By.id("create-streamer"));

        WebElement row = browser.waitFor(By.cssSelector("#streamers tr[data-streamer='" + id + "']"));
        assertThat(row.getText()).contains("虎门蕾丝直播间", "shop-hm-001, shop-hm-002", room);
        browser.fullScreenshot("admin-streamers");

        browser.fill(By.id("streamer-id"), id + "-2").fill(By.id("streamer-name"), "Again")
                .fill(By.id("streamer-shopIds"), "shop-hm-001").fill(By.id("streamer-rooms"), "hm-live-88");
        browser.click(By.id("create-streamer"));
        assertThat(browser.waitFor(By.cssSelector("#streamer-form .problem")).getText())
                .contains("直播间 hm-live-88 已属于主播档案 st-hm-001");

        browser.click(By.cssSelector("#streamers tr[data-streamer='" + id + "'] a"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("主播记录：虎门蕾丝直播间");
        assertThat(browser.waitFor(By.id("streamer-rooms")).getText()).isEqualTo(room);
        browser.fullScreenshot("streamer-record");
    }

    @Test
    void theStreamerFindsTheCaseFromTheirRoomAndAnswersTheMediatorsQuestion() {
        String id = api.claimedMediationAbout("hm-live-88");
        String question = "直播中您如何介绍面料成分？";

        // the mediator sees the streamer on the case and asks them
        browser.signIn("mediator1", PASSWORD);
        browser.open("/cases/" + id);
        assertThat(browser.waitFor(By.id("case-streamer")).getText()).contains("Humen Lace Live", "st-hm-001");
        new Select(browser.waitFor(By.id("decision-decision"))).selectByValue("REQUEST_INFO");
        browser.click(By.id("decision-party-STREAMER"));
        browser.fill(By.id("decision-question"), question).fill(By.id("decision-reasoning"), "直播是关键证据。");
        submit(By.id("submit-decision"));
        assertThat(api.stageOf(id)).isEqualTo("INFORMATION_REQUEST");

        // the streamer signs in to the cases about their rooms, opens this one and answers
        browser.signIn("streamer1", PASSWORD);
        browser.click(By.cssSelector("#cases tr[data-case='" + id + "'] a"));
        assertThat(browser.waitFor(By.id("information-question")).getText()).isEqualTo(question);
        browser.fullScreenshot("case-streamer-information");
        browser.fill(By.id("information-text"), "我按商家提供的资料介绍为纯羊毛。");
        submit(By.id("submit-information"));

        assertThat(api.stageOf(id)).isEqualTo("MEDIATION");
        List<Map<String, Object>> timeline = api.get("mediator1", "/api/complaints/" + id + "/timeline")
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(timeline.get(timeline.size() - 1)).containsEntry("action", "INFORMATION_PROVIDED")
                .containsEntry("actor", "streamer1").containsEntry("role", "STREAMER");
    }

    private static void submit(By button) {
        WebElement pressed = browser.waitFor(button);
        pressed.click();
        browser.waitUntilGone(pressed);
    }
}
