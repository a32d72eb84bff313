package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The case's row is written once at filing, after its process has started and routed it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class CaseRowAtFilingTests {

    @Autowired ComplaintFiling filing;
    @Autowired Complaints complaints;
    @Autowired DeskUsers users;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;

    @Test
    void theRowHoldsWhatRoutingAndTheShopsTaskRecordedAsTheProcessStarted() {
        // when a buyer files a large claim
        String id = filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Row test complaint",
                new BigDecimal("3000.00"), new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null), null).id();

        // then its row names the process, routing's decisions, and the shop's task's stage and deadline
        Complaint complaint = complaints.find(id).orElseThrow();
        Task shopTask = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(complaint.processInstanceId()).isEqualTo(shopTask.getProcessInstanceId());
        assertThat(complaint.stage()).isEqualTo(Stage.SHOP_RESPONSE);
        assertThat(complaint.dueAt()).isEqualTo(shopTask.getDueDate().toInstant());
        assertThat(complaint.priority()).isNotBlank();
        assertThat(complaint.silenceOutcome()).isEqualTo("MEDIATION");
        assertThat(complaint.updatedAt()).isAfterOrEqualTo(complaint.createdAt());
    }

    @Test
    void aReadOfTheCaseWhileItsProcessStartsFailsTheFilingInsteadOfFindingNoCase() {
        Complaints.NewComplaint complaint = newComplaint();

        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                complaints.insert(complaint, () -> complaints.find(complaint.id()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("while its process starts");

        assertThat(complaints.find(complaint.id())).isEmpty();
    }

    @Test
    void aCaseIsFiledOnlyWithinATransaction() {
        Complaints.NewComplaint complaint = newComplaint();

        assertThatThrownBy(() -> complaints.insert(complaint, () -> { }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(complaints.find(complaint.id())).isEmpty();
    }

    private static Complaints.NewComplaint newComplaint() {
        return new Complaints.NewComplaint(UUID.randomUUID().toString(), "buyer1", "shop-hm-001", "humen",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Row test complaint", new BigDecimal("3000.00"),
                new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null, null, null, Instant.now());
    }
}
