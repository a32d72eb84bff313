package org.disputedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class TimelineChainTests {

    @Autowired ComplaintFiling filing;
    @Autowired DeskUsers users;
    @Autowired Timeline timeline;
    @Autowired TimelineVerification chain;
    @Autowired TransactionTemplate tx;
    @Autowired TimelineText text;

    @Test
    void entriesWrittenTogetherChainOnEachOtherAndOnWhatEarlierTransactionsWrote() {
        // given a filed case: its filing and its routing are two entries of one transaction
        String id = fileCase();
        assertThat(actions(id)).containsExactly("FILED", "ROUTED");

        // when one transaction appends two entries and a later one a third
        tx.executeWithoutResult(s -> {
            append(id, TimelineAction.MESSAGE);
            append(id, TimelineAction.EVIDENCE_ADDED);
        });
        tx.executeWithoutResult(s -> append(id, TimelineAction.RATED));

        // then the entries are numbered in order and every hash chains on its predecessor's
        List<Timeline.Entry> entries = timeline.of(id);
        assertThat(entries).extracting(Timeline.Entry::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "MESSAGE", "EVIDENCE_ADDED", "RATED");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void anEntryOfARolledBackTransactionLeavesNoGapAndNoStaleLink() {
        // given a filed case
        String id = fileCase();

        // when a transaction appends an entry and then fails
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            append(id, TimelineAction.MESSAGE);
            throw new IllegalStateException("the step failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        // and the next one appends again
        tx.executeWithoutResult(s -> append(id, TimelineAction.EVIDENCE_ADDED));

        // then the undone entry is gone and the next one follows the last committed entry
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "EVIDENCE_ADDED");
        assertThat(timeline.of(id)).extracting(Timeline.Entry::seq).containsExactly(1, 2, 3);
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void entriesAreReadAndVerifiedInTheTransactionThatWroteThem() {
        // given a filed case
        String id = fileCase();

        // when a transaction appends an entry and reads the timeline before it commits
        List<String> seenInside = tx.execute(s -> {
            append(id, TimelineAction.MESSAGE);
            assertThat(chain.check(id).intact()).isTrue();
            return actions(id);
        });

        // then the read saw the entry, which was stored once
        assertThat(seenInside).containsExactly("FILED", "ROUTED", "MESSAGE");
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "MESSAGE");
    }

    @Test
    void anEntryWrittenOutsideATransactionIsStoredAtOnce() {
        // given a filed case
        String id = fileCase();

        // when an entry is appended with no transaction around it
        append(id, TimelineAction.MESSAGE);

        // then it is there, chained on the filing's entries
        assertThat(actions(id)).containsExactly("FILED", "ROUTED", "MESSAGE");
        assertThat(chain.check(id).intact()).isTrue();
    }

    @Test
    void anEntryKeepsItsFactsSaysThemInEnglishAndInTheReadersLanguage() {
        // given a filed case
        String id = fileCase();

        // when the filing's entry is read back
        Timeline.Entry filed = timeline.of(id).get(0);

        // then it keeps its facts by name, says them in English for the API, and in Chinese for a Chinese reader
        assertThat(filed.facts()).containsExactly(entry("category", "QUALITY_DEFECT"),
                entry("remedy", "RETURN_AND_REFUND"), entry("amount", "800.00"));
        assertThat(filed.detail()).isEqualTo("Quality defect: Return and refund of CN¥800.00");
        assertThat(text.say(filed.action(), filed.facts(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("质量问题：退货退款，¥800.00");
    }

    private String fileCase() {
        return filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001",
                "order-" + UUID.randomUUID(), Category.QUALITY_DEFECT, "Timeline test complaint",
                new BigDecimal("3000.00"), new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null), null).complaint().id();
    }

    /** An entry of no facts at the case's stage: only its place in the chain matters here. */
    private void append(String id, TimelineAction action) {
        timeline.append(id, TimelineEntry.of(new TimelineEntry.Actor("shop1", "SHOP"), action, Stage.SHOP_RESPONSE));
    }

    private List<String> actions(String id) {
        return timeline.of(id).stream().map(e -> e.action().name()).toList();
    }
}
