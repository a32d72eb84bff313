package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.disputedesk.appeal.AppealSteps.AppealDecisionRequest;
import org.disputedesk.complaint.AppealDecision;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Party;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.deadline.Deadline;
import org.disputedesk.deadline.DeadlineUnit;
import org.disputedesk.deadline.ParkDeadlineSettings;
import org.disputedesk.deadline.ParkDeadlines;
import org.disputedesk.process.ComplaintProcess.Ends;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.disputedesk.security.DeskUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The second instance: a mediator's ruling waits out its appeal window, a party's appeal goes to
 * another mediator of the park, and the ruling (as the appeal left it) takes effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class AppealPathsProcessTests extends ProcessTestSupport {

    @Autowired ParkDeadlineSettings parkDeadlines;

    @Test
    void aRulingForTheBuyerNobodyAppealsTakesEffectWhenItsWindowLapses() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_BUYER);

        // when
        fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);

        // then the shop must deliver the ruled terms
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.appeal()).isNull();
        assertThat(complaint.agreed().remedy()).isEqualTo(Remedy.RETURN_AND_REFUND);
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("800.00");
        assertThat(process(id)).hasPassed(Timers.APPEAL_WINDOW_LAPSED).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).endsWith("RULE_FOR_BUYER", "DEADLINE_PASSED", "RULING_TOOK_EFFECT");
        assertThat(timeline.of(id).get(timeline.of(id).size() - 1).detail())
                .isEqualTo("The ruling for the buyer takes effect: the shop must deliver the remedy.");
        assertThat(variables(id)).isEmpty();
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aRulingForTheShopNobodyAppealsRejectsTheComplaintWhenItsWindowLapses() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_SHOP);

        // when
        fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(process(id)).hasPassed(Timers.APPEAL_WINDOW_LAPSED, Ends.REJECTED).isEnded();
        assertThat(jobsOf(id)).isZero();
        assertThat(actions(id)).endsWith("RULE_FOR_SHOP", "DEADLINE_PASSED", "RULING_TOOK_EFFECT", "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void theShopsAppealGoesToTheParksOtherMediatorsWhoseUpholdingSendsTheCaseToFulfilment() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_BUYER);

        // when the shop appeals with a file it uploaded after the ruling
        appeal(shop, id);

        // then
        Complaint appealed = complaint(id);
        assertThat(appealed.stage()).isEqualTo(Stage.APPEAL_REVIEW);
        assertThat(appealed.appeal().party()).isEqualTo(Party.SHOP);
        assertThat(appealed.appeal().by()).isEqualTo("shop1");
        assertThat(appealed.appeal().evidenceIds()).hasSize(1);
        assertThat(appealed.appeal().decision()).isNull();
        assertThat(process(id)).hasPassed(Tasks.APPEAL_WINDOW).isWaitingAt(Tasks.APPEAL_REVIEW).task()
                .hasCandidateGroup(ComplaintProcess.parkGroup("humen")).isNotAssigned();
        assertThat(actions(id)).endsWith("RULE_FOR_BUYER", "EVIDENCE_ADDED", "APPEALED");

        // when mediator3 upholds mediator1's ruling
        upholdAppeal(id);

        // then the ruled terms are the shop's to deliver
        Complaint upheld = complaint(id);
        assertThat(upheld.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(upheld.appeal().decision()).isEqualTo(AppealDecision.UPHOLD);
        assertThat(upheld.appeal().decidedBy()).isEqualTo("mediator3");
        assertThat(upheld.agreed().remedy()).isEqualTo(Remedy.RETURN_AND_REFUND);
        assertThat(upheld.agreed().amount()).isEqualByComparingTo("800.00");
        assertThat(process(id)).hasPassed(Tasks.APPEAL_REVIEW).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).endsWith("APPEALED", "APPEAL_UPHELD");
        assertThat(variables(id)).isEmpty();
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void theBuyersAppealOverturningARulingForTheShopSendsTheNewRemedyToFulfilment() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_SHOP);
        appeal(buyer, id);

        // when
        appealSteps.decide(reviewer, id, new AppealDecisionRequest(AppealDecision.OVERTURN, Remedy.REFUND,
                new BigDecimal("450.00"), "The new photos show the defect."));

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.appeal().party()).isEqualTo(Party.BUYER);
        assertThat(complaint.appeal().decision()).isEqualTo(AppealDecision.OVERTURN);
        assertThat(complaint.agreed().remedy()).isEqualTo(Remedy.REFUND);
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("450.00");
        assertThat(process(id)).hasPassed(Tasks.APPEAL_REVIEW).isWaitingAt(Tasks.FULFILMENT)
                .task().hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID));
        assertThat(actions(id)).endsWith("APPEALED", "APPEAL_OVERTURNED_FOR_BUYER");
        assertThat(timeline.of(id).get(timeline.of(id).size() - 1).detail())
                .contains("450.00", "The new photos show the defect.");
    }

    @Test
    void overturningARulingForTheBuyerRejectsTheComplaintAndLeavesTheShopNothingToDeliver() {
        // given
        String id = caseInAppealReview();

        // when
        appealSteps.decide(reviewer, id, new AppealDecisionRequest(AppealDecision.OVERTURN, null, null,
                "The invoice shows the label was right."));

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(complaint.agreed()).isNull();
        assertThat(process(id)).hasPassed(Tasks.APPEAL_REVIEW, Ends.REJECTED).isEnded();
        assertThat(actions(id)).endsWith("APPEAL_OVERTURNED_FOR_SHOP", "CLOSED");
    }

    @Test
    void anAppealNobodyDecidesInTimeUpholdsTheRuling() {
        // given
        String id = caseInAppealReview();

        // when
        fireTimer(id, Timers.APPEAL_REVIEW_SILENT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.appeal().decision()).isEqualTo(AppealDecision.UPHOLD);
        assertThat(complaint.appeal().decidedBy()).isNull();
        assertThat(complaint.appeal().decidedAt()).isNotNull();
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("800.00");
        assertThat(process(id)).hasPassed(Timers.APPEAL_REVIEW_SILENT).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).endsWith("APPEALED", "DEADLINE_PASSED", "RULING_TOOK_EFFECT");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void theAppealsDeadlinesAreTheParksOwnWhereItSetsThem() {
        // given park humen gives an appeal 36 hours and its review 2 calendar days
        DeskUser admin = users.loadUserByUsername("admin");
        parkDeadlines.replace(admin, "humen", new ParkDeadlines(null, null, null, null, null, null, null,
                new Deadline(36, DeadlineUnit.HOURS), new Deadline(2, DeadlineUnit.CALENDAR_DAYS), null));
        try {
            String id = caseInClaimedMediation();
            Instant ruledAt = Instant.parse("2026-03-02T02:00:00Z");
            ClockUtil.setCurrentTime(Date.from(ruledAt));

            // when mediator1 rules, and the shop appeals an hour later
            decide(id, MediationDecision.RULE_FOR_BUYER);
            Instant windowDue = complaint(id).dueAt();
            ClockUtil.setCurrentTime(Date.from(ruledAt.plus(Duration.ofHours(1))));
            appeal(shop, id);

            // then
            assertThat(windowDue).isEqualTo(ruledAt.plus(Duration.ofHours(36)));
            assertThat(complaint(id).dueAt()).isEqualTo(ruledAt.plus(Duration.ofHours(1)).plus(Duration.ofDays(2)));
        } finally {
            ClockUtil.reset();
            parkDeadlines.replace(admin, "humen", new ParkDeadlines(null, null, null, null, null, null, null, null,
                    null, null));
        }
    }

    @Test
    void aSettlementIsNotAppealableAndGoesStraightToFulfilment() {
        // given
        String id = caseInClaimedMediation();

        // when
        decide(id, MediationDecision.SETTLE);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(process(id)).hasNotPassed(Tasks.APPEAL_WINDOW).isWaitingAt(Tasks.FULFILMENT);
    }

    @Test
    void aRulingOnACaseAppealedBeforeTakesEffectAtOnce() {
        // given a case whose ruling was appealed and upheld, then not fulfilled: back with its mediator
        String id = caseInAppealReview();
        upholdAppeal(id);
        fireTimer(id, Timers.FULFILMENT_MISSED);

        // when the mediator rules again
        decide(id, MediationDecision.RULE_FOR_SHOP);

        // then there is no second appeal window
        assertThat(complaint(id).stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint(id).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(process(id)).hasPassed(Ends.REJECTED).isEnded();
    }
}
