package org.disputedesk.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.security.DeskUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily anchor: one per day however many nodes try at once, for the day that just ended in the
 * parks' time zone, and the database itself refuses a second root for a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class DailyAnchorTests {

    @Autowired DailyAnchor daily;
    @Autowired Anchoring anchoring;
    @Autowired ComplaintFiling filing;
    @Autowired DeskUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void twoNodesAnchoringTheSameDayAtOncePublishOneRoot() throws Exception {
        fileCase();
        String day = "2031-01-01";

        // when two nodes (threads with transactions of their own) anchor the same day together
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Callable<Boolean> node = () -> anchoring.forPeriod(day).isPresent();
        List<Future<Boolean>> published = nodes.invokeAll(List.of(node, node));
        nodes.shutdown();

        // then one published the day's anchor and the other found it published
        assertThat(published.stream().filter(this::got).count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from anchors where period = ?").param(day).query(Integer.class)
                .single()).isEqualTo(1);
        // and a second root for the day is refused by the database itself
        assertThatThrownBy(() -> jdbc.sql("insert into anchors (period, at, root, cases, first_entry_at, "
                + "last_entry_at) select period, at, root, cases, first_entry_at, last_entry_at from anchors "
                + "where period = ?").param(day).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theDailyAnchorIsForTheDayThatJustEndedAndPublishedOnce() {
        fileCase();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

        daily.publish();
        fileCase();
        daily.publish();

        assertThat(jdbc.sql("select count(*) from anchors where period = ?").param(yesterday).query(Integer.class)
                .single()).isEqualTo(1);
    }

    private boolean got(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void fileCase() {
        filing.file(users.loadUserByUsername("buyer1"), new FilingRequest("shop-hm-001", "order-" + UUID.randomUUID(),
                Category.QUALITY_DEFECT, "Anchoring test complaint", new BigDecimal("300.00"), new BigDecimal("100.00"),
                Remedy.REFUND, null), null);
    }
}
