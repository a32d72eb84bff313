package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Ends;
import org.disputedesk.complaint.StepNotOpen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class WithdrawalProcessTests extends ProcessTestSupport {

    @ParameterizedTest(name = "withdrawing at {0} closes the case as withdrawn")
    @EnumSource(value = Stage.class, mode = EnumSource.Mode.EXCLUDE, names = "CLOSED")
    void theBuyerCanWithdrawAtEveryOpenStage(Stage stage) {
        // given
        String id = caseAt(stage);
        assertThat(complaint(id).stage()).isEqualTo(stage);
        assertThat(process(id)).isWaitingAt(ComplaintProcess.taskOf(stage));

        // when
        buyerSteps.withdraw(buyer, id);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.stage()).isEqualTo(Stage.CLOSED);
        assertThat(complaint.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(complaint.closedAt()).isNotNull();
        assertThat(process(id)).hasPassed(Ends.WITHDRAWN).isEnded();
        assertThat(jobsOf(id)).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(process(id).getId()).count()).isZero();
        assertThat(actions(id)).endsWith("WITHDRAWN", "CLOSED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void aClosedCaseCannotBeWithdrawnAgain() {
        // given
        String id = caseAt(Stage.SHOP_RESPONSE);
        buyerSteps.withdraw(buyer, id);
        int entries = timeline.of(id).size();

        // when / then
        assertThatThrownBy(() -> buyerSteps.withdraw(buyer, id)).isInstanceOf(StepNotOpen.class);
        assertThat(complaint(id).outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(timeline.of(id)).hasSize(entries);
    }
}
