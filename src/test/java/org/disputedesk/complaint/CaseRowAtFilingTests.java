package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case's row is written once at filing, after its process has started and routed it (what the
 * row then holds: {@code RoutingProcessTests}); until then the case has no row to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class CaseRowAtFilingTests {

    @Autowired Complaints complaints;
    @Autowired TransactionTemplate tx;

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
