package org.disputedesk.webhook;

import static org.disputedesk.complaint.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parks' webhook subscriptions. */
@Repository
class Subscriptions {

    private static final String COLUMNS = "id, url, events, park_id";

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Webhook webhook, String secret, String createdBy, Instant at) {
        jdbc.sql("""
                insert into webhook_subscriptions (id, park_id, url, events, secret, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(webhook.id(), webhook.parkId(), webhook.url(), stored(webhook.events()), secret, createdBy,
                        utc(at))
                .update();
    }

    Optional<Webhook> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscriptions where id = ?").param(id)
                .query(Subscriptions::webhook).optional();
    }

    /** The subscriptions of {@code parkId} (every park's when null), oldest first, a page at a time. */
    List<Webhook> page(String parkId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscriptions"
                        + (parkId == null ? "" : " where park_id = :park")
                        + " order by created_at, id limit :size offset :offset")
                .param("park", parkId).param("size", size).param("offset", (long) page * size)
                .query(Subscriptions::webhook).list();
    }

    /** Removes the subscription and its messages, sent or not; false when there was none. */
    boolean delete(String id) {
        return jdbc.sql("delete from webhook_subscriptions where id = ?").param(id).update() > 0;
    }

    /** The event types between commas, so that {@code like '%,<type>,%'} finds exactly one of them. */
    private static String stored(Collection<String> events) {
        return "," + String.join(",", events) + ",";
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        List<String> events = Arrays.stream(rs.getString("events").split(",")).filter(e -> !e.isEmpty()).toList();
        return new Webhook(rs.getString("id"), rs.getString("url"), events, rs.getString("park_id"));
    }
}
