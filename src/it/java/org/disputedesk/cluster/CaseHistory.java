package org.disputedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.disputedesk.process.ComplaintProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the shared database says about a batch of cases, the cases whose order reference starts
 * with one prefix: their stage, and what history (ACT_HI_*) and the timeline recorded of a timer.
 */
final class CaseHistory {

    /** The success state of ACT_HI_JOB_LOG.JOB_STATE_ (0 created, 1 failed, 2 successful, 3 deleted). */
    static final int JOB_SUCCESSFUL = 2;
    static final int JOB_FAILED = 1;

    private final JdbcTemplate jdbc;
    private final String orderRefPrefix;

    CaseHistory(JdbcTemplate jdbc, String orderRefPrefix) {
        this.jdbc = jdbc;
        this.orderRefPrefix = orderRefPrefix;
    }

    private String like() {
        return orderRefPrefix + "%";
    }

    int cases() {
        return count("select count(*) from complaints where order_ref like ?", like());
    }

    int atStage(String stage) {
        return count("select count(*) from complaints where order_ref like ? and stage = ?", like(), stage);
    }

    /** Per case, how many ACT_HI_ACTINST rows the activity {@code activityId} has. */
    Map<String, Integer> activityInstancesPerCase(String activityId) {
        return perCase("""
                select c.id, (select count(*) from act_hi_actinst a
                              where a.proc_inst_id_ = c.process_instance_id and a.act_id_ = ?)
                from complaints c where c.order_ref like ?""", activityId, like());
    }

    /** Per case, how many successful job log entries the timer {@code activityId} has. */
    Map<String, Integer> successfulJobsPerCase(String activityId) {
        return perCase("""
                select c.id, (select count(*) from act_hi_job_log j
                              where j.process_instance_id_ = c.process_instance_id and j.act_id_ = ?
                                and j.job_state_ = ?)
                from complaints c where c.order_ref like ?""", activityId, JOB_SUCCESSFUL, like());
    }

    /** Per timer job of the batch, how many successful job log entries it has. */
    Map<String, Integer> successfulEntriesPerJob(String activityId) {
        return perCase("""
                select j.job_id_, count(*) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ = ?
                group by j.job_id_""", like(), activityId, JOB_SUCCESSFUL);
    }

    /** The configuration and type of the job definition the successful entries name, with their counts. */
    Map<String, Integer> successfulJobDefinitions(String activityId) {
        return perCase("""
                select j.job_def_type_ || ' / ' || j.job_def_configuration_, count(*) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ = ?
                group by j.job_def_type_, j.job_def_configuration_""", like(), activityId, JOB_SUCCESSFUL);
    }

    int failedJobEntries(String activityId) {
        return count("""
                select count(*) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ = ?""", like(), activityId, JOB_FAILED);
    }

    /** Any job log entry at all (created, failed, successful, deleted) other than the creation. */
    int executionAttempts(String activityId) {
        return count("""
                select count(*) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ in (1, 2)""", like(), activityId);
    }

    /** The hostnames of the nodes that ran the timer successfully, with how many each ran. */
    Map<String, Integer> successfulJobsByHostname(String activityId) {
        return perCase("""
                select j.hostname_, count(*) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ = ?
                group by j.hostname_ order by j.hostname_""", like(), activityId, JOB_SUCCESSFUL);
    }

    /** When the earliest successful run of the timer was logged. */
    Timestamp earliestSuccess(String activityId) {
        return jdbc.queryForObject("""
                select min(j.timestamp_) from act_hi_job_log j
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and j.act_id_ = ? and j.job_state_ = ?""",
                Timestamp.class, like(), activityId, JOB_SUCCESSFUL);
    }

    /** Per case, how many timeline entries have the action {@code action}. */
    Map<String, Integer> timelineEntriesPerCase(String action) {
        return perCase("""
                select c.id, (select count(*) from timeline t where t.complaint_id = c.id and t.action = ?)
                from complaints c where c.order_ref like ?""", action, like());
    }

    /** Per case, how many times its task {@code taskKey} was completed. */
    Map<String, Integer> completedTasksPerCase(String taskKey) {
        return perCase("""
                select c.id, (select count(*) from act_hi_taskinst t
                              where t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = ?
                                and t.delete_reason_ = 'completed')
                from complaints c where c.order_ref like ?""", taskKey, like());
    }

    /** Runtime timer jobs of the batch still waiting at {@code activityId}. */
    int waitingTimers(String activityId) {
        return count("""
                select count(*) from act_ru_job j
                join act_ru_jobdef d on d.id_ = j.job_def_id_
                join complaints c on c.process_instance_id = j.process_instance_id_
                where c.order_ref like ? and d.act_id_ = ?""", like(), activityId);
    }

    /**
     * Checks that each of {@code cases} cases passed the shop-response deadline exactly once: one
     * activity instance of the timer, one successful run of one timer job, one DEADLINE_PASSED.
     */
    void assertShopSilentFiredExactlyOnce(int cases) {
        String timer = ComplaintProcess.Timers.SHOP_SILENT;
        assertThat(cases()).isEqualTo(cases);
        assertThat(activityInstancesPerCase(timer)).hasSize(cases).allSatisfy((id, n) ->
                assertThat(n).as("ACT_HI_ACTINST rows of %s on case %s", timer, id).isEqualTo(1));
        assertThat(successfulJobsPerCase(timer)).hasSize(cases).allSatisfy((id, n) ->
                assertThat(n).as("successful job log entries of %s on case %s", timer, id).isEqualTo(1));
        assertThat(successfulEntriesPerJob(timer)).hasSize(cases).allSatisfy((job, n) ->
                assertThat(n).as("successful job log entries of job %s", job).isEqualTo(1));
        assertThat(successfulJobDefinitions(timer)).hasSize(1).allSatisfy((definition, n) -> {
            assertThat(definition).startsWith("timer-transition");
            assertThat(n).isEqualTo(cases);
        });
        assertThat(timelineEntriesPerCase("DEADLINE_PASSED")).hasSize(cases).allSatisfy((id, n) ->
                assertThat(n).as("DEADLINE_PASSED entries on the timeline of case %s", id).isEqualTo(1));
        assertThat(atStage("SHOP_RESPONSE")).isZero();
        assertThat(waitingTimers(timer)).isZero();
    }

    private Map<String, Integer> perCase(String sql, Object... args) {
        Map<String, Integer> result = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString(1), rs.getInt(2));
        }, args);
        return result;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Polls {@code condition} every 200 ms until it holds or {@code timeout} passes; answers whether it held. */
    static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
