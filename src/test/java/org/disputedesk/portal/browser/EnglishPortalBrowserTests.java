package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A browser that prefers English gets English pages, and either language can be chosen on any page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class EnglishPortalBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser("en");

    @Autowired
    Api api;

    @Test
    void anEnglishBrowserReadsEnglishAndCanSwitchToChinese() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "EN-1001");
        browser.open("/login");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.screenshot("login-en");

        browser.signIn("buyer1", "demo").open("/cases/" + id);
        assertThat(browser.waitFor(By.id("case-stage")).getText()).isEqualTo("Waiting for the shop");
        assertThat(browser.waitFor(By.cssSelector("#process-picture g.current text")).getText())
                .isEqualTo("Shop responds");
        browser.fullScreenshot("case-en");

        browser.click(By.id("lang-zh"));
        assertThat(browser.waitFor(By.id("case-stage")).getText()).isEqualTo("等待商家答复");
        browser.click(By.id("nav-inbox"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).as("the choice is remembered").isEqualTo("待办");
        browser.click(By.id("lang-en"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Inbox");
    }

    @Test
    void switchingLanguageKeepsTheCaseListsFiltersAndTheChoiceOutlastsTheBrowserSession() {
        browser.signIn("mediator1", "demo").open("/cases?stage=MEDIATION&category=SIZE_MISMATCH&overdue=true");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Cases");

        browser.click(By.id("lang-zh"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("案件");
        assertThat(browser.url().getQuery())
                .isEqualTo("stage=MEDIATION&category=SIZE_MISMATCH&overdue=true&lang=zh-CN");
        assertThat(new Select(browser.waitFor(By.id("filter-stage"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("MEDIATION");
        assertThat(browser.driver().findElement(By.id("filter-overdue")).isSelected()).isTrue();
        Cookie chosen = browser.driver().manage().getCookieNamed("lang");
        assertThat(chosen.getExpiry()).as("a persistent cookie, not a session's")
                .isAfter(Date.from(Instant.now().plus(Duration.ofDays(360))));
        browser.screenshot("cases-filtered-language-switched");
    }
}
