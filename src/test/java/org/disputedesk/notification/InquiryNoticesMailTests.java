package org.disputedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputedesk.notification.LocalMail.htmlOf;
import static org.disputedesk.notification.LocalMail.recipient;
import static org.disputedesk.notification.LocalMail.subjectOf;
import static org.disputedesk.notification.LocalMail.textOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.disputedesk.api.Api;
import org.disputedesk.api.InquiryFixtures;
import org.disputedesk.inquiry.InquiryProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import io.restassured.path.json.JsonPath;

/**
 * A standards inquiry tells its parties as a case does, by mail at a real SMTP server and in the portal: the
 * committee when a step is theirs, the shop when its corrective plan is due and again ahead of that deadline,
 * and the shop how the inquiry ended. The plan is due twelve seconds after the notice, the reminder eight ahead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "disputes.deadlines.corrective-plan=PT12S", "disputes.reminders.before=PT8S",
        "disputes.notifications.dispatch-interval=PT0.2S",
        "disputes.notifications.portal-url=https://disputes.example.com"})
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
// closed after the class: on a database shared by the suite (PostgreSQL), its dispatcher would go on claiming
// notices for a mail server that is gone
@DirtiesContext
class InquiryNoticesMailTests {

    private static final String SHOP = "shop-hm-001";
    static final GreenMail smtp = LocalMail.startServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        LocalMail.sendTo(smtp, registry);
    }

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void theShopIsToldItsPlanIsDueRemindedBeforeTheDeadlineAndToldItsSilenceClosedTheInquiry() throws Exception {
        // given: an inquiry opened by three findings, which the committee is told of
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        MimeMessage opened = mailTo("committee1@example.com", id, "标准调查");
        assertThat(opened.getSubject()).contains("向商家发出委员会的整改通知");
        assertThat(notice("committee1", id)).containsEntry("kind", "ACTION_REQUIRED")
                .containsEntry("stage", "COMMITTEE_NOTICE").containsEntry("link", "/committee/inquiries/" + id)
                .containsEntry("complaintId", null);

        // when: the committee sends its notice
        Instant noticed = Instant.now();
        api.as("committee1").body(fixtures.notice()).post("/api/committee/inquiries/" + id + "/notice").then()
                .statusCode(200);
        Instant due = Instant.parse(api.get("shop1", "/api/committee/inquiries/" + id).extract().path("dueAt"));

        // then: the shop is told, in Chinese, what to send by when, and what its silence leads to
        MimeMessage planDue = mailTo("shop1@example.com", id, "等待您处理");
        assertThat(planDue.getSubject()).contains("针对虎门蕾丝服饰旗舰店的标准调查", "提交整改计划", "(UTC+08:00)");
        assertThat(textOf(planDue)).contains("https://disputes.example.com/committee/inquiries/" + id)
                .contains("期限：").contains("逾期未提交整改计划的，调查以“未整改”结束");
        assertThat(htmlOf(planDue)).contains("href=\"https://disputes.example.com/committee/inquiries/" + id + "\"",
                "查看调查");
        assertThat(notice("shop1", id)).containsEntry("stage", "CORRECTIVE_PLAN").containsEntry("dueAt", due.toString());

        // and reminded ahead of the deadline, not before its time
        MimeMessage reminder = mailTo("shop1@example.com", id, "提醒");
        Instant arrived = Instant.now();
        assertThat(arrived).isAfterOrEqualTo(due.minusSeconds(8)).isBefore(due);
        assertThat(Duration.between(noticed, arrived)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(reminder.getSubject()).contains("仍在等待您处理");

        // when: the deadline passes without a plan
        String process = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(InquiryProcess.KEY).processInstanceBusinessKey(id).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(process)
                .activityId(InquiryProcess.Timers.PLAN_LAPSED).singleResult().getId());

        // then: the shop learns the verdict its silence gave
        MimeMessage closed = mailTo("shop1@example.com", id, "已结束");
        assertThat(closed.getSubject()).contains("未整改");
        assertThat(textOf(closed)).contains("商家的公开记录载明此结论");
        api.get("shop1", "/api/notifications").statusCode(200)
                .body("content.find { it.inquiryId == '" + id + "' }.kind", equalTo("INQUIRY_CLOSED"))
                .body("content.find { it.inquiryId == '" + id + "' }.outcome", equalTo("NOT_CORRECTED"));
    }

    @Test
    void aPlanSentInTimeCancelsTheReminderAndTheCommitteeIsToldToVerifyIt() throws Exception {
        // given
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        String path = "/api/committee/inquiries/" + id;
        api.as("committee1").body(fixtures.notice()).post(path + "/notice").then().statusCode(200);
        mailTo("shop1@example.com", id, "等待您处理");

        // when
        api.as("shop1").body(Map.of("plan", "Labels from a certified printer.")).post(path + "/corrective-plan")
                .then().statusCode(200);

        // then: the committee is told to verify; once its time came, the shop's reminder was dropped, not sent
        assertThat(notice("committee1", id)).containsEntry("stage", "VERIFICATION");
        mailTo("committee1@example.com", id, "核查商家的整改");
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from notifications"
                + " where inquiry_id = ? and kind = 'REMINDER'").param(id).query(Long.class).single() == 0);
        assertThat(mailsAbout(id)).noneMatch(m -> subjectOf(m).contains("提醒"));

        // when the committee finds it corrected, the shop is told, in English since the API reads it so
        api.as("committee1").body(Map.of("verdict", "CORRECTED", "reasoning", "The new labels are right."))
                .post(path + "/verification").then().statusCode(200);
        assertThat((String) notice("shop1", id).get("text"))
                .isEqualTo("The standards inquiry into Humen Lace Fashion Flagship is closed: Corrected.");
        assertThat(mailTo("shop1@example.com", id, "已结束").getSubject()).contains("已整改");
    }

    /** The user's newest notice about the inquiry, as the API answers it. */
    private Map<String, Object> notice(String username, String inquiryId) {
        JsonPath notices = api.get(username, "/api/notifications").statusCode(200).extract().jsonPath();
        return notices.getMap("content.find { it.inquiryId == '" + inquiryId + "' }");
    }

    private static MimeMessage mailTo(String address, String inquiryId, String subjectPart) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(inquiryId).stream()
                .filter(m -> recipient(m).equals(address) && subjectOf(m).contains(subjectPart))
                .findFirst().orElse(null), m -> m != null);
    }

    private static List<MimeMessage> mailsAbout(String inquiryId) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> String.valueOf(textOf(m)).contains("/committee/inquiries/" + inquiryId)).toList();
    }
}
