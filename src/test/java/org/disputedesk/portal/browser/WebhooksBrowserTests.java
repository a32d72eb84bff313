package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.disputedesk.webhook.Receiver;
import org.disputedesk.webhook.StepFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A park administrator subscribes the park's system to its cases in a real Chromium that asks for
 * Chinese pages: the secret shown once, the webhook in the list without it, and the delivery log
 * of a filed case, one message of which is sent again. The receiver runs on this machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "webhooks"})
@Import({Api.class, StepFailures.class})
class WebhooksBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aParkAdministratorSubscribesSeesTheSecretOnceAndReadsTheDeliveryLog() {
        try (Receiver receiver = Receiver.accepting()) {
            // a webhook
            browser.signIn("parkadmin1", "demo");
            browser.click(By.id("nav-webhooks"));
            assertThat(browser.waitFor(By.cssSelector("main .lead")).getText()).startsWith("虎门电子商务产业园接收案件动态的系统");
            browser.fill(By.id("webhook-url"), receiver.url());
            browser.click(By.id("event-complaint.filed")).click(By.id("event-complaint.stage_changed"));
            browser.click(By.id("create-webhook"));
            String secret = browser.waitFor(By.id("webhook-secret")).getText();
            assertThat(secret).matches("whsec_[A-Za-z0-9+/]{40,}={0,2}");
            assertThat(browser.waitFor(By.id("webhook-created")).getText()).contains("只显示这一次");
            browser.fullScreenshot("admin-webhook-secret");

            // seen once only
            browser.click(By.id("webhook-done"));
            WebElement row = browser.waitFor(By.xpath("//table[@id='webhooks']//tr[td/span[text()='"
                    + receiver.url() + "']]"));
            assertThat(row.getText()).contains("complaint.filed, complaint.stage_changed", "虎门电子商务产业园");
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
            String webhook = row.getAttribute("data-webhook");
            browser.fullScreenshot("admin-webhooks");

            // a case filed reaches the receiver, and the log says so
            String id = api.fileComplaint("buyer1", "shop-hm-001", "WH-" + UUID.randomUUID());
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.about(id).size() == 2);
            assertThat(receiver.about(id)).allSatisfy(message -> assertThat(message.signedWith(secret)).isTrue());
            browser.click(By.id("log-" + webhook));
            By filed = By.cssSelector("#deliveries tr[data-event='complaint.filed']");
            assertThat(browser.waitFor(filed).getText()).contains("投诉已提交", id, "204", "已于").contains("送达");
            assertThat(browser.waitFor(By.cssSelector("#deliveries tr[data-event='complaint.filed'] .attempts"))
                    .getText()).isEqualTo("1");
            browser.fullScreenshot("admin-webhook-log");

            // sent again, under the same id
            String messageId = browser.waitFor(filed).getAttribute("data-message");
            browser.click(By.id("replay-" + messageId));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.about(id).size() == 3);
            assertThat(receiver.about(id).get(2).id()).isEqualTo(messageId);
            browser.waiting().until(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.cssSelector("#deliveries tr[data-message='" + messageId + "'] .attempts"))
                        .getText().equals("2");
            });
            api.as("parkadmin1").delete("/api/webhooks/" + webhook).then().statusCode(204);
        }
    }
}
