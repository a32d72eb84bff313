package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.disputedesk.complaint.BuyerDecision;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.mediation.InformationRequests.AnswerRequest;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Party;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class MediationPathsProcessTests extends ProcessTestSupport {

    @Test
    void claimingTheCaseMakesTheMediatorItsOwnerAndTheTaskAssignee() {
        // given
        String id = fileMediatedClaim();
        fireTimer(id, Timers.SHOP_SILENT);

        // when
        claim(id);

        // then
        assertThat(complaint(id).mediator()).isEqualTo("mediator1");
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION).task().isAssignedTo("mediator1");
        // the claim is recorded on the case, where every later mediation task is assigned from
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).endsWith("CLAIMED");
    }

    @Test
    void askingTheBuyerOpensAnInformationRequestAndTheAnswerReturnsItToTheSameMediator() {
        // given
        String id = caseInClaimedMediation();

        // when
        requestInformation(id, Party.BUYER);

        // then
        Complaint asked = complaint(id);
        assertThat(asked.stage()).isEqualTo(Stage.INFORMATION_REQUEST);
        assertThat(asked.informationRequest().party()).isEqualTo(Party.BUYER);
        assertThat(process(id)).isWaitingAt(Tasks.INFORMATION_REQUEST).task().isAssignedTo("buyer1");
        // the decision and whom it asks served the gateway and the new task; the timeline keeps them
        assertThat(variables(id)).isEmpty();

        // when
        informationRequests.answer(buyer, id, new AnswerRequest("Photos attached."));

        // then
        Complaint answered = complaint(id);
        assertThat(answered.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(answered.mediator()).isEqualTo("mediator1");
        assertThat(answered.informationRequest()).isNull();
        assertThat(process(id)).hasPassed(Tasks.INFORMATION_REQUEST).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("REQUEST_INFO", "INFORMATION_PROVIDED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void askingTheShopOpensAnInformationRequestForTheShopAndTheAnswerReturnsItToMediation() {
        // given
        String id = caseInClaimedMediation();

        // when
        requestInformation(id, Party.SHOP);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.INFORMATION_REQUEST);
        assertThat(complaint(id).informationRequest().party()).isEqualTo(Party.SHOP);
        assertThat(process(id)).isWaitingAt(Tasks.INFORMATION_REQUEST)
                .task().hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID)).isNotAssigned();

        // when
        informationRequests.answer(shop, id, new AnswerRequest("Invoice attached."));

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint(id).mediator()).isEqualTo("mediator1");
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION).task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("REQUEST_INFO", "INFORMATION_PROVIDED");
    }

    @Test
    void askingTheStreamerOffersTheRequestToTheStreamersHostsAndTheirAnswerReturnsItToMediation() {
        // given a complaint about the demo streamer's room, escalated and claimed
        String id = file(Category.LIVESTREAM_MISREPRESENTATION, Remedy.RETURN_AND_REFUND, LARGE_CLAIM, "hm-live-88");
        assertThat(complaint(id).streamerId()).isEqualTo("st-hm-001");
        shopResponds(id, ShopDecision.REJECT);
        buyerReviews(id, BuyerDecision.ESCALATE);
        claim(id);

        // when
        requestInformation(id, Party.STREAMER);

        // then the task waits for the streamer profile's hosts, no one person
        assertThat(complaint(id).stage()).isEqualTo(Stage.INFORMATION_REQUEST);
        assertThat(process(id)).isWaitingAt(Tasks.INFORMATION_REQUEST)
                .task().hasCandidateGroup(ComplaintProcess.streamerGroup("st-hm-001")).isNotAssigned();

        // when the host answers
        informationRequests.answer(users.loadUserByUsername("streamer1"), id,
                new AnswerRequest("I repeated what the shop's sheet said."));

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(process(id)).hasPassed(Tasks.INFORMATION_REQUEST).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("REQUEST_INFO", "INFORMATION_PROVIDED");
    }

    @Test
    void anUnansweredInformationRequestLapsesBackToMediation() {
        // given
        String id = caseInInformationRequest();

        // when
        fireTimer(id, Timers.INFORMATION_LAPSED);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.mediator()).isEqualTo("mediator1");
        assertThat(complaint.informationRequest()).isNull();
        assertThat(process(id)).hasPassed(Timers.INFORMATION_LAPSED).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("REQUEST_INFO", "DEADLINE_PASSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void settlingMovesTheCaseToFulfilmentOnTheSettledTerms() {
        // given
        String id = caseInClaimedMediation();

        // when
        decide(id, MediationDecision.SETTLE);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(complaint.agreed().remedy()).isEqualTo(Remedy.REFUND);
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("300.00");
        assertThat(complaint.ruling().decision()).isEqualTo(MediationDecision.SETTLE);
        assertThat(complaint.ruling().by()).isEqualTo("mediator1");
        assertThat(process(id)).hasPassed(Tasks.MEDIATION).isWaitingAt(Tasks.FULFILMENT);
        assertThat(actions(id)).endsWith("SETTLE");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void rulingForTheBuyerAgreesTheRuledTermsAndOpensTheAppealWindowToBothParties() {
        // given
        String id = caseInClaimedMediation();

        // when
        decide(id, MediationDecision.RULE_FOR_BUYER);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.APPEAL_WINDOW);
        assertThat(complaint.agreed().remedy()).isEqualTo(Remedy.RETURN_AND_REFUND);
        assertThat(complaint.agreed().amount()).isEqualByComparingTo("800.00");
        assertThat(complaint.ruling().decision()).isEqualTo(MediationDecision.RULE_FOR_BUYER);
        assertThat(process(id)).isWaitingAt(Tasks.APPEAL_WINDOW).task()
                .hasCandidateUser("buyer1").hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID));
        assertThat(actions(id)).endsWith("RULE_FOR_BUYER");
    }

    @Test
    void rulingForTheShopOpensTheAppealWindowBeforeTheCaseCloses() {
        // given
        String id = caseInClaimedMediation();

        // when
        decide(id, MediationDecision.RULE_FOR_SHOP);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.APPEAL_WINDOW);
        assertThat(complaint.outcome()).isNull();
        assertThat(complaint.agreed()).isNull();
        assertThat(process(id)).isWaitingAt(Tasks.APPEAL_WINDOW);
        assertThat(actions(id)).endsWith("RULE_FOR_SHOP");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void escalatingSendsTheCaseToTheCommittee() {
        // given
        String id = caseInClaimedMediation();

        // when
        decide(id, MediationDecision.ESCALATE);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.COMMITTEE_REVIEW);
        assertThat(complaint.escalatedToCommittee()).isTrue();
        assertThat(process(id)).isWaitingAt(Tasks.COMMITTEE_REVIEW)
                .task().hasCandidateGroup(ComplaintProcess.COMMITTEE_GROUP);
        assertThat(actions(id)).endsWith("ESCALATE");
    }

    @Test
    void lateMediationIsFlaggedOverdueWhileTheMediationGoesOn() {
        // given
        String id = caseInClaimedMediation();

        // when
        fireTimer(id, Timers.MEDIATION_OVERDUE);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.mediationOverdue()).isTrue();
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.mediator()).isEqualTo("mediator1");
        assertThat(process(id)).hasPassed(Timers.MEDIATION_OVERDUE).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("DEADLINE_PASSED");
        assertThat(chain.check(id).intact()).isTrue();

        // and the mediator can still decide
        decide(id, MediationDecision.RULE_FOR_BUYER);
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_WINDOW);
    }

    @Test
    void lateMediationStaysFlaggedWhileAPartyIsAskedAndStopsCountingOnceTheCaseMovesOnToItsAppealWindow() {
        // given
        String id = caseInClaimedMediation();
        fireTimer(id, Timers.MEDIATION_OVERDUE);

        // when the mediator asks the buyer, the mediation is still late
        requestInformation(id, Party.BUYER);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.INFORMATION_REQUEST);
        assertThat(complaint(id).mediationOverdue()).isTrue();

        // when, back in mediation and late again, the mediator rules: the parties' appeal window is not late
        fireTimer(id, Timers.INFORMATION_LAPSED);
        fireTimer(id, Timers.MEDIATION_OVERDUE);
        decide(id, MediationDecision.RULE_FOR_BUYER);

        // then
        assertThat(complaint(id).stage()).isEqualTo(Stage.APPEAL_WINDOW);
        assertThat(complaint(id).mediationOverdue()).isFalse();
    }
}
