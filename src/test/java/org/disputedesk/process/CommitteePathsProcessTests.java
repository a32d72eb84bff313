package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.disputedesk.committee.CommitteeReviews.CitationRequest;
import org.disputedesk.committee.CommitteeReviews.RulingRequest;
import org.disputedesk.complaint.CommitteeFindings;
import org.disputedesk.complaint.Finding;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class CommitteePathsProcessTests extends ProcessTestSupport {

    private static final String STANDARD = "GB/T 29862-2013";

    @Test
    void aNonconformingFindingRecordsAViolationAndReturnsTheCaseToMediationWithTheRuling() {
        // given
        String id = caseInCommitteeReview();
        long before = violationsOfShopAtClause6();

        // when
        committeeReviews.rule(committee, id, new RulingRequest(Finding.NONCONFORMING,
                List.of(new CitationRequest(STANDARD, "6")), "The stated fibre content is off by 20%."));

        // then
        assertThat(violationsOfShopAtClause6()).isEqualTo(before + 1);
        CommitteeFindings.CommitteeRuling ruling = committeeRulings.latest(id).orElseThrow();
        assertThat(ruling.finding()).isEqualTo(Finding.NONCONFORMING);
        assertThat(ruling.citations()).containsExactly(new CommitteeFindings.Citation(STANDARD, "6"));
        assertThat(ruling.member()).isEqualTo("committee1");

        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint.mediator()).isEqualTo("mediator1");
        assertThat(process(id)).hasPassed(Tasks.COMMITTEE_REVIEW).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("ESCALATE", "RULED_NONCONFORMING");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aConformingFindingReturnsTheCaseToMediationWithoutAViolation() {
        // given
        String id = caseInCommitteeReview();
        long before = violationsOfShopAtClause6();

        // when
        committeeReviews.rule(committee, id, new RulingRequest(Finding.CONFORMING,
                List.of(new CitationRequest(STANDARD, "6")), "Within the tolerance."));

        // then
        assertThat(violationsOfShopAtClause6()).isEqualTo(before);
        assertThat(committeeRulings.latest(id).orElseThrow().finding()).isEqualTo(Finding.CONFORMING);
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(process(id)).isWaitingAt(Tasks.MEDIATION).task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("RULED_CONFORMING");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aLateCommitteeReturnsTheCaseToMediationWithoutARuling() {
        // given
        String id = caseInCommitteeReview();

        // when
        fireTimer(id, Timers.COMMITTEE_OVERDUE);

        // then
        assertThat(committeeRulings.latest(id)).isEmpty();
        assertThat(complaint(id).stage()).isEqualTo(Stage.MEDIATION);
        assertThat(complaint(id).mediator()).isEqualTo("mediator1");
        assertThat(process(id)).hasPassed(Timers.COMMITTEE_OVERDUE).isWaitingAt(Tasks.MEDIATION)
                .task().isAssignedTo("mediator1");
        assertThat(actions(id)).endsWith("ESCALATE", "DEADLINE_PASSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    /** Other test cases against the same shop may add violations too: compare counts, not totals. */
    private long violationsOfShopAtClause6() {
        return violations.ofShop(SHOP_ID).stream()
                .filter(v -> v.standard().equals(STANDARD) && v.clause().equals("6"))
                .mapToLong(v -> v.count())
                .sum();
    }
}
