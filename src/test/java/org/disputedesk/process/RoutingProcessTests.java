package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;

import org.camunda.bpm.engine.task.Task;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess.Tasks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class RoutingProcessTests extends ProcessTestSupport {

    @ParameterizedTest(name = "{0} {1} of {2} CNY is routed {3}, standards-related {4}, silence {5}")
    @CsvSource({
            "LIVESTREAM_MISREPRESENTATION, REFUND,            100.00,  HIGH,   false, AUTO_REMEDY",
            "NOT_AS_DESCRIBED,             RETURN_AND_REFUND, 2000.00, HIGH,   false, MEDIATION",
            "DELIVERY,                     REFUND,            199.99,  LOW,    false, AUTO_REMEDY",
            "DELIVERY,                     REFUND,            200.00,  NORMAL, false, AUTO_REMEDY",
            "NOT_AS_DESCRIBED,             REFUND,            200.01,  NORMAL, false, MEDIATION",
            "SIZE_MISMATCH,                EXCHANGE,          100.00,  NORMAL, false, MEDIATION",
            "NONSTANDARD_LABEL,            REFUND,            100.00,  NORMAL, true,  AUTO_REMEDY",
            "QUALITY_DEFECT,               REPAIR,            300.00,  NORMAL, true,  MEDIATION",
            "QUALITY_DEFECT,               REFUND,            500.00,  HIGH,   true,  MEDIATION"})
    void aFiledComplaintIsRoutedByTheDecisionTablesAndWaitsForTheShop(Category category, Remedy remedy,
            BigDecimal claimed, String priority, boolean standardsRelated, String silenceOutcome) {
        // when
        String id = file(category, remedy, claimed);

        // then
        Complaint complaint = complaint(id);
        assertThat(complaint.routing().priority()).isEqualTo(priority);
        assertThat(complaint.routing().standardsRelated()).isEqualTo(standardsRelated);
        assertThat(complaint.routing().silenceOutcome()).isEqualTo(silenceOutcome);
        assertThat(complaint.stage()).isEqualTo(Stage.SHOP_RESPONSE);
        // written with the case's row at filing, from the shop's task the process opened
        Task shopTask = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(complaint.processInstanceId()).isEqualTo(shopTask.getProcessInstanceId());
        assertThat(complaint.dueAt()).isEqualTo(shopTask.getDueDate().toInstant());
        assertThat(complaint.updatedAt()).isAfterOrEqualTo(complaint.filing().createdAt());

        assertThat(process(id)).isWaitingAt(Tasks.SHOP_RESPONSE)
                .task().hasCandidateGroup(ComplaintProcess.shopGroup(SHOP_ID)).isNotAssigned();
        // the routing's results live on the case only; the silence gateway reads them from there
        assertThat(variables(id)).isEmpty();
        assertThat(actions(id)).containsExactly("FILED", "ROUTED");
        assertThat(chain.check(id).intact()).isTrue();
    }
}
