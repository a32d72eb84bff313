package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.buyer.BuyerSteps.RatingRequest;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.process.ComplaintProcess.Ends;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Fulfilment of the agreed or ruled remedy, and the buyer's confirmation of receipt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class FulfilmentPathsProcessTests extends ProcessTestSupport {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void proofOfFulfilmentAsksTheBuyerToConfirmReceipt() {
        // given
        String id = caseInFulfilment();

        // when
        fulfil(id);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.BUYER_CONFIRMATION);
        assertThat(complaint.fulfilmentProof()).isEqualTo("Refund transaction 42");
        assertThat(process(id)).hasPassed(Tasks.FULFILMENT).isWaitingAt(Tasks.BUYER_CONFIRMATION)
                .task().isAssignedTo("buyer1");
        assertThat(actions(id)).endsWith("FULFILLED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aFirstMissedFulfilmentSendsTheCaseToMediationForEnforcement() {
        // given
        String id = caseInFulfilment();

        // when
        fireTimer(id, Timers.FULFILMENT_MISSED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.fulfilmentMisses()).isEqualTo(1);
        assertThat(process(id)).hasPassed(Timers.FULFILMENT_MISSED).isWaitingAt(Tasks.MEDIATION)
                .task().hasCandidateGroup(ComplaintProcess.parkGroup("humen")).isNotAssigned();
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).endsWith("DEADLINE_PASSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aSecondMissedFulfilmentAfterARulingClosesTheCaseAsUnfulfilled() {
        // given
        String id = caseInFulfilment();
        fireTimer(id, Timers.FULFILMENT_MISSED);
        claim(id);
        decide(id, MediationDecision.RULE_FOR_BUYER);
        fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);
        assertThat(complaint(id).stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(process(id)).task().hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID));

        // when
        fireTimer(id, Timers.FULFILMENT_MISSED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.UNFULFILLED);
        assertThat(complaint.fulfilmentMisses()).isEqualTo(2);
        assertThat(process(id)).hasPassed(Ends.UNFULFILLED).isEnded();
        assertThat(jobsOf(id)).isZero();
        assertThat(actions(id)).endsWith("RULE_FOR_BUYER", "DEADLINE_PASSED", "RULING_TOOK_EFFECT", "DEADLINE_PASSED",
                "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void theBuyerConfirmingReceiptResolvesTheCase() {
        // given
        String id = caseInBuyerConfirmation();

        // when
        confirmReceipt(id, true);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(process(id)).hasPassed(Tasks.BUYER_CONFIRMATION, Ends.RESOLVED).isEnded();
        assertThat(jobsOf(id)).isZero();
        assertThat(actions(id)).endsWith("FULFILLED", "RECEIVED", "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aRatingOfTheClosedCaseMarksItAsChanged() {
        // given a case closed an hour ago
        Instant closedAt = EngineClock.now().minus(Duration.ofHours(1));
        ClockUtil.setCurrentTime(Date.from(closedAt));
        String id = caseInBuyerConfirmation();
        confirmReceipt(id, true);
        ClockUtil.reset();

        // when the buyer rates it now
        Instant ratedAt = EngineClock.now();
        buyerSteps.rate(buyer, id, new RatingRequest(4, "Quick refund."));

        // then the case shows the rating as its latest change, and its closure as before
        Complaint complaint = complaint(id);
        assertThat(complaint.closedAt()).isEqualTo(closedAt);
        assertThat(complaint.updatedAt()).isAfterOrEqualTo(ratedAt);
        assertThat(actions(id)).endsWith("RECEIVED", "CLOSED", "RATED");
    }

    @Test
    void theBuyerReportingNothingReceivedSendsTheCaseToMediation() {
        // given
        String id = caseInBuyerConfirmation();

        // when
        confirmReceipt(id, false);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.outcome()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION);
        assertThat(actions(id)).endsWith("NOT_RECEIVED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void buyerSilenceAfterFulfilmentCountsAsReceivedAndResolvesTheCase() {
        // given
        String id = caseInBuyerConfirmation();

        // when
        fireTimer(id, Timers.RECEIPT_ASSUMED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(process(id)).hasPassed(Timers.RECEIPT_ASSUMED, Ends.RESOLVED).isEnded();
        assertThat(jobsOf(id)).isZero();
        assertThat(actions(id)).endsWith("DEADLINE_PASSED", "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }
}
