package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.POSTGRES;
import static org.disputedesk.bench.Bench.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What the benchmark asks of its database beside the load: counts that check a phase's result,
 * and on PostgreSQL planner statistics, checkpoints and the WAL written.
 */
final class BenchDatabase {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    /** PostgreSQL's checkpoint count when the last phase ended, -1 before the first. */
    private long checkpoints = -1;

    BenchDatabase(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Statistics of the tables named, or of all. A production database has planner statistics
     * (autovacuum); tables just filled have none yet, so PostgreSQL would plan the next phases'
     * queries for empty tables, and autovacuum catching up would run during them.
     */
    void gatherStatistics(String... tables) {
        if (POSTGRES) {
            jdbc.sql("vacuum analyze " + String.join(", ", tables)).update();
        }
    }

    /**
     * A year's cases were written to disk long ago; a seed just loaded is still gigabytes of dirty
     * pages and WAL, and PostgreSQL writing them out during the next phases (a checkpoint every 30 s
     * with the default max_wal_size) stalls their commits: the HTTP lifecycles after one such seed
     * ran at half the throughput for the same CPU per lifecycle. Needs a superuser or pg_checkpoint.
     */
    void flushSeedToDisk() {
        if (POSTGRES) {
            try {
                jdbc.sql("checkpoint").update();
            } catch (DataAccessException e) {
                log("no checkpoint after the seed (%s); the next phases may share the disk with one", e.getMessage());
            }
        }
    }

    /** The size of the H2 database's files under {@code dir}, in MB. */
    static double h2FileMb(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1_048_576.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long openCases() {
        return jdbc.sql("select count(*) from complaints where stage <> 'CLOSED'").query(Long.class).single();
    }

    /** Shop-response timers due at or before {@code due} that no job executor has run yet. */
    long dueTimers(Instant due) {
        return jdbc.sql("select count(*) from act_ru_job where duedate_ <= ? and handler_type_ = 'timer-transition'")
                .param(Timestamp.from(due)).query(Long.class).single();
    }

    long atShopResponse(String orderRefLike) {
        return jdbc.sql("select count(*) from complaints where stage = 'SHOP_RESPONSE' and order_ref like ?")
                .param(orderRefLike).query(Long.class).single();
    }

    /**
     * PostgreSQL checkpoints during the phase just done: one that writes out gigabytes of dirty
     * pages stalls the commits of whatever runs beside it (runs G and J in docs/benchmarks.md).
     */
    void checkpointsSince(String phase, Figures figures) {
        if (!POSTGRES || dataSource instanceof HikariDataSource h && h.isClosed()) {
            return;
        }
        long total = jdbc.sql("select checkpoints_timed + checkpoints_req from pg_stat_bgwriter")
                .query(Long.class).single();
        if (checkpoints >= 0) {
            figures.put(phase + "_checkpoints", total - checkpoints);
        }
        checkpoints = total;
    }

    /** Bytes of WAL PostgreSQL has written since it was created; 0 on H2, which has none to count. */
    long walPosition() {
        return POSTGRES
                ? jdbc.sql("select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint").query(Long.class).single()
                : 0;
    }
}
