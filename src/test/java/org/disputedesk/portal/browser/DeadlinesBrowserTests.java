package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.AfterEach;
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
 * Deadlines set in the portal, in a real Chromium that asks for Chinese pages: a park administrator
 * counts the shops' answer in working days and gives mediation more time, a deadline of more than a
 * year is refused next to its field, and the change is in the audit log; an administrator enters a
 * year's holidays and make-up working days, and a weekday given as a make-up working day is refused
 * by its date. Screenshots of each page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class DeadlinesBrowserTests {

    private static final String PASSWORD = "demo";
    /** A year no other test counts in. */
    private static final int YEAR = 2027;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @AfterEach
    void theStoryLeavesNothingBehind() {
        api.as("admin").body(Map.of()).put("/api/admin/parks/humen/deadlines").then().statusCode(200);
        api.as("admin").body(Map.of("holidays", List.of(), "workdays", List.of()))
                .put("/api/admin/calendar/" + YEAR).then().statusCode(200);
    }

    @Test
    void aParkAdministratorCountsTheShopsAnswerInWorkingDaysAndFindsTheChangeInTheAuditLog() {
        browser.signIn("parkadmin1", PASSWORD);
        browser.click(By.id("nav-deadlines"));
        assertThat(browser.waitFor(By.cssSelector("#deadlines-form .lead")).getText())
                .startsWith("虎门电子商务产业园案件各环节");
        assertThat(browser.waitFor(By.cssSelector("tr[data-stage='SHOP_RESPONSE'] .fallback")).getText())
                .isEqualTo("2 天");

        browser.fill(By.id("amount-shopResponse"), "2");
        unit("shopResponse").selectByValue("WORKING_DAYS");
        browser.fill(By.id("amount-mediation"), "400");
        unit("mediation").selectByValue("WORKING_DAYS");
        browser.click(By.id("save-deadlines"));
        assertThat(browser.waitFor(By.cssSelector("tr[data-stage='MEDIATION'] .field-error")).getText())
                .isEqualTo("按天计算的时限最多 366 天");
        assertThat(browser.waitFor(By.cssSelector("#deadlines-form .problem")).getText()).isEqualTo("请检查标出的内容。");
        browser.fullScreenshot("admin-deadlines-refused");
        api.get("parkadmin1", "/api/parks/humen/deadlines").statusCode(200).body("shopResponse", nullValue());

        browser.fill(By.id("amount-mediation"), "15");
        unit("mediation").selectByValue("CALENDAR_DAYS");
        save();

        assertThat(browser.waitFor(By.id("amount-shopResponse")).getAttribute("value")).isEqualTo("2");
        assertThat(unit("shopResponse").getFirstSelectedOption().getText()).isEqualTo("工作日");
        assertThat(unit("mediation").getFirstSelectedOption().getText()).isEqualTo("自然日");
        assertThat(unit("fulfilment").getFirstSelectedOption().getText()).isEqualTo("按系统设置");
        api.get("buyer1", "/api/parks/humen/deadlines").statusCode(200)
                .body("shopResponse.unit", equalTo("WORKING_DAYS")).body("mediation.amount", equalTo(15));
        browser.fullScreenshot("admin-deadlines");

        browser.click(By.id("nav-audit"));
        WebElement changed = browser.waitFor(By.cssSelector("#audit tr[data-action='DEADLINES_CHANGED']"));
        assertThat(changed.getText()).contains("parkadmin1", "修改了园区办理时限", "park:humen",
                "shopResponse：— → 2 WORKING_DAYS", "mediation：— → 15 CALENDAR_DAYS");
    }

    @Test
    void anAdministratorEntersAYearsHolidaysAndMakeUpWorkingDays() {
        browser.signIn("admin", PASSWORD);
        browser.open("/admin/parks"); // an administrator lands in the engine's Cockpit
        browser.click(By.id("nav-calendar"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("2026 年节假日安排");
        assertThat(browser.waitFor(By.id("workdays")).getAttribute("value"))
                .isEqualTo("2026-01-04\n2026-02-14\n2026-02-28\n2026-05-09\n2026-09-20\n2026-10-10");

        browser.click(By.id("year-next"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo(YEAR + " 年节假日安排");
        browser.fill(By.id("holidays"), "2027-10-01\n2027-10-02\n2027-10-03\n2027-10-04\n2027-10-05\n2027-10-06\n"
                + "2027-10-07");
        // Friday 8 October is a working day already
        browser.fill(By.id("workdays"), "2027-09-26 2027-10-08");
        browser.click(By.id("save-calendar"));
        assertThat(browser.waitFor(By.cssSelector("#calendar-form .field-error")).getText())
                .isEqualTo("2027-10-08: 须为周六或周日：其他日期本来就是工作日");
        browser.fullScreenshot("admin-calendar-refused");

        browser.fill(By.id("workdays"), "2027-09-26\n2027-10-09");
        save(By.id("save-calendar"));
        assertThat(browser.waitFor(By.id("holidays")).getAttribute("value")).startsWith("2027-10-01\n2027-10-02")
                .endsWith("2027-10-07");
        assertThat(browser.waitFor(By.id("workdays")).getAttribute("value")).isEqualTo("2027-09-26\n2027-10-09");
        browser.fullScreenshot("admin-calendar");

        // a park administrator reads the year, and cannot change it
        browser.signIn("parkadmin1", PASSWORD);
        browser.open("/admin/calendar?year=" + YEAR);
        assertThat(browser.waitFor(By.id("workday-list")).getText()).isEqualTo("2027-09-26\n2027-10-09");
        assertThat(browser.driver().findElements(By.id("calendar-form"))).isEmpty();
    }

    private static Select unit(String stage) {
        return new Select(browser.waitFor(By.id("unit-" + stage)));
    }

    private static void save() {
        save(By.id("save-deadlines"));
    }

    /** Submits the form and waits for the page it reloads. */
    private static void save(By button) {
        WebElement pressed = browser.waitFor(button);
        pressed.click();
        browser.waitUntilGone(pressed);
    }
}
