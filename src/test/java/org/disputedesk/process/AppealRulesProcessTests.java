package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.disputedesk.appeal.AppealSteps.AppealDecisionRequest;
import org.disputedesk.appeal.AppealSteps.AppealRequest;
import org.disputedesk.complaint.AppealDecision;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.StepNotOpen;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.disputedesk.web.InvalidFields;
import org.disputedesk.web.RuleViolated;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponseException;

/**
 * What the appeal refuses, each refusal changing nothing: an appeal without new information, a
 * settlement's appeal, a second appeal, a review by the mediator who ruled or by another park's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class AppealRulesProcessTests extends ProcessTestSupport {

    @Test
    void anAppealWithoutEvidenceTheAppellantUploadedAfterTheRulingIsRefusedAsNoNewInformation() {
        // given evidence the shop uploaded before the ruling, and evidence the buyer uploaded after it
        String id = caseInClaimedMediation();
        long beforeTheRuling = uploadEvidence(shop, id);
        decide(id, MediationDecision.RULE_FOR_BUYER);
        long theBuyers = uploadEvidence(buyer, id);

        // when the shop appeals citing them, or nothing
        for (List<Long> cited : List.of(List.of(beforeTheRuling), List.of(theBuyers, beforeTheRuling),
                List.<Long>of())) {
            assertThatThrownBy(() -> appealSteps.appeal(shop, id, new AppealRequest("Not fair.", cited)))
                    .isInstanceOf(RuleViolated.class)
                    .hasMessageContaining("new information")
                    .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(422));
        }

        // then nothing changed: the window is still open to both parties
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_WINDOW);
        assertThat(complaint(id).appeal()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.APPEAL_WINDOW);
        assertThat(actions(id)).doesNotContain("APPEALED");
    }

    @Test
    void anAppealCitingEvidenceOfAnotherCaseIsRefused() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_SHOP);
        String other = caseInClaimedMediation();
        long elsewhere = uploadEvidence(buyer, other);
        long mine = uploadEvidence(buyer, id);

        // when
        assertThatThrownBy(() -> appealSteps.appeal(buyer, id, new AppealRequest("Not fair.",
                List.of(mine, elsewhere))))
                .isInstanceOf(RuleViolated.class).hasMessageContaining(String.valueOf(elsewhere));

        // then
        assertThat(complaint(id).appeal()).isNull();
    }

    @Test
    void aSettlementHasNoAppeal() {
        // given
        String id = caseInClaimedMediation();
        decide(id, MediationDecision.SETTLE);
        long evidence = uploadEvidence(buyer, id);

        // when
        assertThatThrownBy(() -> appealSteps.appeal(buyer, id, new AppealRequest("Too little.", List.of(evidence))))
                .isInstanceOf(StepNotOpen.class);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.FULFILMENT);
    }

    @Test
    void aCaseIsAppealedOnce() {
        // given the shop appealed
        String id = caseInAppealReview();
        long evidence = uploadEvidence(buyer, id);

        // when the buyer appeals too, during the review and after it
        assertThatThrownBy(() -> appealSteps.appeal(buyer, id, new AppealRequest("Me too.", List.of(evidence))))
                .isInstanceOf(StepNotOpen.class);
        upholdAppeal(id);
        assertThatThrownBy(() -> appealSteps.appeal(buyer, id, new AppealRequest("Again.", List.of(evidence))))
                .isInstanceOf(StepNotOpen.class);

        // then the shop's appeal is the case's only one, decided for good
        assertThat(complaint(id).appeal().party().name()).isEqualTo("SHOP");
        assertThat(complaint(id).stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(actions(id).stream().filter("APPEALED"::equals)).hasSize(1);
    }

    @Test
    void theMediatorWhoRuledMayNotDecideTheAppeal() {
        // given
        String id = caseInAppealReview();

        // when
        assertThatThrownBy(() -> appealSteps.decide(mediator, id, new AppealDecisionRequest(AppealDecision.OVERTURN,
                null, null, "On reflection, the shop is right.")))
                .isInstanceOf(ActionForbidden.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(403));

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_REVIEW);
        assertThat(complaint(id).appeal().decision()).isNull();
    }

    @Test
    void aMediatorOfAnotherParkDoesNotSeeTheAppeal() {
        // given
        String id = caseInAppealReview();
        DeskUser dalang = users.loadUserByUsername("mediator2");

        // when
        assertThatThrownBy(() -> appealSteps.decide(dalang, id, new AppealDecisionRequest(AppealDecision.UPHOLD,
                null, null, "Looks fine.")))
                .isInstanceOf(CaseNotFound.class)
                .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(404));

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_REVIEW);
    }

    @Test
    void overturningARulingForTheShopNeedsTermsWithinTheOrdersBounds() {
        // given the buyer appealed a ruling for the shop (order of 3000.00)
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_SHOP);
        appeal(buyer, id);

        // when
        assertThatThrownBy(() -> appealSteps.decide(reviewer, id, new AppealDecisionRequest(AppealDecision.OVERTURN,
                null, null, "The buyer is right.")))
                .isInstanceOf(InvalidFields.class);
        assertThatThrownBy(() -> appealSteps.decide(reviewer, id, new AppealDecisionRequest(AppealDecision.OVERTURN,
                Remedy.REFUND, new BigDecimal("3000.01"), "The buyer is right.")))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("order amount");

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_REVIEW);
        assertThat(complaint(id).agreed()).isNull();
    }
}
