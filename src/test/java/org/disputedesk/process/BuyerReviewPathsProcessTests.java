package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Ends;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.disputedesk.complaint.ShopDecision;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class BuyerReviewPathsProcessTests extends ProcessTestSupport {

    @Test
    void buyerAcceptingACounterOfferMovesToFulfilmentOnTheOfferedTerms() {
        // given
        String id = fileMediatedClaim();
        shopResponds(id, ShopDecision.COUNTER_OFFER);

        // when
        buyerReviews(id, BuyerDecision.ACCEPT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.agreed().remedy()).isEqualTo(Remedy.REFUND);
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("50.00");
        assertThat(process(id)).hasPassed(Tasks.BUYER_REVIEW).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).endsWith("COUNTER_OFFER", "ACCEPTED_OFFER");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void buyerAcceptingARejectionClosesTheCaseAsRejected() {
        // given
        String id = caseInBuyerReview();

        // when
        buyerReviews(id, BuyerDecision.ACCEPT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(complaint.agreed()).isNull();
        assertThat(complaint.closedAt()).isNotNull();
        assertThat(process(id)).hasPassed(Ends.REJECTED).isEnded();
        assertThat(actions(id)).endsWith("REJECT", "ACCEPTED_REJECTION", "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void buyerEscalatingSendsTheCaseToTheParksMediators() {
        // given
        String id = caseInBuyerReview();

        // when
        buyerReviews(id, BuyerDecision.ESCALATE);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.mediator()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION)
                .task().hasCandidateGroup(ComplaintProcess.parkGroup("humen"));
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).endsWith("ESCALATED_TO_PARK");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void buyerSilenceLapsesTheCase() {
        // given
        String id = caseInBuyerReview();

        // when
        fireTimer(id, Timers.BUYER_REVIEW_LAPSED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.LAPSED);
        assertThat(process(id)).hasPassed(Timers.BUYER_REVIEW_LAPSED, Ends.LAPSED).isEnded();
        assertThat(actions(id)).endsWith("DEADLINE_PASSED", "CLOSED");
        assertThat(jobsOf(id)).isZero();
        assertThat(chain.check(id).intact()).isTrue();
    }
}
