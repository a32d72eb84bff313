package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own job executor, on one database: hundreds of shop-response deadlines
 * falling due together are fired exactly once across the nodes, and both nodes take a share.
 */
class TimerSpreadClusterTests {

    private static final int CASES = 300;
    private static final List<String> BUYERS = List.of("buyer1", "buyer2",
            "cluster-buyer-1", "cluster-buyer-2", "cluster-buyer-3", "cluster-buyer-4", "cluster-buyer-5",
            "cluster-buyer-6");

    private static ClusterNode nodeA;
    private static ClusterNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = ClusterNode.start("node-a", true, "disputes.deadlines.shop-response=PT3S");
        nodeB = ClusterNode.start("node-b", true, "disputes.deadlines.shop-response=PT3S");
        // Filings of one buyer run one at a time (a row lock), so several buyers file in parallel.
        BUYERS.forEach(nodeA::addBuyer);
    }

    @AfterAll
    static void stopNodes() {
        ClusterNode.closeAll(nodeA, nodeB);
    }

    @Test
    void hundredsOfDueShopResponseDeadlinesFireExactlyOnceSpreadOverBothNodes() throws Exception {
        String prefix = "TS-" + UUID.randomUUID() + "-";
        long filingStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS.size());
        try {
            List<Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                ClusterNode node = i % 2 == 0 ? nodeA : nodeB;
                String buyer = BUYERS.get((i / 2) % BUYERS.size());
                String orderRef = prefix + i;
                filed.add(pool.submit(() -> node.file(buyer, orderRef)));
            }
            for (Future<String> f : filed) {
                assertThat(f.get()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        Duration filing = Duration.ofNanos(System.nanoTime() - filingStarted);

        CaseHistory history = new CaseHistory(nodeA.jdbc(), prefix);
        assertThat(history.cases()).isEqualTo(CASES);
        long waitStarted = System.nanoTime();
        boolean allMovedOn = CaseHistory.await(Duration.ofSeconds(90), () -> history.atStage("SHOP_RESPONSE") == 0);
        Duration waited = Duration.ofNanos(System.nanoTime() - waitStarted);
        assertThat(allMovedOn).as("%d of %d cases still at SHOP_RESPONSE after 90 s",
                history.atStage("SHOP_RESPONSE"), CASES).isTrue();

        String timer = ComplaintProcess.Timers.SHOP_SILENT;
        history.assertShopSilentFiredExactlyOnce(CASES);
        Map<String, Integer> split = history.successfulJobsByHostname(timer);
        int failed = history.failedJobEntries(timer);
        System.out.printf("[cluster] %d shop-response timers: filed in %d ms, all fired %d ms later; "
                        + "split %s; failed attempts (retried) %d%n",
                CASES, filing.toMillis(), waited.toMillis(), split, failed);
        assertThat(split).containsOnlyKeys("node-a", "node-b");
        assertThat(split.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(split.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
    }
}
