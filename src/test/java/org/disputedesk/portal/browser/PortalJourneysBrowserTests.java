package org.disputedesk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each role's main journey through the portal in a real Chromium that asks for Chinese pages: what
 * the person clicks and types, and the stage the case reaches. The API sets up only what another
 * journey already shows in the browser. Screenshots of each main page land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class PortalJourneysBrowserTests {

    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Api api;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void buyerFilesWithEvidenceShopCounterOffersAndTheCaseEndsResolvedAndRated() throws IOException {
        Path photo = Files.write(Files.createTempFile("seam", ".png"), SampleInputs.tinyPng());

        browser.signIn("buyer1", PASSWORD);
        assertThat(browser.url().getPath()).isEqualTo("/inbox");
        browser.screenshot("inbox-buyer");
        browser.click(By.id("nav-file"));
        browser.fill("shopId", "shop-hm-001").fill("orderRef", "JD-88001")
                .fill("description", "直播间展示的是纯棉，收到的吊牌写着 65% 涤纶。")
                .fill("orderAmount", "259.00").fill("claimedAmount", "120.50")
                .fill("livestream.room", "humen-live-07").fill("livestream.offsetSeconds", "1830");
        select("filing-category", "NOT_AS_DESCRIBED");
        select("filing-desiredRemedy", "REFUND");
        browser.driver().findElement(By.id("filing-evidence")).sendKeys(photo.toString());
        browser.waitFor(By.cssSelector("#filing-preview img"));
        browser.fullScreenshot("file-complaint");
        browser.click(By.id("submit-filing"));
        browser.waiting().until(ExpectedConditions.urlContains("/cases/"));
        String id = browser.url().getPath().substring("/cases/".length());

        assertThat(stage()).isEqualTo("等待商家答复");
        assertThat(browser.waitFor(By.id("evidence")).getText()).contains(photo.getFileName().toString());
        assertThat(browser.waitFor(By.cssSelector("#process-picture g.current")).getAttribute("data-element"))
                .isEqualTo("UserTask_ShopResponse");
        browser.fullScreenshot("case-buyer");

        browser.signIn("shop1", PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        browser.fill(By.id("message-text"), "请问吊牌照片能否再拍清楚一些？");
        submit(By.id("send-message"));
        assertThat(browser.waitFor(By.id("messages")).getText()).contains("shop1", "请问吊牌照片能否再拍清楚一些？");
        Path label = Files.write(Files.createTempFile("label", ".png"), SampleInputs.tinyPng());
        browser.driver().findElement(By.id("evidence-file")).sendKeys(label.toString());
        browser.waitFor(By.cssSelector("#evidence-preview img"));
        browser.fill(By.id("evidence-note"), "仓库留样吊牌");
        submit(By.id("upload-evidence"));
        assertThat(browser.waitFor(By.id("evidence")).getText()).contains(label.getFileName().toString(), "仓库留样吊牌");
        assertThat(browser.driver().findElement(By.id("shop-response-remedy")).isDisplayed())
                .as("remedy asked only for a counter-offer").isFalse();
        browser.click(By.id("shop-response-decision-COUNTER_OFFER"));
        select("shop-response-remedy", "REFUND");
        browser.fill(By.id("shop-response-amount"), "80").fill(By.id("shop-response-message"), "可退 80 元，请见谅。");
        browser.fullScreenshot("case-shop");
        submit("shop-response");
        assertThat(stage()).isEqualTo("买家确认答复");

        browser.signIn("buyer1", PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        assertThat(browser.waitFor(By.id("case-offer")).getText()).contains("还价", "80");
        browser.click(By.id("buyer-review-decision-ACCEPT"));
        submit("buyer-review");
        assertThat(stage()).isEqualTo("商家履行中");

        browser.signIn("shop1", PASSWORD);
        browser.open("/cases/" + id).fill(By.id("fulfilment-proof"), "支付宝退款流水 2026112500017");
        submit("fulfilment");
        assertThat(stage()).isEqualTo("买家确认收到");

        browser.signIn("buyer1", PASSWORD);
        browser.open("/cases/" + id).click(By.id("receipt-received-true"));
        submit("receipt");
        assertThat(stage()).isEqualTo("已结案");
        assertThat(browser.waitFor(By.id("case-outcome")).getText()).isEqualTo("已解决");
        browser.click(By.id("rating-score-5")).fill(By.id("rating-comment"), "园区处理很快");
        submit("rating");
        assertThat(browser.waitFor(By.id("case-rating")).getText()).startsWith("★★★★★");
        assertThat(browser.driver().findElements(By.id("step-rating"))).isEmpty();
        assertThat(api.stageOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void mediatorAsksTheShopEscalatesToTheCommitteeAndRulesForTheBuyer() {
        String id = api.fileComplaint("buyer2", "shop-hm-002", "TM-4410");
        api.step("shop2", id, "shop-response", Map.of("decision", "REJECT", "message", "吊牌合规")).statusCode(200);
        api.step("buyer2", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);

        browser.signIn("mediator1", PASSWORD);
        assertThat(browser.waitFor(By.cssSelector("#inbox tr[data-case='" + id + "']")).isDisplayed()).isTrue();
        browser.screenshot("inbox-mediator");
        browser.click(By.id("nav-cases"));
        select("filter-stage", "MEDIATION");
        browser.click(By.id("apply-filter"));
        browser.waitFor(By.cssSelector("#cases tr[data-case='" + id + "']"));
        browser.screenshot("cases-park-queue");
        browser.click(By.cssSelector("#cases tr[data-case='" + id + "'] a"));
        submit("claim");
        assertThat(browser.waitFor(By.id("case-mediator")).getText()).isEqualTo("mediator1");
        assertThat(browser.waitFor(By.id("case-priority")).getText()).isEqualTo("普通");
        askForInformation("SHOP", "请提供吊牌的纤维成分检测报告。", "需要检测报告");
        browser.fullScreenshot("case-mediator");
        submit("decision");
        assertThat(stage()).isEqualTo("等待补充材料");

        answerFromTheInbox("shop2", id, "请提供吊牌的纤维成分检测报告。", "检测报告编号 HM-2026-311，成分与吊牌一致。");
        submit("information");
        assertThat(stage()).isEqualTo("园区调解中");

        browser.signIn("mediator1", PASSWORD);
        browser.open("/cases/" + id);
        select("decision-decision", "ESCALATE");
        browser.fill(By.id("decision-question"), "吊牌的纤维成分标注是否符合 GB/T 29862？")
                .fill(By.id("decision-reasoning"), "成分标注问题，请委员会认定");
        submit("decision");
        assertThat(stage()).isEqualTo("委员会审查");

        browser.signIn("committee1", PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        browser.click(By.id("committee-ruling-finding-NONCONFORMING"));
        List<WebElement> first = citationRow("committee-ruling", 0);
        first.get(0).sendKeys("GB/T 29862-2013");
        first.get(1).sendKeys("4");
        browser.click(By.id("committee-ruling-citations-add"));
        List<WebElement> second = citationRow("committee-ruling", 1);
        second.get(0).sendKeys("GB 5296.4-2012");
        second.get(1).sendKeys("5.2");
        browser.fill(By.id("committee-ruling-reasoning"), "纤维含量标注与实测不符。");
        browser.fullScreenshot("case-committee");
        submit("committee-ruling");
        assertThat(stage()).isEqualTo("园区调解中");
        assertThat(browser.waitFor(By.id("case-committee-ruling")).getText())
                .contains("不符合标准", "GB/T 29862-2013 4", "GB 5296.4-2012 5.2");

        // the mediator's ruling cites the clause the committee found broken
        browser.signIn("mediator1", PASSWORD);
        browser.open("/cases/" + id);
        select("decision-decision", "RULE_FOR_BUYER");
        select("decision-remedy", "RETURN_AND_REFUND");
        browser.fill(By.id("decision-amount"), "99").fill(By.id("decision-reasoning"), "依据委员会认定支持买家");
        List<WebElement> cited = citationRow("decision", 0);
        cited.get(0).sendKeys("GB/T 29862-2013");
        cited.get(1).sendKeys("4");
        submit("decision");
        assertThat(stage()).isEqualTo("裁决可上诉期");
        assertThat(browser.waitFor(By.id("case-ruling")).getText()).contains("依据委员会认定支持买家",
                "GB/T 29862-2013 4");
        assertThat(browser.waitFor(By.id("case-agreed")).getText()).contains("退货退款", "99");

        browser.click(By.id("nav-park"));
        browser.waitFor(By.id("chart-by-stage"));
        assertThat(browser.waitFor(By.id("chart-by-category")).getText()).contains("标签或吊牌不规范");
        browser.fullScreenshot("park-dashboard");

        browser.signIn("committee1", PASSWORD);
        browser.click(By.id("nav-violations"));
        assertThat(browser.waitFor(By.cssSelector("#chart-violations-by-shop g.row[data-key='shop-hm-002']"))
                .getAttribute("data-value")).isNotEqualTo("0");
        browser.fullScreenshot("committee-violations");
        browser.click(By.id("nav-standards"));
        browser.waitFor(By.cssSelector("section[data-code='GB/T 29862-2013'] tr[data-clause='4']"));
        browser.fullScreenshot("committee-standards");

        browser.signIn("shop2", PASSWORD);
        browser.click(By.id("nav-shop-shop-hm-002"));
        assertThat(browser.waitFor(By.cssSelector("#chart-shop-violations")).getText()).contains("GB/T 29862-2013");
        browser.fullScreenshot("shop-record");
    }

    @Test
    void theShopAppealsARulingWithNewEvidenceAndAnotherMediatorOverturnsIt() throws IOException {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JD-APPEAL-7");
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "吊牌合规")).statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        mediatorSetsTerms(id, "RULE_FOR_BUYER", "REFUND", "199", "吊牌与实物不符，支持买家");

        browser.signIn("shop1", PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        assertThat(stage()).isEqualTo("裁决可上诉期");
        browser.fill(By.id("appeal-grounds"), "我们有新的检测报告。").click(By.id("submit-appeal"));
        assertThat(browser.waitFor(By.cssSelector("#step-appeal .problem")).getText()).contains("上诉须提供新材料");

        Path report = Files.write(Files.createTempFile("report", ".png"), SampleInputs.tinyPng());
        browser.driver().findElement(By.id("evidence-file")).sendKeys(report.toString());
        browser.waitFor(By.cssSelector("#evidence-preview img"));
        submit(By.id("upload-evidence"));
        browser.fill(By.id("appeal-grounds"), "第三方检测报告显示成分与吊牌一致。");
        browser.click(By.xpath("//fieldset[@id='appeal-evidenceIds']/label[contains(., '"
                + report.getFileName() + "')]/input"));
        browser.fullScreenshot("case-shop-appeal");
        submit("appeal");
        assertThat(stage()).isEqualTo("上诉审查中");
        assertThat(browser.waitFor(By.id("case-appeal")).getText()).contains("商家", "shop1", "第三方检测报告");

        browser.signIn("mediator1", PASSWORD);
        browser.open("/cases/" + id);
        assertThat(browser.driver().findElements(By.id("step-appeal-decision"))).as("the ruling mediator's").isEmpty();

        browser.signIn("mediator3", PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        assertThat(browser.driver().findElement(By.id("appeal-decision-remedy")).isDisplayed()).isFalse();
        select("appeal-decision-decision", "OVERTURN");
        browser.fill(By.id("appeal-decision-reasoning"), "检测报告证明吊牌标注无误，撤销原裁决。");
        browser.fullScreenshot("case-mediator-appeal-review");
        submit("appeal-decision");
        assertThat(stage()).isEqualTo("已结案");
        assertThat(browser.waitFor(By.id("case-outcome")).getText()).isEqualTo("已驳回");
        assertThat(browser.waitFor(By.id("case-appeal-decision")).getText()).contains("撤销原裁决", "mediator3");
        assertThat(browser.waitFor(By.id("timeline")).getText()).contains("对裁决提出上诉", "上诉审查撤销原裁决");
        assertThat(api.stageOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void mediatorGoesFromTheOverdueCountToALateCaseAsksTheBuyerAndSettlesOnceTheBuyerAnswers() {
        String otherCategory = api.fileComplaint("buyer2", "shop-hm-002", "TM-LATE-2");
        String late = api.fileComplaint("buyer1", sizeMismatch("shop-hm-001", "JD-LATE-3"));
        api.step("shop1", late, "shop-response", Map.of("decision", "REJECT", "message", "尺码表已标明")).statusCode(200);
        api.step("buyer1", late, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(11))));
        String onTime = api.fileComplaint("buyer2", sizeMismatch("shop-hm-002", "TM-FRESH-4"));

        browser.signIn("mediator1", PASSWORD);
        browser.click(By.id("nav-park")).click(By.id("card-overdue-cases"));
        assertThat(browser.waitFor(By.id("filter-overdue")).isSelected()).isTrue();
        select("filter-category", "SIZE_MISMATCH");
        browser.click(By.id("apply-filter"));
        WebElement row = browser.waitFor(By.cssSelector("#cases tr[data-case='" + late + "']"));
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(browser.driver().findElement(By.id("cases")).getText()).doesNotContain(onTime, otherCategory);
        assertThat(browser.driver().findElement(By.id("filter-overdue")).isSelected()).as("filter kept").isTrue();
        browser.screenshot("cases-park-queue-overdue");
        browser.click(By.cssSelector("#cases tr[data-case='" + late + "'] a"));
        submit("claim");
        askForInformation("BUYER", "请提供衣服平铺测量的照片。", "需要核对尺码");
        submit("decision");
        assertThat(stage()).isEqualTo("等待补充材料");

        answerFromTheInbox("buyer1", late, "请提供衣服平铺测量的照片。", "衣长 62 厘米，尺码表写 68 厘米，照片已上传。");
        browser.fullScreenshot("case-buyer-information");
        submit("information");
        assertThat(stage()).isEqualTo("园区调解中");
        assertThat(browser.waitFor(By.id("timeline")).getText()).contains("衣长 62 厘米");

        mediatorSetsTerms(late, "SETTLE", "EXCHANGE", "0", "双方同意换大一码");
        assertThat(browser.waitFor(By.id("case-agreed")).getText()).contains("换货");
        assertThat(api.stageOf(late)).isEqualTo("FULFILMENT");
    }

    @Test
    void buyerWithdrawsAfterConfirming() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JD-90210");
        browser.signIn("buyer1", PASSWORD);
        browser.open("/cases/" + id).click(By.id("submit-withdrawal"));
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("case-outcome"), "已撤回"));
        assertThat(stage()).isEqualTo("已结案");
        assertThat(api.stageOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void aRefusedFilingShowsWhyAndFilesNothing() {
        int before = buyerCases("buyer2");
        browser.signIn("buyer2", PASSWORD);
        browser.open("/complaints/new");
        browser.fill("shopId", "shop-hm-001").fill("orderRef", "JD-1").fill("description", "索赔超过订单金额")
                .fill("orderAmount", "50").fill("claimedAmount", "500");
        select("filing-category", "QUALITY_DEFECT");
        select("filing-desiredRemedy", "COMPENSATION");
        browser.click(By.id("submit-filing"));
        WebElement problem = browser.waitFor(By.cssSelector("#filing .problem"));
        assertThat(problem.getText()).startsWith("请求被拒绝");
        browser.screenshot("file-complaint-refused");
        assertThat(browser.url().getPath()).isEqualTo("/complaints/new");
        assertThat(buyerCases("buyer2")).isEqualTo(before);
    }

    @Test
    void overdueWorkIsRedInTheShopsInbox() {
        String id = api.fileComplaint("buyer2", "shop-hm-001", "JD-LATE-1");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3))));
        browser.signIn("shop1", PASSWORD);
        WebElement row = browser.waitFor(By.cssSelector("#inbox tr[data-case='" + id + "']"));
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(row.findElement(By.cssSelector(".flag")).getText()).isEqualTo("已超时");
        assertThat(row.getText()).contains("普通").doesNotContain("NORMAL");
        assertThat(row.findElement(By.cssSelector("td")).getCssValue("color")).isEqualTo("rgba(198, 40, 40, 1)");
        browser.screenshot("inbox-shop-overdue");
    }

    @Test
    void aCaseOfAnotherBuyerIsNotFoundAndFilingIsForBuyersOnly() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JD-PRIVATE");
        browser.signIn("buyer2", PASSWORD);
        browser.open("/cases/" + id);
        assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("未找到");
        browser.signIn("shop1", PASSWORD);
        browser.open("/complaints/new");
        assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo("您无权执行此操作。");
    }

    private int buyerCases(String buyer) {
        return api.get(buyer, "/api/complaints?size=100").statusCode(200).extract().jsonPath().getList("$").size();
    }

    /**
     * The mediator settles or rules for the buyer on these terms: the shop has to fulfil a settlement
     * at once, a ruling once its appeal window is over.
     */
    private static void mediatorSetsTerms(String id, String decision, String remedy, String amount, String reasoning) {
        browser.signIn("mediator1", PASSWORD);
        browser.open("/cases/" + id);
        select("decision-decision", decision);
        select("decision-remedy", remedy);
        browser.fill(By.id("decision-amount"), amount).fill(By.id("decision-reasoning"), reasoning);
        submit("decision");
        assertThat(stage()).isEqualTo(decision.equals("SETTLE") ? "商家履行中" : "裁决可上诉期");
    }

    /** Fills the mediation form to ask {@code party} a question; the caller submits it. */
    private static void askForInformation(String party, String question, String reasoning) {
        select("decision-decision", "REQUEST_INFO");
        browser.click(By.id("decision-party-" + party));
        browser.fill(By.id("decision-question"), question).fill(By.id("decision-reasoning"), reasoning);
    }

    /** Opens the case from the asked party's inbox, checks the question shown and types the answer. */
    private static void answerFromTheInbox(String user, String id, String question, String answer) {
        browser.signIn(user, PASSWORD);
        browser.click(By.cssSelector("#inbox tr[data-case='" + id + "'] a"));
        assertThat(browser.waitFor(By.id("information-question")).getText()).isEqualTo(question);
        browser.fill(By.id("information-text"), answer);
    }

    private static Map<String, Object> sizeMismatch(String shopId, String orderRef) {
        Map<String, Object> body = new HashMap<>(SampleInputs.complaint(shopId, orderRef));
        body.put("category", "SIZE_MISMATCH");
        return body;
    }

    private List<WebElement> citationRow(String form, int index) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#" + form + "-citations [data-list-row]"));
        return rows.get(index).findElements(By.cssSelector("input"));
    }

    private static void select(String id, String value) {
        new Select(browser.waitFor(By.id(id))).selectByValue(value);
    }

    /** Submits a step's form and waits for the page the portal reloads. */
    private static void submit(String step) {
        submit(By.id("submit-" + step));
    }

    private static void submit(By submitButton) {
        WebElement button = browser.waitFor(submitButton);
        button.click();
        browser.waitUntilGone(button);
    }

    private static String stage() {
        return browser.waitFor(By.id("case-stage")).getText();
    }
}
