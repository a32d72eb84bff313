package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Stage;
import org.disputedesk.mediation.InformationRequests.AnswerRequest;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.StepNotOpen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** A step that arrives after a deadline already moved the case is refused with 409 and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class LateStepProcessTests extends ProcessTestSupport {

    @Test
    void aShopAnswerAfterTheSilenceTimerIsRefusedAndChangesNothing() {
        // given
        String id = fileMediatedClaim();
        fireTimer(id, Timers.SHOP_SILENT);
        Complaint before = complaint(id);
        int entries = timeline.of(id).size();

        // when / then
        assertThatThrownBy(() -> shopResponds(id, ShopDecision.ACCEPT))
                .isInstanceOfSatisfying(StepNotOpen.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(complaint(id)).isEqualTo(before);
        assertThat(complaint(id).offer()).isNull();
        assertThat(complaint(id).agreed()).isNull();
        assertThat(timeline.of(id)).hasSize(entries);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION);
    }

    @Test
    void aBuyerReviewAfterTheCaseLapsedIsRefusedAndChangesNothing() {
        // given
        String id = caseInBuyerReview();
        fireTimer(id, Timers.BUYER_REVIEW_LAPSED);
        Complaint before = complaint(id);
        int entries = timeline.of(id).size();

        // when / then
        assertThatThrownBy(() -> buyerReviews(id, BuyerDecision.ESCALATE)).isInstanceOf(StepNotOpen.class);
        assertThat(complaint(id)).isEqualTo(before);
        assertThat(complaint(id).stage()).isEqualTo(Stage.CLOSED);
        assertThat(timeline.of(id)).hasSize(entries);
        assertThat(process(id)).isEnded();
    }

    @Test
    void anAnswerAfterTheInformationRequestLapsedIsRefusedAndChangesNothing() {
        // given
        String id = caseInInformationRequest();
        fireTimer(id, Timers.INFORMATION_LAPSED);
        Complaint before = complaint(id);
        int entries = timeline.of(id).size();

        // when / then
        assertThatThrownBy(() -> informationRequests.answer(buyer, id, new AnswerRequest("Too late.")))
                .isInstanceOf(StepNotOpen.class);
        assertThat(complaint(id)).isEqualTo(before);
        assertThat(timeline.of(id)).hasSize(entries);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION);
    }

    @Test
    void aFulfilmentProofAfterTheDeadlineIsRefusedAndChangesNothing() {
        // given
        String id = caseInFulfilment();
        fireTimer(id, Timers.FULFILMENT_MISSED);
        Complaint before = complaint(id);
        int entries = timeline.of(id).size();

        // when / then
        assertThatThrownBy(() -> fulfil(id)).isInstanceOf(StepNotOpen.class);
        assertThat(complaint(id)).isEqualTo(before);
        assertThat(complaint(id).fulfilmentProof()).isNull();
        assertThat(timeline.of(id)).hasSize(entries);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION);
    }
}
