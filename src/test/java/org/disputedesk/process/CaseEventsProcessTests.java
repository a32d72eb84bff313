package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disputedesk.complaint.CaseEvent;
import org.disputedesk.complaint.CaseEvent.CaseClosed;
import org.disputedesk.complaint.CaseEvent.CaseFiled;
import org.disputedesk.complaint.CaseEvent.DeadlinePassed;
import org.disputedesk.complaint.CaseEvent.RulingIssued;
import org.disputedesk.complaint.CaseEvent.StageReached;
import org.disputedesk.complaint.MediationDecision;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The events a case publishes as the real process carries it: what notifications and webhooks are built on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
@RecordApplicationEvents
class CaseEventsProcessTests extends ProcessTestSupport {

    @Autowired ApplicationEvents published;

    @Test
    void aFilingPublishesTheFilingAndTheShopsStageWithItsDeadline() {
        // when
        String id = fileMediatedClaim();

        // then
        List<CaseEvent> events = eventsOf(id);
        assertThat(events).first().isInstanceOf(CaseFiled.class);
        assertThat(events.get(0).ref().shopId()).isEqualTo(SHOP_ID);
        assertThat(events.get(0).ref().parkId()).isEqualTo("humen");
        assertThat(events.get(0).ref().buyer()).isEqualTo("buyer1");
        assertThat(events).last().isInstanceOfSatisfying(StageReached.class, reached -> {
            assertThat(reached.stage()).isEqualTo(Stage.SHOP_RESPONSE);
            assertThat(reached.dueAt()).isEqualTo(complaint(id).dueAt()).isNotNull();
        });
    }

    @Test
    void aRulingForTheShopPublishesTheRulingAndItsAppealWindowForBothPartiesThenTheClosureOnceItLapses() {
        // given
        String id = caseInClaimedMediation();
        published.clear();

        // when
        decide(id, MediationDecision.RULE_FOR_SHOP);

        // then
        assertThat(eventsOf(id)).satisfiesExactly(
                ruling -> assertThat(ruling).isInstanceOfSatisfying(RulingIssued.class,
                        r -> assertThat(r.by()).isEqualTo(CaseEvent.Ruler.MEDIATOR)),
                window -> assertThat(window).isInstanceOfSatisfying(StageReached.class, reached -> {
                    assertThat(reached.stage()).isEqualTo(Stage.APPEAL_WINDOW);
                    assertThat(reached.actor()).isEqualTo(CaseEvent.Actor.PARTIES);
                    assertThat(reached.dueAt()).isEqualTo(complaint(id).dueAt()).isNotNull();
                }));

        // when
        published.clear();
        fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);

        // then
        assertThat(eventsOf(id)).satisfiesExactly(
                missed -> assertThat(missed).isInstanceOfSatisfying(DeadlinePassed.class,
                        m -> assertThat(m.stage()).isEqualTo(Stage.APPEAL_WINDOW)),
                closed -> assertThat(closed).isInstanceOfSatisfying(CaseClosed.class,
                        c -> assertThat(c.outcome()).isEqualTo(Outcome.REJECTED)));
    }

    @Test
    void anAppealAsksTheParksOtherMediatorsToReviewIt() {
        // given
        String id = caseInAppealWindow(MediationDecision.RULE_FOR_BUYER);
        published.clear();

        // when
        appeal(shop, id);

        // then the case's mediator, who ruled, is named so that the notices pass them over
        assertThat(eventsOf(id)).last().isInstanceOfSatisfying(StageReached.class, reached -> {
            assertThat(reached.stage()).isEqualTo(Stage.APPEAL_REVIEW);
            assertThat(reached.actor()).isEqualTo(CaseEvent.Actor.REVIEWERS);
            assertThat(reached.mediator()).isEqualTo("mediator1");
        });
    }

    @Test
    void aShopsSilencePublishesTheMissedDeadlineBeforeTheNextStage() {
        // given
        String id = fileMediatedClaim();
        published.clear();

        // when
        fireTimer(id, Timers.SHOP_SILENT);

        // then
        List<CaseEvent> events = eventsOf(id);
        assertThat(events).first().isInstanceOfSatisfying(DeadlinePassed.class,
                missed -> assertThat(missed.stage()).isEqualTo(Stage.SHOP_RESPONSE));
        assertThat(events).last().isInstanceOfSatisfying(StageReached.class,
                reached -> assertThat(reached.stage()).isEqualTo(Stage.MEDIATION));
    }

    @Test
    void aStepThatIsRefusedPublishesNothing() {
        // given
        String id = caseInBuyerReview();
        published.clear();

        // when
        try {
            shopResponds(id, ShopDecision.ACCEPT);
        } catch (RuntimeException refused) {
            // the shop already answered: the case is in the buyer's review
        }

        // then
        assertThat(eventsOf(id)).isEmpty();
    }

    private List<CaseEvent> eventsOf(String id) {
        return published.stream(CaseEvent.class).filter(e -> e.ref().complaintId().equals(id)).toList();
    }
}
