package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * People who come to the desk without a demo account: a shop operator a park administrator created,
 * who signs in with the temporary password, must choose their own and then lands on their inbox;
 * and a buyer who signs up in the portal and files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AccountsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aShopOperatorCreatedByTheParkChoosesTheirOwnPasswordAtTheFirstSignInAndLandsOnTheirInbox() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = api.as("parkadmin1").body(Map.of("username", name, "displayName", "虎门蕾丝店运营",
                        "email", name + "@example.com", "role", "SHOP", "shopIds", List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201).extract().path("temporaryPassword");

        browser.signIn(name, temporary);
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("设置您自己的密码");
        browser.open("/cases");
        assertThat(browser.url().getPath()).as("no page but this one").isEqualTo("/account/password");
        browser.fill("currentPassword", temporary).fill("newPassword", "虎门蕾丝店 2026 春").fill(By.id("password-repeat"),
                "虎门蕾丝店 2025 春");
        browser.click(By.id("submit-password"));
        assertThat(browser.waitFor(By.cssSelector("#new-password .problem")).getText()).isEqualTo("两次输入的密码不一致。");
        browser.fill(By.id("password-repeat"), "虎门蕾丝店 2026 春");
        browser.screenshot("first-sign-in");
        browser.click(By.id("submit-password"));

        browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("待办");
        browser.signIn(name, "虎门蕾丝店 2026 春");
        assertThat(browser.url().getPath()).isEqualTo("/inbox");
        assertThat(browser.waitFor(By.id("nav-shop-shop-hm-001")).isDisplayed()).isTrue();
    }

    @Test
    void aBuyerSignsUpInThePortalAndFiles() {
        String name = "li.na-" + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/login").click(By.id("to-signup"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("注册");
        browser.fill("username", name).fill("displayName", "李娜").fill("email", name + "@example.com")
                .fill("password", "珍珠江 pearl river").fill(By.id("signup-repeat"), "珍珠江 pearl river");
        browser.screenshot("sign-up");
        browser.click(By.id("submit-signup"));

        browser.waiting().until(ExpectedConditions.urlContains("signedUp"));
        assertThat(browser.waitFor(By.id("signed-up")).getText()).isEqualTo("账户已创建：请用用户名和密码登录。");
        browser.signIn(name, "珍珠江 pearl river");
        assertThat(browser.url().getPath()).isEqualTo("/inbox");
        browser.click(By.id("nav-file"));
        browser.fill("shopId", "shop-hm-002").fill("orderRef", "PDD-" + name)
                .fill("description", "童装尺码与详情页不符。").fill("orderAmount", "89.00").fill("claimedAmount", "89.00");
        new Select(browser.waitFor(By.id("filing-category"))).selectByValue("SIZE_MISMATCH");
        new Select(browser.waitFor(By.id("filing-desiredRemedy"))).selectByValue("RETURN_AND_REFUND");
        browser.click(By.id("submit-filing"));

        browser.waiting().until(ExpectedConditions.urlContains("/cases/"));
        assertThat(browser.waitFor(By.id("case-stage")).getText()).isEqualTo("等待商家答复");
        browser.click(By.id("whoami"));
        assertThat(browser.waitFor(By.id("account-username")).getText()).isEqualTo(name);
        new Select(browser.waitFor(By.id("account-locale"))).selectByValue("en");
        browser.click(By.id("submit-account"));
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "My account"));
        browser.screenshot("my-account-en");
    }
}
