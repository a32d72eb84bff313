package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a step records on its case waits for the case's next update in the same transaction: it
 * must still be what every read sees, and land with the commit or not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class DeferredColumnsTests {

    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired ComplaintFiling filing;
    @Autowired DeskUsers users;
    @Autowired Complaints complaints;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void theStageUpdateTakesInWhatTheStepRecorded() {
        // given a filed case
        String id = fileCase();

        // when one transaction records the shop's acceptance and then moves the case on
        tx.executeWithoutResult(s -> {
            complaints.shopAnswered(id, new Complaint.Offer("ACCEPT", Remedy.RETURN_AND_REFUND,
                    new BigDecimal("800.00"), "We accept.", AT), new Complaint.Terms(Remedy.RETURN_AND_REFUND,
                    new BigDecimal("800.00")));
            complaints.stageReached(id, Stage.FULFILMENT, AT.plusSeconds(3600), AT);
        });

        // then the case has both the answer and the stage
        Complaint c = complaints.find(id).orElseThrow();
        assertThat(c.stage()).isEqualTo(Stage.FULFILMENT);
        assertThat(c.offer().decision()).isEqualTo("ACCEPT");
        assertThat(c.offer().message()).isEqualTo("We accept.");
        assertThat(c.agreed()).isEqualTo(new Complaint.Terms(Remedy.RETURN_AND_REFUND, new BigDecimal("800.00")));
    }

    @Test
    void whatTheStageUpdateTookInIsNotWrittenAgainAtTheCommit() {
        // given a filed case
        String id = fileCase();

        // when the stage update takes in the recorded proof, and the row changes after it
        tx.executeWithoutResult(s -> {
            complaints.fulfilled(id, "Refund transaction 7");
            complaints.stageReached(id, Stage.BUYER_CONFIRMATION, AT.plusSeconds(3600), AT);
            jdbc.sql("update complaints set fulfilment_proof = 'corrected' where id = ?").param(id).update();
        });

        // then the commit did not write the proof a second time over the later change
        assertThat(complaints.find(id).orElseThrow().fulfilmentProof()).isEqualTo("corrected");
    }

    @Test
    void theClosingUpdateTakesInWhatTheStepRecorded() {
        String id = fileCase();

        tx.executeWithoutResult(s -> {
            complaints.agreed(id, new Complaint.Terms(Remedy.REFUND, new BigDecimal("120.00")));
            complaints.closed(id, Outcome.RESOLVED, AT);
        });

        Complaint c = complaints.find(id).orElseThrow();
        assertThat(c.stage()).isEqualTo(Stage.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(c.agreed()).isEqualTo(new Complaint.Terms(Remedy.REFUND, new BigDecimal("120.00")));
    }

    @Test
    void aReadInTheSameTransactionSeesWhatTheStepRecorded() {
        String id = fileCase();

        String seenInside = tx.execute(s -> {
            complaints.fulfilled(id, "Refund transaction 42");
            return complaints.find(id).orElseThrow().fulfilmentProof();
        });

        assertThat(seenInside).isEqualTo("Refund transaction 42");
        assertThat(complaints.find(id).orElseThrow().fulfilmentProof()).isEqualTo("Refund transaction 42");
    }

    @Test
    void whatNoUpdateTakesInIsWrittenAsTheTransactionCommits() {
        String id = fileCase();

        // the later value of a column recorded twice wins
        tx.executeWithoutResult(s -> {
            complaints.mediatorClaimed(id, "mediator2");
            complaints.mediatorClaimed(id, "mediator1");
        });

        assertThat(complaints.find(id).orElseThrow().mediator()).isEqualTo("mediator1");
    }

    @Test
    void aRolledBackStepLeavesNothingOfWhatItRecorded() {
        String id = fileCase();

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            complaints.fulfilled(id, "never delivered");
            throw new IllegalStateException("the step failed after recording");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(complaints.find(id).orElseThrow().fulfilmentProof()).isNull();
    }

    @Test
    void outsideATransactionAColumnIsWrittenAtOnce() {
        String id = fileCase();

        complaints.escalatedToCommittee(id);

        assertThat(complaints.find(id).orElseThrow().escalatedToCommittee()).isTrue();
    }

    private String fileCase() {
        return filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Deferred columns test complaint",
                new BigDecimal("3000.00"), new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null), null).id();
    }
}
