package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * A shop operator sees on the bell that a case waits for them, reads the notice, opens the case
 * from it, marks it read, and chooses which notices also come by mail; in Chinese and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class NotificationsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aShopOperatorIsToldOfANewCaseReadsItAndChoosesTheirMail() {
        // given
        String id = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        long notice = jdbc.sql("select id from notifications where complaint_id = ? and username = 'shop2' and kind = 'ACTION_REQUIRED'")
                .param(id).query(Long.class).single();
        long unread = api.get("shop2", "/api/notifications").extract().jsonPath().getLong("unread");

        // when
        browser.signIn("shop2", "demo");

        // then: the bell counts, and leads to the notice
        assertThat(browser.waitFor(By.id("unread-count")).getText()).isEqualTo(String.valueOf(unread));
        browser.click(By.id("nav-notifications"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("通知");
        WebElement row = browser.waitFor(By.id("notification-" + notice));
        assertThat(row.getText()).contains("等待您处理").contains("答复买家的投诉").contains("(UTC+08:00)");
        assertThat(row.getAttribute("class")).contains("unread");
        browser.screenshot("notifications");

        browser.click(By.id("read-" + notice));
        browser.waitFor(By.cssSelector("#notification-" + notice + ".read"));
        assertThat(browser.waitFor(By.id("nav-notifications")).getText()).doesNotContain(String.valueOf(unread));
        api.get("shop2", "/api/notifications").body("unread", equalTo((int) unread - 1));

        browser.click(By.cssSelector("#notification-" + notice + " a"));
        assertThat(browser.url().getPath()).isEqualTo("/cases/" + id);

        // and the mail choices
        browser.open("/notifications");
        browser.click(By.id("mail-reminders"));
        WebElement save = browser.waitFor(By.id("submit-mail-choices"));
        save.click();
        browser.waitUntilGone(save);
        assertThat(browser.waitFor(By.id("mail-reminders")).isSelected()).isFalse();
        api.get("shop2", "/api/notifications/mail").body("reminders", equalTo(false))
                .body("actionRequired", equalTo(true));
    }

    @Test
    void theNoticesReadInEnglishForAnEnglishReader() {
        String id = api.fileComplaint("buyer2", "shop-hm-002", "HM-" + UUID.randomUUID());
        long notice = jdbc.sql("select id from notifications where complaint_id = ? and username = 'shop2' and kind = 'ACTION_REQUIRED'")
                .param(id).query(Long.class).single();

        browser.signIn("shop2", "demo");
        browser.open("/notifications?lang=en");

        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Notifications");
        assertThat(browser.waitFor(By.id("notification-" + notice)).getText())
                .contains("waits for you: answer the buyer's complaint by");
        assertThat(browser.waitFor(By.id("mail-choices")).getText()).contains("A reminder before my deadline");
        browser.screenshot("notifications-en");
    }
}
