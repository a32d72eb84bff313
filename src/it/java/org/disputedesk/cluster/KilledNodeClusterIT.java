package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node killed with SIGKILL while its job executor holds locked timer jobs leaves no stuck case:
 * the jobs it had finished stay done, the ones it held are taken over by a live node once their
 * lock expires, and every case passes its deadline exactly once.
 *
 * <p>The killed node is the packaged application in its own JVM: build it first
 * ({@code app.jar}), so it runs in the PostgreSQL suite after packaging ({@code mvn verify -Ppostgres}).
 */
class KilledNodeClusterIT {

    private static final int CASES = 150;
    private static final Duration LOCK_TIME = Duration.ofSeconds(8);

    private ClusterNode front;
    private ClusterNode survivor;
    private Process killed;

    @AfterEach
    void stopNodes() {
        if (killed != null && killed.isAlive()) {
            killed.destroyForcibly();
        }
        ClusterNode.closeAll(front, survivor);
    }

    @Test
    void aNodeKilledWhileItHoldsLockedTimerJobsLeavesNoStuckCaseAndNothingRunsTwice()
            throws Exception {
        String jar = System.getProperty("app.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("needs the packaged application: run it with mvn verify -Ppostgres");
        }
        String timer = ComplaintProcess.Timers.SHOP_SILENT;
        String prefix = "KN-" + UUID.randomUUID() + "-";

        // The front node files the cases, its executor off. The packaged node boots meanwhile (half a
        // minute): by the time its executor starts, a heap of timers is due and it locks many at once.
        front = ClusterNode.start("node-front", false, "disputes.deadlines.shop-response=PT3S");
        Path log = Files.createTempFile("node-killed", ".log");
        killed = startPackagedNode(jar, log);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> filed = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                String buyer = i % 2 == 0 ? "buyer1" : "buyer2";
                String orderRef = prefix + i;
                filed.add(pool.submit(() -> front.file(buyer, orderRef)));
            }
            for (Future<String> f : filed) {
                assertThat(f.get()).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        CaseHistory history = new CaseHistory(front.jdbc(), prefix);
        boolean midWork = CaseHistory.await(Duration.ofSeconds(90), () ->
                !killed.isAlive() || (history.successfulJobsByHostname(timer).getOrDefault("node-killed", 0) >= 5
                        && lockedJobs(prefix) > 0));
        assertThat(killed.isAlive()).as("the packaged node runs (its log: %s)", log).isTrue();
        assertThat(midWork).as("the packaged node took timer jobs within 90 s (its log: %s)", log).isTrue();
        killed.destroyForcibly().waitFor();
        long killedAt = System.currentTimeMillis();

        int doneByKilled = history.successfulJobsByHostname(timer).getOrDefault("node-killed", 0);
        Map<String, Timestamp> orphanedLocks = new HashMap<>();
        front.jdbc().query("""
                select j.id_, j.lock_exp_time_ from act_ru_job j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.lock_owner_ is not null""",
                rs -> {
                    orphanedLocks.put(rs.getString(1), rs.getTimestamp(2));
                }, prefix + "%");
        assertThat(orphanedLocks).as("timer jobs the killed node held").isNotEmpty();

        survivor = ClusterNode.start("node-survivor", true, "disputes.deadlines.shop-response=PT3S");
        assertThat(CaseHistory.await(Duration.ofSeconds(60), () -> history.atStage("SHOP_RESPONSE") == 0))
                .as("%d of %d cases still at SHOP_RESPONSE 60 s after the kill", history.atStage("SHOP_RESPONSE"),
                        CASES).isTrue();

        history.assertShopSilentFiredExactlyOnce(CASES);
        Map<String, Integer> byHost = history.successfulJobsByHostname(timer);
        assertThat(byHost).containsOnlyKeys("node-killed", "node-survivor")
                .containsEntry("node-killed", doneByKilled);
        assertThat(byHost.get("node-survivor")).isEqualTo(CASES - doneByKilled);
        orphanedLocks.forEach((job, expiry) -> {
            Map<String, Object> run = front.jdbc().queryForMap("""
                    select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = ?""",
                    job, CaseHistory.JOB_SUCCESSFUL);
            assertThat(run.get("hostname_")).as("who ran orphaned job %s", job).isEqualTo("node-survivor");
            assertThat((Timestamp) run.get("timestamp_")).as("when orphaned job %s ran", job)
                    .isAfterOrEqualTo(expiry);
        });
        Timestamp lastLockExpiry = orphanedLocks.values().stream().max(Timestamp::compareTo).orElseThrow();
        System.out.printf("[cluster] killed node: SIGKILL after it ran %d of %d timers, holding %d locked jobs "
                        + "(locks expiring up to %d ms after the kill); all cases moved on %d ms after the kill; "
                        + "split %s%n", doneByKilled, CASES, orphanedLocks.size(),
                lastLockExpiry.getTime() - killedAt, System.currentTimeMillis() - killedAt, byHost);
        Files.deleteIfExists(log);
    }

    private int lockedJobs(String prefix) {
        Integer n = front.jdbc().queryForObject("""
                select count(*) from act_ru_job j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.lock_owner_ is not null""", Integer.class, prefix + "%");
        return n == null ? 0 : n;
    }

    /** The packaged application as its own OS process, with the cluster settings as arguments. */
    private static Process startPackagedNode(String jar, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar,
                "--spring.profiles.active=demo",
                "--server.port=0",
                "--spring.datasource.url=" + System.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + System.getProperty("spring.datasource.username", "postgres"),
                "--spring.datasource.password=" + System.getProperty("spring.datasource.password", ""),
                "--camunda.bpm.database.type=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                // Acquires many jobs at once and holds their locks briefly, so a kill strands some for a short while.
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=20",
                "--camunda.bpm.job-execution.queue-capacity=20",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                "--camunda.bpm.generic-properties.properties.hostname=node-killed",
                "--disputes.deadlines.shop-response=PT3S"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
