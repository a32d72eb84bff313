package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.Stage;
import org.disputedesk.deadline.Deadline;
import org.disputedesk.deadline.DeadlineUnit;
import org.disputedesk.deadline.ParkDeadlineSettings;
import org.disputedesk.deadline.ParkDeadlines;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.disputedesk.security.DeskUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadlines that respect the calendar and the park, through the real model: the timer, the task
 * and the case are due at the same instant, counted by park humen's own deadlines in working days
 * of the 2026 calendar (in Humen's time). The engine's clock is set to the days each test needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class DeadlinesProcessTests extends ProcessTestSupport {

    private static final ZoneId HUMEN = ZoneId.of("Asia/Shanghai");

    @Autowired ParkDeadlineSettings parkDeadlines;

    DeskUser admin;

    @BeforeEach
    void signInTheAdministrator() {
        admin = users.loadUserByUsername("admin");
    }

    @AfterEach
    void restoreTheClockAndTheParksDeadlines() {
        ClockUtil.reset();
        parkDeadlines.replace(admin, "humen", new ParkDeadlines(null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void aShopsTwoWorkingDaysSkipNationalDayAndItsWeekend() {
        // given the park counts the shop's answer in working days, and it is Wednesday 30 September, 10:00
        shopResponseIn(2, DeadlineUnit.WORKING_DAYS);
        at("2026-09-30T10:00");

        // when
        String id = fileMediatedClaim();

        // then 1–7 October are holidays, their weekend among them: Thursday 8 and Friday 9 October count
        assertDue(id, Timers.SHOP_SILENT, humen("2026-10-09T10:00"));
    }

    @Test
    void workingDaysSkipAnOrdinaryWeekend() {
        // given Friday 11 September, 16:45
        shopResponseIn(2, DeadlineUnit.WORKING_DAYS);
        at("2026-09-11T16:45");

        // when
        String id = fileMediatedClaim();

        // then Monday and Tuesday count, at the time of day the shop was asked
        assertDue(id, Timers.SHOP_SILENT, humen("2026-09-15T16:45"));
    }

    @Test
    void aMakeUpWorkingDayCountsAsAWorkingDay() {
        shopResponseIn(1, DeadlineUnit.WORKING_DAYS);

        // Friday 18 September: Sunday 20 September is worked for National Day
        at("2026-09-18T09:30");
        String beforeTheSunday = fileMediatedClaim();
        // Friday 9 October: Saturday 10 October is worked too
        at("2026-10-09T11:00");
        String beforeTheSaturday = fileMediatedClaim();

        assertDue(beforeTheSunday, Timers.SHOP_SILENT, humen("2026-09-20T09:30"));
        assertDue(beforeTheSaturday, Timers.SHOP_SILENT, humen("2026-10-10T11:00"));
    }

    @Test
    void aParksOwnDeadlineOverridesTheInstallationsForTheStagesEnteredAfterIt() {
        // given a case filed under the installation's 48 hours
        Instant filed = at("2026-11-02T10:00");
        String earlier = fileMediatedClaim();

        // when the park gives shops 6 hours
        shopResponseIn(6, DeadlineUnit.HOURS);
        String later = fileMediatedClaim();

        // then the case filed before keeps its deadline, the one after has the park's
        assertDue(earlier, Timers.SHOP_SILENT, filed.plus(Duration.ofHours(48)));
        assertDue(later, Timers.SHOP_SILENT, filed.plus(Duration.ofHours(6)));

        // and a stage the park did not set takes the installation's 72 hours
        Instant answered = at("2026-11-02T12:00");
        shopResponds(later, ShopDecision.REJECT);
        assertDue(later, Timers.BUYER_REVIEW_LAPSED, answered.plus(Duration.ofHours(72)));

        // and the timer fires as the case says: the silent shop of the first case
        fireTimer(earlier, Timers.SHOP_SILENT);
        assertThat(complaint(earlier).stage()).isEqualTo(Stage.MEDIATION);
    }

    // ---- helpers

    private void shopResponseIn(int amount, DeadlineUnit unit) {
        parkDeadlines.replace(admin, "humen", new ParkDeadlines(new Deadline(amount, unit), null, null, null, null,
                null, null, null, null, null));
    }

    /** Sets the engine's clock to {@code localTime} in Humen, and answers that instant. */
    private static Instant at(String localTime) {
        Instant instant = humen(localTime);
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    private static Instant humen(String localTime) {
        return LocalDateTime.parse(localTime).atZone(HUMEN).toInstant();
    }

    /** The case, its open task and the task's deadline timer are all due at {@code expected}. */
    private void assertDue(String id, String timer, Instant expected) {
        Job job = managementService.createJobQuery().processInstanceId(process(id).getId()).activityId(timer)
                .singleResult();
        assertThat(job.getDuedate().toInstant()).as("timer %s", timer).isEqualTo(expected);
        assertThat(complaint(id).dueAt()).as("the case's dueAt").isEqualTo(expected);
        assertThat(taskService.createTaskQuery().processInstanceId(process(id).getId())
                .taskDefinitionKey(ComplaintProcess.taskOf(ComplaintProcess.stagesByTimer().get(timer)))
                .singleResult().getDueDate().toInstant()).as("the task's due date").isEqualTo(expected);
    }
}
