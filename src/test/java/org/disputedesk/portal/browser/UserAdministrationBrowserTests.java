package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A park administrator onboards a shop operator from the users page: creates the account with a
 * shop, hands over the temporary password, disables and enables it, resets its password; the
 * operator then signs in with the new temporary password and must choose their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class UserAdministrationBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aParkAdministratorCreatesDisablesEnablesAndResetsAShopOperator() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("parkadmin1", "demo");
        browser.click(By.id("nav-users"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("用户");
        assertThat(browser.waitFor(By.id("user-shop1")).getText()).contains("shop-hm-001");
        assertThat(browser.driver().findElements(By.id("user-shop3"))).as("another park's operator").isEmpty();

        // create
        browser.fill("username", name).fill("displayName", "虎门蕾丝店运营").fill("email", name + "@example.com")
                .fill("shopIds", "shop-hm-001");
        new Select(browser.waitFor(By.id("user-role"))).selectByValue("SHOP");
        browser.click(By.id("create-user"));
        String temporary = browser.waitFor(By.id("created-password")).getText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
        browser.screenshot("users-created");
        api.as(name, temporary).get("/api/me").then().statusCode(200);

        // disable, then enable
        browser.open("/admin/users?q=" + name);
        browser.click(By.id("disable-" + name));
        browser.waitFor(By.id("enable-" + name));
        assertThat(browser.waitFor(By.cssSelector("#user-" + name + " .state")).getText()).isEqualTo("已停用");
        api.as(name, temporary).get("/api/me").then().statusCode(401);
        browser.click(By.id("enable-" + name));
        browser.waitFor(By.id("disable-" + name));
        api.as(name, temporary).get("/api/me").then().statusCode(200);

        // reset: a new temporary password, the old one gone
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.click(By.id("reset-" + name));
        browser.waiting().until(ExpectedConditions.textMatches(By.id("reset-password-" + name),
                java.util.regex.Pattern.compile(".{10,}")));
        String reset = browser.waitFor(By.id("reset-password-" + name)).getText();
        assertThat(reset).isNotEqualTo(temporary);
        api.as(name, temporary).get("/api/me").then().statusCode(401);

        browser.signIn(name, reset);
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
    }

    @Test
    void theUsersPageSpeaksEnglishToAnEnglishReader() {
        browser.signIn("admin", "demo");
        browser.open("/admin/users?lang=en&role=MEDIATOR");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Users");
        assertThat(browser.waitFor(By.id("user-mediator2")).getText()).contains("Mediator");
        assertThat(browser.driver().findElements(By.id("user-shop1"))).as("filtered by role").isEmpty();
        browser.screenshot("users-en");
    }
}
