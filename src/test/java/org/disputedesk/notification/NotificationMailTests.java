package org.disputedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputedesk.notification.LocalMail.htmlOf;
import static org.disputedesk.notification.LocalMail.recipient;
import static org.disputedesk.notification.LocalMail.subjectOf;
import static org.disputedesk.notification.LocalMail.textOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Mail as it arrives at a real SMTP server: who receives what, in which language, a reminder ahead
 * of a deadline that is still open, and a mail server that is down delaying mail without failing a
 * step. The shop's deadline is ten seconds and its reminder six seconds ahead of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "disputes.deadlines.shop-response=PT10S", "disputes.reminders.before=PT6S",
        "disputes.notifications.dispatch-interval=PT0.2S", "disputes.notifications.retry-pause=PT1S",
        "disputes.notifications.portal-url=https://disputes.example.com"})
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
// closed after the class: on a database shared by the suite (PostgreSQL), its dispatcher would go on claiming
// notices for a mail server that is gone
@DirtiesContext
class NotificationMailTests {

    static final GreenMail smtp = LocalMail.startServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        LocalMail.sendTo(smtp, registry);
    }

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        // mail of an earlier test's cases may still be on its way
        Thread.sleep(500);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void aNewCaseIsMailedToTheShopInChineseWithItsDeadlineAndLink() throws Exception {
        // when
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());

        // then
        MimeMessage mail = mailTo("shop1@example.com", id);
        assertThat(mail.getSubject()).startsWith("【纠纷处理台】案件 #").contains("等待您处理").contains("答复买家的投诉")
                .contains("(UTC+08:00)");
        assertThat(textOf(mail)).contains("Operator of shop-hm-001，您好", "https://disputes.example.com/cases/" + id)
                .contains("期限：").contains("园区调解员接手");
        assertThat(htmlOf(mail)).contains("href=\"https://disputes.example.com/cases/" + id + "\"", "查看案件");
        assertThat(mailsAbout(id)).extracting(LocalMail::recipient)
                .doesNotContain("buyer1@example.com", "streamer1@example.com", "mediator1@example.com");
    }

    @Test
    void theBuyerReadsTheirMailInTheLanguageTheyChose() throws Exception {
        // given
        String buyer = buyerWhoChose("en");
        String id = api.fileComplaint(buyer, "shop-hm-001", "HM-" + UUID.randomUUID());

        // when
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "Not our label."))
                .statusCode(200);

        // then
        MimeMessage mail = mailTo(buyer + "@example.com", id);
        assertThat(mail.getSubject()).startsWith("[Dispute Desk] Case #")
                .contains("accept the shop's answer or ask the park to mediate");
        assertThat(textOf(mail)).contains("If you do not answer in time, the case lapses.");
    }

    @Test
    void aReminderArrivesAheadOfAnOpenDeadlineAndNotBefore() throws Exception {
        // given
        Instant filed = Instant.now();
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        Instant due = Instant.parse(api.get("shop1", "/api/complaints/" + id).extract().path("dueAt"));

        // then
        MimeMessage reminder = await().atMost(Duration.ofSeconds(15)).until(() -> mailsAbout(id).stream()
                .filter(m -> subjectOf(m).contains("提醒")).findFirst().orElse(null), m -> m != null);
        Instant arrived = Instant.now();
        assertThat(recipient(reminder)).isEqualTo("shop1@example.com");
        assertThat(arrived).isAfterOrEqualTo(due.minusSeconds(6)).isBefore(due);
        assertThat(Duration.between(filed, arrived)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        api.get("shop1", "/api/notifications?unread=true").statusCode(200)
                .body("content.findAll { it.complaintId == '" + id + "' }.kind", org.hamcrest.Matchers
                        .hasItems("ACTION_REQUIRED", "REMINDER"));
    }

    @Test
    void noReminderComesForADeadlineTheShopAlreadyMet() throws Exception {
        // given
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        mailTo("shop1@example.com", id);

        // when
        api.step("shop1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "Sorry, refund on its way."))
                .statusCode(200);

        // then: once its time came, the dispatcher dropped the reminder instead of mailing it
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from notifications"
                + " where complaint_id = ? and kind = 'REMINDER' and stage = 'SHOP_RESPONSE'").param(id)
                .query(Long.class).single() == 0);
        assertThat(mailsAbout(id)).noneMatch(m -> subjectOf(m).contains("提醒"));
    }

    @Test
    void theBuyerAndTheShopAreToldHowTheCaseClosed() throws Exception {
        // given
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());

        // when
        api.step("buyer1", id, "withdrawal", null).statusCode(200);

        // then
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(id).stream()
                .filter(m -> subjectOf(m).contains("已结案")).map(LocalMail::recipient).toList(),
                to -> to.containsAll(List.of("buyer1@example.com", "shop1@example.com")));
        MimeMessage closed = mailsAbout(id).stream().filter(m -> subjectOf(m).contains("已结案")).findFirst()
                .orElseThrow();
        assertThat(closed.getSubject()).contains("已撤回");
        assertThat(textOf(closed)).contains("买家已撤回投诉");
    }

    @Test
    void whoTurnedOffMailForTheirStepsStillSeesThemInThePortal() throws Exception {
        // given
        String buyer = buyerWhoChose("zh-CN");
        api.as(buyer).body(Map.of("actionRequired", false, "reminders", true, "outcomes", true))
                .put("/api/notifications/mail").then().statusCode(200);
        String id = api.fileComplaint(buyer, "shop-hm-001", "HM-" + UUID.randomUUID());

        // when
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "Not our label."))
                .statusCode(200);
        api.step(buyer, id, "withdrawal", null).statusCode(200);

        // then: the closure is mailed, the step that waited for the buyer only shown
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(id).stream()
                .anyMatch(m -> recipient(m).equals(buyer + "@example.com")));
        assertThat(mailsAbout(id)).filteredOn(m -> recipient(m).equals(buyer + "@example.com"))
                .extracting(LocalMail::subjectOf).allMatch(s -> s.contains("已结案"));
        api.get(buyer, "/api/notifications").statusCode(200)
                .body("content.kind", org.hamcrest.Matchers.hasItems("ACTION_REQUIRED", "CASE_CLOSED"));
    }

    @Test
    void aMailServerThatIsDownDelaysMailButNeverAStep() throws Exception {
        // given
        smtp.stop();
        String id;
        try {
            // when
            id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
            api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No.")).statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select max(mail_attempts) from notifications where complaint_id = ?").param(id)
                    .query(Integer.class).single(), attempts -> attempts != null && attempts >= 1);
        } finally {
            smtp.start();
        }

        // then: both notices arrive once the server is back, each once
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsAbout(id).size() >= 2);
        Thread.sleep(1_500);
        assertThat(mailsAbout(id)).extracting(LocalMail::recipient)
                .containsExactlyInAnyOrder("shop1@example.com", "buyer1@example.com");
    }

    private String buyerWhoChose(String locale) {
        String username = "nb" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = api.as("admin").body(Map.of("username", username, "displayName", "New Buyer",
                        "email", username + "@example.com", "role", "BUYER"))
                .post("/api/admin/users").then().statusCode(201).extract().path("temporaryPassword");
        api.as(username, temporary).body(Map.of("currentPassword", temporary, "newPassword", "a-long-password-1"))
                .post("/api/me/password").then().statusCode(204);
        api.as(username, "a-long-password-1").body(Map.of("locale", locale)).patch("/api/me").then().statusCode(200);
        // the password every demo user has, so that the suite's helpers sign in as this buyer too
        jdbc.sql("update users set password_hash = (select password_hash from users where username = 'buyer1')"
                + " where username = ?").param(username).update();
        return username;
    }

    private MimeMessage mailTo(String address, String complaintId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(complaintId).stream()
                .filter(m -> recipient(m).equals(address)).findFirst().orElse(null), m -> m != null);
    }

    private static List<MimeMessage> mailsAbout(String complaintId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> String.valueOf(textOf(m)).contains(complaintId)).toList();
    }
}
