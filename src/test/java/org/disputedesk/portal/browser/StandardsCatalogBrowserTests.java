package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A committee member keeps the catalog from its page: adds a standard with a clause, adds another
 * clause, and marks it superseded by a seeded standard; everyone reads it in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class StandardsCatalogBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @Test
    void aCommitteeMemberAddsAStandardAClauseAndSupersedesIt() {
        browser.signIn("committee1", "demo");
        browser.click(By.id("nav-standards"));
        assertThat(browser.waitFor(By.id("standard-GB-5296.4-2012")).getText())
                .contains("消费品使用说明 第4部分：纺织品和服装", "纤维成分及含量");

        browser.fill(By.id("standard-code"), "FZ/T 73020-2019").fill(By.id("standard-title"), "Knitted casual wear")
                .fill(By.id("standard-titleZh"), "针织休闲服装");
        WebElement row = browser.waitFor(By.cssSelector("#standard-form [data-list-row]"));
        row.findElement(By.name("clause")).sendKeys("4.1");
        row.findElement(By.name("title")).sendKeys("Appearance quality");
        row.findElement(By.name("titleZh")).sendKeys("外观质量");
        browser.click(By.id("add-standard"));

        WebElement added = browser.waitFor(By.id("standard-FZ-T-73020-2019"));
        assertThat(added.getText()).contains("针织休闲服装", "外观质量");
        added.findElement(By.name("clause")).sendKeys("4.2");
        added.findElement(By.name("title")).sendKeys("Fibre content");
        added.findElement(By.name("titleZh")).sendKeys("纤维含量");
        added.findElement(By.cssSelector("form.add-clause button[type=submit]")).click();
        browser.waitForText("纤维含量");

        added = browser.waitFor(By.id("standard-FZ-T-73020-2019"));
        new org.openqa.selenium.support.ui.Select(added.findElement(By.name("supersededBy")))
                .selectByValue("GB 5296.4-2012");
        added.findElement(By.cssSelector("button.supersede")).click();
        browser.waitFor(By.cssSelector("#standard-FZ-T-73020-2019[data-status='SUPERSEDED']"));
        assertThat(browser.waitFor(By.id("standard-FZ-T-73020-2019")).getText()).contains("已被 GB 5296.4-2012 代替");
        browser.screenshot("standards-kept");

        api.get("buyer1", "/api/standards").statusCode(200)
                .body("find { it.code == 'FZ/T 73020-2019' }.clauses.clause",
                        org.hamcrest.Matchers.equalTo(java.util.List.of("4.1", "4.2")))
                .body("find { it.code == 'FZ/T 73020-2019' }.status", org.hamcrest.Matchers.equalTo("SUPERSEDED"));
    }

    @Test
    void aShopReadsTheCatalogWithoutTheCommitteesForms() {
        browser.signIn("shop1", "demo");
        browser.open("/committee/standards?lang=en");
        assertThat(browser.waitFor(By.id("standard-GB-31701-2015")).getText())
                .contains("Safety technical code for textile products for infants and children");
        assertThat(browser.driver().findElements(By.id("standard-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("form.add-clause"))).isEmpty();
    }
}
