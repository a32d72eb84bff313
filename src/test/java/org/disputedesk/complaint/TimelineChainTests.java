package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class TimelineChainTests {

    @Autowired ComplaintFiling filing;
    @Autowired DeskUsers users;
    @Autowired Timeline timeline;
    @Autowired TransactionTemplate tx;

    @Test
    void entriesWrittenTogetherChainOnEachOtherAndOnWhatEarlierTransactionsWrote() {
        // given a filed case: its filing and its routing are two entries of one transaction
        String id = fileCase();
        assertThat(actions(id)).containsExactly("FILED", "ROUTED");

        // when one transaction appends two entries and a later one a third
        tx.executeWithoutResult(s -> {
            append(id, "FIRST");
            append(id, "SECOND");
        });
        tx.executeWithoutResult(s -> append(id, "THIRD"));

        // then the entries are numbered in order and every hash chains on its predecessor's
        List<Timeline.Entry> entries = timeline.of(id);
        assertThat(entries).extracting(Timeline.Entry::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "FIRST", "SECOND", "THIRD");
        assertThat(timeline.verify(id)).isTrue();
    }

    @Test
    void anEntryOfARolledBackTransactionLeavesNoGapAndNoStaleLink() {
        // given a filed case
        String id = fileCase();

        // when a transaction appends an entry and then fails
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            append(id, "UNDONE");
            throw new IllegalStateException("the step failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        // and the next one appends again
        tx.executeWithoutResult(s -> append(id, "DONE"));

        // then the undone entry is gone and the next one follows the last committed entry
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "DONE");
        assertThat(timeline.of(id)).extracting(Timeline.Entry::seq).containsExactly(1, 2, 3);
        assertThat(timeline.verify(id)).isTrue();
    }

    @Test
    void entriesWaitingForTheCommitAreReadAndVerifiedInTheirOwnTransaction() {
        // given a filed case
        String id = fileCase();

        // when a transaction appends an entry and reads the timeline before it commits
        List<String> seenInside = tx.execute(s -> {
            append(id, "INSIDE");
            assertThat(timeline.verify(id)).isTrue();
            return actions(id);
        });

        // then the read saw the entry, which was stored once, not again at the commit
        assertThat(seenInside).containsExactly("FILED", "ROUTED", "INSIDE");
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "INSIDE");
    }

    @Test
    void anEntryWrittenOutsideATransactionIsStoredAtOnce() {
        // given a filed case
        String id = fileCase();

        // when an entry is appended with no transaction around it
        append(id, "OUTSIDE");

        // then it is there, chained on the filing's entries
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "OUTSIDE");
        assertThat(timeline.verify(id)).isTrue();
    }

    @Test
    void anEntryWrittenWhileTheTransactionCommitsFailsTheCommitInsteadOfBeingLost() {
        // given a filed case
        String id = fileCase();

        // when a transaction appends an entry, and something else appends one as it commits
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            append(id, "BEFORE");
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(id, "LATE");
                }
            });
        })).isInstanceOf(IllegalStateException.class);

        // then the transaction rolled back whole: neither entry is there
        assertThat(actions(id)).containsExactly("FILED", "ROUTED");
        assertThat(timeline.verify(id)).isTrue();
    }

    private String fileCase() {
        return filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Timeline test complaint",
                new BigDecimal("3000.00"), new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null), null).id();
    }

    /** An entry of no detail at the case's stage: only its place in the chain matters here. */
    private void append(String id, String action) {
        timeline.append(id, "shop1", "SHOP", action, Stage.SHOP_RESPONSE, null);
    }

    private List<String> actions(String id) {
        return timeline.of(id).stream().map(Timeline.Entry::action).toList();
    }
}
