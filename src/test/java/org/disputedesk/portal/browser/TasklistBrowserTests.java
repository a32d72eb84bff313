package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's own Tasklist works a complaint's step: the administrator opens it on the filter of open
 * steps, finds one of five cases waiting for their shops by the case in its task's name, claims
 * the task and completes the shop's answer in the Camunda Form deployed with the process. The case
 * must then be where the same answer through the API takes it. Tasklist speaks English or German,
 * so this browser asks for English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class TasklistBrowserTests {

    /** The tasks Tasklist lists, each a link named as its task. */
    private static final By TASKS = By.cssSelector(".tasks-list li.task h4 a");

    @RegisterExtension
    static final Browser browser = new Browser("en");

    @Autowired
    Api api;

    @Test
    void adminFindsACaseByItsTaskNameClaimsItAndAcceptsTheBuyersRemedyInTheTasksForm() {
        List<String> waiting = IntStream.range(0, 5)
                .mapToObj(i -> api.fileComplaint("buyer1", "shop-hm-001", "TL-" + UUID.randomUUID()))
                .toList();
        String id = waiting.get(2);

        browser.signIn("admin", "demo");
        browser.open("/camunda/app/tasklist/default/");
        // Tasklist's first load in a run fetches and compiles its whole application: more than the usual wait.
        By activeFilter = By.cssSelector(".task-filter.active .name a");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(activeFilter));
        assertThat(browser.waitFor(activeFilter).getText()).startsWith("Open steps");
        browser.screenshot("tasklist-open-steps");

        // Typed into the search, plain text becomes the criterion "Name like".
        browser.fill(By.cssSelector(".search-container input.main-field"), id + Keys.ENTER);
        browser.waiting().until(d -> d.findElements(TASKS).size() == 1
                && d.findElement(TASKS).getText().equals("Shop responds: " + id));
        browser.click(TASKS);
        browser.click(By.cssSelector("button.claim"));
        browser.waitFor(By.cssSelector(".unclaim"));

        browser.click(By.xpath("//label[normalize-space()=\"Accept the buyer's remedy\"]"));
        String message = browser.waitFor(By.xpath("//label[starts-with(normalize-space(), 'Message to the buyer')]"))
                .getAttribute("for");
        browser.fill(By.id(message), "Accepted: the refund is on its way.");
        browser.fullScreenshot("tasklist-shop-response");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));

        // Either the step is taken, or Tasklist shows why the engine refused it.
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> "FULFILMENT".equals(api.stageOf(id))
                || !d.findElements(By.cssSelector(".alert-danger")).stream().filter(WebElement::isDisplayed).toList().isEmpty());
        String refused = String.join(" / ", browser.driver().findElements(By.cssSelector(".alert-danger")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList());
        String stage = api.get("buyer1", "/api/complaints/" + id).statusCode(200).extract().path("stage");
        assertThat(stage).as("stage after Complete in Tasklist, which showed: %s", refused).isEqualTo("FULFILMENT");
        assertThat(waiting.stream().filter(other -> !other.equals(id)).map(api::stageOf)).containsOnly("SHOP_RESPONSE");
    }
}
