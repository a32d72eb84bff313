package org.disputedesk.notification;

import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CaseEvent.Actor;
import org.disputedesk.complaint.CaseEvent.CaseRef;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices table: written for whole groups of recipients in one statement each, read per user.
 * Recipients are the enabled accounts of the moment: the shop's operators, the buyer, the streamer's hosts, the case's
 * mediator (or, before one claimed it, the park's; for an appeal, the park's others), the committee.
 */
@Repository
class Notices {

    private static final String SELECT = """
            select n.*, c.case_number from notifications n join complaints c on c.id = n.complaint_id
            """;
    private static final String SHOP = """
            select m.username from shop_memberships m join users u on u.username = m.username
            where m.shop_id = :shop and u.role = 'SHOP' and u.enabled""";
    private static final String BUYER = "select username from users where username = :buyer and enabled";

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice about {@code stage} to whoever must act there, shown (and mailed) from {@code at}. */
    void toActor(CaseRef ref, Actor actor, String mediator, NoticeKind kind, Stage stage, Instant dueAt,
                 Instant at, boolean mail) {
        insert(recipients(actor, mediator), ref, mediator, kind, stage, dueAt, null, at, mail);
    }

    /** Removes {@code username}'s notices of the case, read or not, mailed or not. */
    void forget(String complaintId, String username) {
        jdbc.sql("delete from notifications where complaint_id = ? and username = ?").params(complaintId, username)
                .update();
    }

    /** A notice of the outcome to the buyer and the shop's operators. */
    void toParties(CaseRef ref, Outcome outcome, Instant at, boolean mail) {
        insert(BUYER + " union " + SHOP, ref, null, NoticeKind.CASE_CLOSED, null, null, outcome, at, mail);
    }

    private static String recipients(Actor actor, String mediator) {
        return switch (actor) {
            case BUYER -> BUYER;
            case SHOP -> SHOP;
            case STREAMER -> "select username from users where role = 'STREAMER' and streamer_id = :streamer and enabled";
            case PARTIES -> BUYER + " union " + SHOP;
            case MEDIATOR -> mediator != null
                    ? "select username from users where username = :mediator and enabled"
                    : "select username from users where role = 'MEDIATOR' and park_id = :park and enabled";
            // an appeal goes to the park's mediators but the one who ruled (the case's mediator)
            case REVIEWERS -> """
                    select username from users where role = 'MEDIATOR' and park_id = :park and enabled
                      and username <> coalesce(cast(:mediator as varchar(64)), '')""";
            case COMMITTEE -> """
                    select username from users
                    where role = 'COMMITTEE' and (park_id is null or park_id = :park) and enabled""";
        };
    }

    /**
     * One statement for all recipients; the case's parties are bound whether the query names them or
     * not. The casts type what PostgreSQL could not infer from a select list (a null deadline).
     */
    private void insert(String recipients, CaseRef ref, String mediator, NoticeKind kind, Stage stage, Instant dueAt,
                        Outcome outcome, Instant at, boolean mail) {
        jdbc.sql("""
                insert into notifications (username, complaint_id, kind, stage, due_at, outcome, at, mail_pending)
                select r.username, cast(:complaint as varchar(36)), cast(:kind as varchar(20)),
                       cast(:stage as varchar(32)), cast(:due as timestamp with time zone),
                       cast(:outcome as varchar(20)), cast(:at as timestamp with time zone), cast(:mail as boolean)
                from (%s) r
                """.formatted(recipients))
                .param("complaint", ref.complaintId()).param("kind", kind.name())
                .param("stage", stage == null ? null : stage.name()).param("due", utc(dueAt))
                .param("outcome", outcome == null ? null : outcome.name()).param("at", utc(at)).param("mail", mail)
                .param("shop", ref.shopId()).param("buyer", ref.buyer()).param("park", ref.parkId())
                .param("mediator", mediator).param("streamer", ref.streamerId())
                .update();
    }

    /** The user's notices shown by {@code now}, newest first; a reminder once a dispatcher let it through. */
    List<Notice> of(String username, boolean unreadOnly, Instant now, int page, int size) {
        return jdbc.sql(SELECT + """
                where n.username = :user and n.at <= :now and not (n.kind = 'REMINDER' and n.mail_pending)
                  and (n.read_at is null or not :unreadOnly)
                order by n.at desc, n.id desc offset :offset rows fetch next :size rows only""")
                .param("user", username).param("now", utc(now)).param("unreadOnly", unreadOnly)
                .param("offset", page * size).param("size", size)
                .query(Notices::map).list();
    }

    long unread(String username, Instant now) {
        return jdbc.sql("""
                select count(*) from notifications n
                where n.username = :user and n.at <= :now and n.read_at is null
                  and not (n.kind = 'REMINDER' and n.mail_pending)""")
                .param("user", username).param("now", utc(now)).query(Long.class).single();
    }

    /** Marks the user's notice read; false when the user has no such notice. */
    boolean markRead(String username, long id, Instant now) {
        return jdbc.sql("""
                update notifications set read_at = coalesce(read_at, :now)
                where id = :id and username = :user and at <= :now and not (kind = 'REMINDER' and mail_pending)""")
                .param("now", utc(now)).param("id", id).param("user", username).update() == 1;
    }

    int markAllRead(String username, Instant now) {
        return jdbc.sql("""
                update notifications set read_at = :now
                where username = :user and read_at is null and at <= :now
                  and not (kind = 'REMINDER' and mail_pending)""")
                .param("now", utc(now)).param("user", username).update();
    }

    static Notice map(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        String outcome = rs.getString("outcome");
        return new Notice(rs.getLong("id"), rs.getString("username"), rs.getString("complaint_id"),
                rs.getLong("case_number"), NoticeKind.valueOf(rs.getString("kind")),
                stage == null ? null : Stage.valueOf(stage), instant(rs, "due_at"),
                outcome == null ? null : Outcome.valueOf(outcome), instant(rs, "at"), instant(rs, "read_at"));
    }
}
