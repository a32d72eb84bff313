package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.disputedesk.committee.CommitteeReviews.CitationRequest;
import org.disputedesk.committee.CommitteeReviews.RulingRequest;
import org.disputedesk.complaint.CaseViews;
import org.disputedesk.complaint.Finding;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Party;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.Stage;
import org.disputedesk.deadline.Deadline;
import org.disputedesk.deadline.DeadlineUnit;
import org.disputedesk.deadline.ParkDeadlineSettings;
import org.disputedesk.deadline.ParkDeadlines;
import org.disputedesk.mediation.InformationRequests.AnswerRequest;
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
 * of the 2026 calendar (in Humen's time), and mediation's clock stops while the case waits on a
 * party or the committee. The engine's clock is set to the days each test needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class DeadlinesProcessTests extends ProcessTestSupport {

    private static final ZoneId HUMEN = ZoneId.of("Asia/Shanghai");

    @Autowired ParkDeadlineSettings parkDeadlines;
    @Autowired CaseViews views;

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

    @Test
    void mediationsClockStopsWhileAPartyIsAskedAndResumesWithTheTimeItHadLeft() {
        // given a claimed mediation of 10 days, begun on Monday 2 November at 9:00
        Instant begun = at("2026-11-02T09:00");
        String id = caseInClaimedMediation();
        assertDue(id, Timers.MEDIATION_OVERDUE, begun.plus(Duration.ofDays(10)));

        // when three days later the mediator asks the buyer
        at("2026-11-05T09:00");
        requestInformation(id, Party.BUYER);

        // then seven days are left, and the case shows them while it waits
        assertThat(views.get(mediator, id).mediationTimeLeft()).isEqualTo(Duration.ofDays(7));

        // when the buyer answers two days later
        Instant returned = at("2026-11-07T09:00");
        informationRequests.answer(buyer, id, new AnswerRequest("Photos attached."));

        // then mediation resumes with its seven days, and the mediator's reminder comes a day before they end
        Instant due = returned.plus(Duration.ofDays(7));
        assertDue(id, Timers.MEDIATION_OVERDUE, due);
        assertThat(views.get(mediator, id).mediationTimeLeft()).isNull();
        assertThat(jdbc.sql("select due_at from notifications where complaint_id = ? and kind = 'REMINDER' "
                        + "and stage = 'MEDIATION' order by id desc").param(id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list())
                .first().isEqualTo(due);
    }

    @Test
    void mediationsClockStopsWhileTheCommitteeReviewsAndEachStopKeepsWhatWasLeft() {
        // given a mediation of 10 days from 2 November, escalated after four days
        at("2026-11-02T09:00");
        String id = caseInClaimedMediation();
        at("2026-11-06T09:00");
        decide(id, MediationDecision.ESCALATE);
        assertThat(views.get(committee, id).mediationTimeLeft()).isEqualTo(Duration.ofDays(6));

        // when the committee rules ten days later
        Instant ruled = at("2026-11-16T09:00");
        committeeReviews.rule(committee, id, new RulingRequest(Finding.CONFORMING,
                List.of(new CitationRequest("GB/T 29862-2013", "6")), "Within the tolerance."));

        // then the six days remain
        assertDue(id, Timers.MEDIATION_OVERDUE, ruled.plus(Duration.ofDays(6)));

        // when the mediator asks the shop a day later and the request lapses
        at("2026-11-17T09:00");
        requestInformation(id, Party.SHOP);
        Instant lapsed = at("2026-11-20T09:00");
        fireTimer(id, Timers.INFORMATION_LAPSED);

        // then five days remain: four ran before the committee, one before the request
        assertDue(id, Timers.MEDIATION_OVERDUE, lapsed.plus(Duration.ofDays(5)));
    }

    @Test
    void aMediationBegunAfreshHasItsWholeDeadline() {
        // given a mediation that stopped for the committee and resumed with six days, then ruled for the buyer
        at("2026-11-02T09:00");
        String id = caseInClaimedMediation();
        at("2026-11-06T09:00");
        decide(id, MediationDecision.ESCALATE);
        at("2026-11-07T09:00");
        fireTimer(id, Timers.COMMITTEE_OVERDUE);
        decide(id, MediationDecision.RULE_FOR_BUYER);
        at("2026-11-10T09:00");
        fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);

        // when the shop lets its fulfilment lapse, back to mediation for enforcement
        Instant missed = at("2026-11-18T09:00");
        fireTimer(id, Timers.FULFILMENT_MISSED);

        // then the enforcing mediation has its 10 days
        assertDue(id, Timers.MEDIATION_OVERDUE, missed.plus(Duration.ofDays(10)));
    }

    @Test
    void aMediationStoppedLateResumesLateWithoutPassingItsDeadlineTwice() {
        // given a mediation past its 10 days, flagged, whose mediator then asks the buyer
        at("2026-11-02T09:00");
        String id = caseInClaimedMediation();
        at("2026-11-13T09:00");
        fireTimer(id, Timers.MEDIATION_OVERDUE);
        requestInformation(id, Party.BUYER);
        assertThat(views.get(mediator, id).mediationTimeLeft()).isZero();

        // when the buyer answers
        Instant returned = at("2026-11-14T09:00");
        informationRequests.answer(buyer, id, new AnswerRequest("Photos attached."));

        // then the mediation is still late, due when it came back, and its timer adds nothing
        assertDue(id, Timers.MEDIATION_OVERDUE, returned);
        assertThat(complaint(id).mediationOverdue()).isTrue();
        fireTimer(id, Timers.MEDIATION_OVERDUE);
        assertThat(actions(id).stream().filter("DEADLINE_PASSED"::equals)).hasSize(1);
        assertThat(complaint(id).mediationOverdue()).isTrue();
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
