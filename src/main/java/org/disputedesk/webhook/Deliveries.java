package org.disputedesk.webhook;

import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages to each subscriber and their delivery. Nodes share them through the database: a
 * node sends a message only while it holds its lease, which one conditional update gives to one
 * node at a time.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Deliveries(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Queues {@code message}, due at once, for each subscriber of its park to its event, in the
     * caller's transaction: one statement, which for a park without subscribers reads one index.
     */
    void queue(Message message, Instant now) {
        jdbc.sql("""
                insert into webhook_deliveries (subscription_id, message_id, event, complaint_id, payload, created_at,
                  attempts, schedule_start, next_attempt_at)
                select id, :message, :event, :complaint, :payload, :now, 0, 0, :now
                from webhook_subscriptions where park_id = :park and events like :subscribed escape '\\'""")
                .param("message", message.id()).param("event", message.event().type())
                .param("complaint", message.complaintId()).param("payload", message.body())
                .param("now", utc(now)).param("park", message.parkId())
                .param("subscribed", "%," + message.event().type().replace("_", "\\_") + ",%")
                .update();
    }

    /** A message of the subscription, due to be sent to it. */
    record Due(long id, String subscriptionId, String messageId, String url, String secret, String payload,
               int attempts, int scheduleStart) {
    }

    /** What one node took: the messages it holds under {@code token}, and how many it found due. */
    record Claim(String token, List<Due> claimed, int due) {
    }

    /**
     * Takes the lease of up to {@code max} messages due at {@code now} that no node holds. Each is
     * taken by an update that holds only if it is still due and free, so that of two nodes that saw
     * it due, one takes it; the other's update changes nothing and it does not send that message.
     * One transaction: one commit for the batch, not one a message.
     */
    @Transactional
    Claim claim(Instant now, Instant leaseUntil, int max) {
        // The lower bound starts the index range after the finished messages (null), which H2 would
        // otherwise read one by one at every poll: a backlog drained in batches read it again each time.
        List<Long> due = jdbc.sql("""
                        select id from webhook_deliveries
                        where next_attempt_at > :epoch and next_attempt_at <= :now
                          and (lease_until is null or lease_until < :now)
                        order by next_attempt_at limit :max""")
                .param("epoch", utc(Instant.EPOCH)).param("now", utc(now)).param("max", max)
                .query(Long.class).list()
                // the same order on every node, so that two batches never wait on each other's rows
                .stream().sorted().toList();
        String token = UUID.randomUUID().toString();
        if (due.isEmpty()) {
            return new Claim(token, List.of(), 0);
        }
        batches.batchUpdate("""
                update webhook_deliveries set lease_until = ?, lease_token = ?
                where id = ? and next_attempt_at <= ? and (lease_until is null or lease_until < ?)""",
                due, due.size(), (statement, id) -> {
                    statement.setObject(1, utc(leaseUntil));
                    statement.setString(2, token);
                    statement.setLong(3, id);
                    statement.setObject(4, utc(now));
                    statement.setObject(5, utc(now));
                });
        List<Due> claimed = jdbc.sql("""
                        select d.id, d.subscription_id, d.message_id, s.url, s.secret, d.payload, d.attempts,
                          d.schedule_start
                        from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
                        where d.lease_token = ?""")
                .param(token)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8))).list();
        return new Claim(token, claimed, due.size());
    }

    /** How an attempt ended: the answer's status (null: none in time), and what is next. */
    record Attempt(Due message, Integer status, Instant deliveredAt, Instant nextAttemptAt) {
    }

    /** Records the attempts of the claim {@code token}, giving back their leases, in one commit. */
    @Transactional
    void record(String token, List<Attempt> attempts) {
        batches.batchUpdate("""
                update webhook_deliveries set attempts = attempts + 1, last_status = ?,
                  delivered_at = coalesce(?, delivered_at), next_attempt_at = ?, lease_until = null, lease_token = null
                where id = ? and lease_token = ?""", attempts, attempts.size(),
                (statement, attempt) -> {
                    if (attempt.status() == null) {
                        statement.setNull(1, Types.INTEGER);
                    } else {
                        statement.setInt(1, attempt.status());
                    }
                    statement.setObject(2, utc(attempt.deliveredAt()));
                    statement.setObject(3, utc(attempt.nextAttemptAt()));
                    statement.setLong(4, attempt.message().id());
                    statement.setString(5, token);
                });
    }

    /** The subscription's messages, newest first, a page at a time. */
    List<Delivery> log(String subscriptionId, int page, int size) {
        return jdbc.sql("""
                        select message_id, event, complaint_id, attempts, last_status, delivered_at, next_attempt_at
                        from webhook_deliveries where subscription_id = :subscription
                        order by created_at desc, message_id desc limit :size offset :offset""")
                .param("subscription", subscriptionId).param("size", size).param("offset", (long) page * size)
                .query(Deliveries::delivery).list();
    }

    /**
     * Makes the message due at {@code now} with a fresh round of retries, whatever became of it, and
     * takes its lease from a node sending it meanwhile (whose outcome is then not recorded).
     */
    Optional<Delivery> replay(String subscriptionId, String messageId, Instant now) {
        int updated = jdbc.sql("""
                        update webhook_deliveries set next_attempt_at = ?, schedule_start = attempts,
                          lease_until = null, lease_token = null
                        where subscription_id = ? and message_id = ?""")
                .params(utc(now), subscriptionId, messageId).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select message_id, event, complaint_id, attempts, last_status, delivered_at, next_attempt_at
                        from webhook_deliveries where subscription_id = ? and message_id = ?""")
                .params(subscriptionId, messageId).query(Deliveries::delivery).optional();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("message_id"), rs.getString("event"), rs.getString("complaint_id"),
                rs.getInt("attempts"), rs.getObject("last_status", Integer.class), instant(rs, "delivered_at"),
                instant(rs, "next_attempt_at"));
    }
}
