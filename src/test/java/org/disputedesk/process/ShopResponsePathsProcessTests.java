package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;

import org.disputedesk.complaint.Terms;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.disputedesk.complaint.ShopDecision;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class ShopResponsePathsProcessTests extends ProcessTestSupport {

    @Test
    void shopAcceptingMovesTheCaseToFulfilmentOnTheBuyersTerms() {
        // given
        String id = fileMediatedClaim();

        // when
        shopResponds(id, ShopDecision.ACCEPT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.agreed()).isEqualTo(new Terms(Remedy.RETURN_AND_REFUND, LARGE_CLAIM));
        assertThat(complaint.offer().decision()).isEqualTo(ShopDecision.ACCEPT);
        assertThat(process(id)).hasPassed(Tasks.SHOP_RESPONSE).isWaitingAt(Tasks.FULFILMENT)
                .task().hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID)).isNotAssigned();
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "ACCEPT");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void shopCounterOfferGoesToTheBuyerForReview() {
        // given
        String id = fileMediatedClaim();

        // when
        shopResponds(id, ShopDecision.COUNTER_OFFER);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.BUYER_REVIEW);
        assertThat(complaint.offer().decision()).isEqualTo(ShopDecision.COUNTER_OFFER);
        assertThat(complaint.offer().remedy()).isEqualTo(Remedy.REFUND);
        assertThat(complaint.offer().amount()).isEqualByComparingTo("50.00");
        assertThat(complaint.agreed()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.BUYER_REVIEW).task().isAssignedTo("buyer1");
        // the buyer's review reads the shop's answer from the case, not from the process
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).endsWith("COUNTER_OFFER");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void shopRejectionGoesToTheBuyerForReview() {
        // given
        String id = fileMediatedClaim();

        // when
        shopResponds(id, ShopDecision.REJECT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.BUYER_REVIEW);
        assertThat(complaint.offer().decision()).isEqualTo(ShopDecision.REJECT);
        assertThat(complaint.agreed()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.BUYER_REVIEW);
        assertThat(actions(id)).endsWith("REJECT");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void shopSilenceOnASmallRefundGrantsTheRemedyAutomatically() {
        // given
        String id = fileSmallRefund();

        // when
        fireTimer(id, Timers.SHOP_SILENT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.agreed()).isEqualTo(new Terms(Remedy.REFUND, SMALL_CLAIM));
        assertThat(complaint.shopMissedResponse()).isTrue();
        assertThat(process(id)).hasPassed(Timers.SHOP_SILENT).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "DEADLINE_PASSED", "REMEDY_GRANTED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void shopSilenceOnAnyOtherClaimSendsTheCaseToMediation() {
        // given
        String id = fileMediatedClaim();

        // when
        fireTimer(id, Timers.SHOP_SILENT);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.agreed()).isNull();
        assertThat(complaint.shopMissedResponse()).isTrue();
        assertThat(complaint.mediator()).isNull();
        assertThat(process(id)).hasPassed(Timers.SHOP_SILENT).isWaitingAt(Tasks.MEDIATION)
                .task().hasCandidateGroup(ComplaintProcess.parkGroup("humen")).isNotAssigned();
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "DEADLINE_PASSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aClaimJustAboveTheAutoRemedyLimitGoesToMediationOnSilence() {
        // given
        String id = file(Category.NOT_AS_DESCRIBED, Remedy.REFUND,
                new BigDecimal("200.01"));

        // when
        fireTimer(id, Timers.SHOP_SILENT);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION);
    }
}
