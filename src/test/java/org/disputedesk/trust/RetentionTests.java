package org.disputedesk.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.ComplaintView;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.TimelineVerification;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The retention job: once the engine's clock is past a closed case's retention period, the case's
 * personal data goes, with an audit entry; a case closed more recently and an open case stay as they
 * are. The period is two years here, so that this context's database is its own: the job erases every
 * case past it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "disputes.retention.personal-data=P2Y")
@ActiveProfiles({"demo", "test"})
class RetentionTests {

    @Autowired Retention retention;
    @Autowired ComplaintFiling filing;
    @Autowired BuyerSteps buyerSteps;
    @Autowired CaseViews views;
    @Autowired TimelineVerification chain;
    @Autowired DeskUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCaseClosedLongerAgoThanTheRetentionPeriodLosesItsPersonalDataAndNoOtherCaseDoes() {
        // given a case closed two years and a day ago, one closed a year ago, and one still open
        Instant start = Instant.now();
        moveClockTo(start);
        String old = closedCase();
        moveClockTo(start.plus(Duration.ofDays(365)));
        String recent = closedCase();
        String open = file();

        // when the retention job runs two years and two days after the first closed
        moveClockTo(start.plus(Duration.ofDays(2 * 365 + 2)));
        retention.eraseExpired();

        // then only the old case is erased: its stage and outcome stay, its timeline still verifies
        ComplaintView erased = views.get(admin(), old);
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.buyer()).isNull();
        assertThat(erased.description()).isEmpty();
        assertThat(erased.outcome()).hasToString("WITHDRAWN");
        assertThat(chain.check(old).intact()).isTrue();
        assertThat(views.timeline(admin(), old)).last().satisfies(e -> {
            assertThat(e.action()).hasToString("PERSONAL_DATA_ERASED");
            assertThat(e.actor()).isEqualTo("system");
        });
        for (String kept : new String[] {recent, open}) {
            ComplaintView view = views.get(admin(), kept);
            assertThat(view.erasedAt()).as(kept).isNull();
            assertThat(view.buyer()).isEqualTo("buyer1");
            assertThat(view.description()).isEqualTo("Retention test complaint: Li Lei, Nanshan.");
        }
        // and the audit log says so, by the system, under the case's park
        assertThat(jdbc.sql("select actor || ' ' || action || ' ' || park_id || ' ' || detail from admin_audit "
                + "where target = ?").param("complaint:" + old).query(String.class).list())
                .singleElement().asString().startsWith("system PERSONAL_DATA_ERASED humen closed on ")
                .endsWith("more than P2Y ago");

        // and a second run, on this node or another, finds nothing more to erase
        retention.eraseExpired();
        assertThat(jdbc.sql("select count(*) from admin_audit where target = ?").param("complaint:" + old)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private String closedCase() {
        String id = file();
        buyerSteps.withdraw(users.loadUserByUsername("buyer1"), id);
        return id;
    }

    private String file() {
        return filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Retention test complaint: Li Lei, Nanshan.",
                new BigDecimal("300.00"), new BigDecimal("100.00"), Remedy.REFUND, null), null).complaint().id();
    }

    private DeskUser admin() {
        return users.loadUserByUsername("admin");
    }

    private static void moveClockTo(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }
}
