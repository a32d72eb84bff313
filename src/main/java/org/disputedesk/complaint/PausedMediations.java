package org.disputedesk.complaint;

import static org.disputedesk.complaint.Rows.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mediation's stopped clocks: the time a case's mediation had left when it stopped for an
 * information request or the committee ({@link Stage#pausesMediation()}).
 */
@Repository
public class PausedMediations {

    private final JdbcClient jdbc;

    PausedMediations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stops the case's mediation clock with {@code left} to go, replacing an earlier stop. */
    public void pause(String complaintId, Duration left, Instant at) {
        resume(complaintId);
        jdbc.sql("insert into paused_mediations (complaint_id, time_left_ms, paused_at) values (?, ?, ?)")
                .params(complaintId, left.toMillis(), utc(at)).update();
    }

    /** The time the case's stopped mediation has left; empty while its clock runs. */
    public Optional<Duration> timeLeft(String complaintId) {
        return jdbc.sql("select time_left_ms from paused_mediations where complaint_id = ?").param(complaintId)
                .query(Long.class).optional().map(Duration::ofMillis);
    }

    /** The case's mediation clock runs again (or runs afresh). */
    public void resume(String complaintId) {
        jdbc.sql("delete from paused_mediations where complaint_id = ?").param(complaintId).update();
    }
}
