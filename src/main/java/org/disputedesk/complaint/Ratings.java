package org.disputedesk.complaint;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The buyer's rating (1–5) of how a closed case was handled; one per case. */
@Repository
public class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rating as the API shows it. */
    public record Rating(int score, String comment, Instant at) {
    }

    public boolean exists(String complaintId) {
        return jdbc.sql("select count(*) from ratings where complaint_id = ?").param(complaintId)
                .query(Integer.class).single() > 0;
    }

    public Optional<Rating> of(String complaintId) {
        return jdbc.sql("select score, comment, created_at from ratings where complaint_id = ?").param(complaintId)
                .query((rs, n) -> new Rating(rs.getInt(1), rs.getString(2), Rows.instant(rs, "created_at")))
                .optional();
    }

    public void add(String complaintId, int score, String comment, Instant at) {
        jdbc.sql("insert into ratings (complaint_id, score, comment, created_at) values (?, ?, ?, ?)")
                .params(complaintId, score, comment, Rows.utc(at)).update();
    }
}
