package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.process.ComplaintProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node that dies while it holds jobs leaves no stuck case: its locks expire and a live node
 * takes the jobs over, each exactly once.
 *
 * <p>A node in this JVM cannot be killed with SIGKILL, so the test leaves behind exactly what a
 * killed node leaves: due timer jobs locked (ACT_RU_JOB.LOCK_OWNER_, LOCK_EXP_TIME_) by an owner
 * that no longer exists. The cases are filed on a node whose job executor is off, which then stops.
 */
class DeadNodeClusterTests {

    private static final int CASES = 30;
    private static final Duration LOCK_LEFT = Duration.ofSeconds(10);

    private ClusterNode dying;
    private ClusterNode live;

    @AfterEach
    void stopNodes() {
        ClusterNode.closeAll(dying, live);
    }

    @Test
    void timersLockedByADeadNodeFireOnALiveNodeOnlyAfterTheLockExpiresAndExactlyOnce() {
        dying = ClusterNode.start("node-dead", false, "disputes.deadlines.shop-response=PT3S");
        live = ClusterNode.start("node-live", true, "disputes.deadlines.shop-response=PT3S");
        String prefix = "DN-" + UUID.randomUUID() + "-";
        String controlPrefix = "DNC-" + UUID.randomUUID() + "-";
        String timer = ComplaintProcess.Timers.SHOP_SILENT;

        // Each case's timer job is locked for the dead node right after filing, long before it falls due
        // (3 s): no live executor can have taken it first.
        for (int i = 0; i < CASES; i++) {
            String id = dying.file(i % 2 == 0 ? "buyer1" : "buyer2", prefix + i);
            int locked = dying.jdbc().update("""
                    update act_ru_job set lock_owner_ = 'dead-node', lock_exp_time_ = ?
                    where lock_owner_ is null
                      and job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)
                      and process_instance_id_ = (select process_instance_id from complaints where id = ?)""",
                    new Timestamp(System.currentTimeMillis() + 60_000), timer, id);
            assertThat(locked).as("timer job of case %s locked for the dead node", id).isEqualTo(1);
        }
        // Due at the same time, but not locked: shows the live node's executor works meanwhile.
        dying.file("buyer2", controlPrefix + "0");

        // The dead node's leftovers: the cases' timer jobs, locked by it for another LOCK_LEFT.
        Timestamp lockExpires = new Timestamp(System.currentTimeMillis() + LOCK_LEFT.toMillis());
        int locked = dying.jdbc().update("""
                update act_ru_job set lock_exp_time_ = ?
                where lock_owner_ = 'dead-node'
                  and process_instance_id_ in (select process_instance_id from complaints where order_ref like ?)""",
                lockExpires, prefix + "%");
        assertThat(locked).as("timer jobs locked for the dead node").isEqualTo(CASES);
        dying.close();
        dying = null;

        CaseHistory history = new CaseHistory(live.jdbc(), prefix);
        CaseHistory control = new CaseHistory(live.jdbc(), controlPrefix);
        Timestamp due = live.jdbc().queryForObject("""
                select max(duedate_) from act_ru_job where process_instance_id_ in
                  (select process_instance_id from complaints where order_ref like ?)""", Timestamp.class, prefix + "%");
        assertThat(due).as("the timers fall due before the lock expires").isBefore(lockExpires);

        assertThat(CaseHistory.await(LOCK_LEFT, () -> control.atStage("SHOP_RESPONSE") == 0))
                .as("the unlocked control case moves on while the others are locked").isTrue();
        long controlFiredAt = System.currentTimeMillis();
        // Until the lock expires, the live node does not touch the dead node's jobs, due as they are.
        while (System.currentTimeMillis() < lockExpires.getTime() - 300) {
            assertThat(history.atStage("SHOP_RESPONSE")).as("cases still waiting before the lock expires")
                    .isEqualTo(CASES);
            assertThat(history.executionAttempts(timer)).as("runs of locked jobs before the lock expires").isZero();
            sleep(250);
        }

        assertThat(CaseHistory.await(Duration.ofSeconds(30), () -> history.atStage("SHOP_RESPONSE") == 0))
                .as("%d of %d cases still at SHOP_RESPONSE 30 s after the dead node's lock expired",
                        history.atStage("SHOP_RESPONSE"), CASES).isTrue();
        long allFiredAt = System.currentTimeMillis();

        history.assertShopSilentFiredExactlyOnce(CASES);
        control.assertShopSilentFiredExactlyOnce(1);
        Map<String, Integer> byHost = history.successfulJobsByHostname(timer);
        assertThat(byHost).containsExactly(Map.entry("node-live", CASES));
        Timestamp earliest = history.earliestSuccess(timer);
        assertThat(earliest).as("no locked job ran before its lock expired").isAfterOrEqualTo(lockExpires);
        System.out.printf("[cluster] dead node: %d timers due %s, locked until %s; control case fired %d ms before "
                        + "the lock expired; first takeover at %s, all %d moved on %d ms after expiry, by %s%n",
                CASES, due, lockExpires, lockExpires.getTime() - controlFiredAt, earliest, CASES,
                allFiredAt - lockExpires.getTime(), byHost);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
