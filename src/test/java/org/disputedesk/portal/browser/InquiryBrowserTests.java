package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputedesk.api.Api;
import org.disputedesk.api.InquiryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The committee's journey through a standards inquiry three findings opened: the notice sent from the
 * inquiry's page, the shop told of it among its notifications and sending its corrective plan from the same
 * page, the verdict, and the shop's public record that shows it, in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class InquiryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void theCommitteeSendsTheNoticeTheShopItsPlanAndTheCommitteeItsVerdict() {
        String id = new InquiryFixtures(api).openInquiry("shop-hm-001");

        // the committee finds it in its list and sends the notice, citing a clause of the catalog
        browser.signIn("committee1", "demo");
        browser.click(By.id("nav-inquiries"));
        browser.waitFor(By.cssSelector("#inquiries tr[data-key='" + id + "'] a.open-inquiry")).click();
        assertThat(browser.waitFor(By.id("inquiry-stage")).getText()).isEqualTo("待委员会发出通知");
        assertThat(browser.driver().findElements(By.cssSelector("#inquiry-findings a"))).hasSizeGreaterThanOrEqualTo(3);
        browser.fill(By.id("notice-requirements"), "所有吊牌须标注实测纤维成分。");
        WebElement citation = browser.waitFor(By.cssSelector("#notice-citations [data-list-row]"));
        citation.findElement(By.name("standard")).sendKeys("GB/T 29862-2013");
        citation.findElement(By.name("clause")).sendKeys("6");
        browser.click(By.id("submit-notice"));
        browser.waitFor(By.cssSelector("#inquiry-stage[data-stage='CORRECTIVE_PLAN']"));
        assertThat(browser.waitFor(By.id("inquiry-citations")).getText()).contains("GB/T 29862-2013 §6");
        assertThat(browser.driver().findElements(By.id("step-corrective-plan"))).isEmpty();

        // the shop is told its plan is due, and its notice leads to the inquiry's page, where it answers
        browser.signIn("shop1", "demo");
        browser.click(By.id("nav-notifications"));
        WebElement notice = browser.waitFor(By.cssSelector("#notifications tr[data-inquiry='" + id + "']"));
        assertThat(notice.getText()).contains("针对虎门蕾丝服饰旗舰店的标准调查等待您处理", "提交整改计划", "(UTC+08:00)");
        notice.findElement(By.tagName("a")).click();
        assertThat(browser.url().getPath()).isEqualTo("/committee/inquiries/" + id);
        assertThat(browser.waitFor(By.id("inquiry-requirements")).getText()).isEqualTo("所有吊牌须标注实测纤维成分。");
        browser.fill(By.id("corrective-plan-plan"), "下周起改用认证印刷厂的吊牌。");
        browser.click(By.id("submit-corrective-plan"));
        browser.waitFor(By.cssSelector("#inquiry-stage[data-stage='VERIFICATION']"));

        // the committee verifies it and closes the inquiry
        browser.signIn("committee1", "demo");
        browser.open("/committee/inquiries/" + id);
        assertThat(browser.waitFor(By.id("inquiry-plan")).getText()).isEqualTo("下周起改用认证印刷厂的吊牌。");
        browser.click(By.id("verification-verdict-CORRECTED"));
        browser.fill(By.id("verification-reasoning"), "新吊牌与实测一致。");
        browser.click(By.id("submit-verification"));
        assertThat(browser.waitFor(By.cssSelector("#inquiry-verdict[data-verdict='CORRECTED']")).getText())
                .isEqualTo("已整改");
        browser.screenshot("inquiry-closed");

        // anyone reads the verdict on the shop's public record
        browser.signIn("buyer2", "demo");
        browser.open("/shops/shop-hm-001");
        assertThat(browser.waitFor(By.cssSelector("#shop-inquiries tr[data-key='" + id + "'] .verdict")).getText())
                .isEqualTo("已整改");
    }
}
