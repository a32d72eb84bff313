package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.disputedesk.security.ParkIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the park's OpenID provider in a real Chromium: the sign-in page's link leads to the
 * provider's own sign-in page, where the person signs in, and the provider sends them back to the
 * portal, signed in. A new person lands as a buyer; a shop operator whose account a park
 * administrator created for their email lands in that account; a buyer's own account with the email
 * stays theirs, and the page says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SingleSignOnBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        ParkIdentityProvider.register(registry);
    }

    @Test
    void aNewPersonSignsInWithTheParksProviderAndLandsInThePortalAsABuyer() {
        String name = "chen.jing-" + fresh();

        signOn(fresh(), name + "@example.com");

        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("待办");
        assertThat(browser.waitFor(By.id("nav-file")).isDisplayed()).as("a buyer files").isTrue();
        browser.click(By.id("whoami"));
        assertThat(browser.waitFor(By.id("account-username")).getText()).isEqualTo(name);
        browser.screenshot("single-sign-on-buyer");
    }

    @Test
    void aShopOperatorWhoseAccountTheParkCreatedForTheirEmailSignsIntoIt() {
        String name = "op-" + fresh();
        api.as("parkadmin1").body(Map.of("username", name, "displayName", "虎门蕾丝店运营", "email", name + "@example.com",
                "role", "SHOP", "shopIds", List.of("shop-hm-001"))).post("/api/admin/users").then().statusCode(201);

        signOn(fresh(), name + "@example.com");

        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        assertThat(browser.waitFor(By.id("nav-shop-shop-hm-001")).isDisplayed()).isTrue();
        browser.click(By.id("whoami"));
        assertThat(browser.waitFor(By.id("account-username")).getText()).isEqualTo(name);
    }

    @Test
    void aBuyersOwnAccountWithTheEmailIsNotTakenOverAndThePageSaysWhy() {
        String name = "li.na-" + fresh();
        api.anonymous().body(Map.of("username", name, "displayName", "李娜", "email", name + "@example.com",
                "password", "珍珠江 pearl river")).post("/api/signup").then().statusCode(201);

        signOn(fresh(), name + "@example.com");

        browser.waiting().until(ExpectedConditions.urlContains("sso=email-taken"));
        assertThat(browser.waitFor(By.id("sso-refused")).getText())
                .isEqualTo("已有一个自行注册的账户使用此邮箱：请用该账户的用户名和密码登录。它不会关联到您在登录服务的账户。");
        browser.screenshot("single-sign-on-refused");
        browser.signIn(name, "珍珠江 pearl river");
        assertThat(browser.url().getPath()).isEqualTo("/inbox");
    }

    /** From the sign-in page to the provider's, where the person signs in as {@code subject} with a verified email. */
    private void signOn(String subject, String email) {
        browser.open("/login");
        browser.click(By.linkText("使用 " + ParkIdentityProvider.NAME + " 登录"));
        browser.fill("username", subject).fill("claims", "{\"email\": \"" + email + "\", \"email_verified\": true}");
        WebElement submit = browser.waitFor(By.cssSelector("input[type=submit]"));
        submit.click();
        browser.waitUntilGone(submit);
    }

    private static String fresh() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
