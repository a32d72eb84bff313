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
import org.disputedesk.inquiry.InquiryStageReached;
import org.disputedesk.notification.Notice.About;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices table: written for whole groups of recipients in one statement each, read per user.
 * Recipients are the enabled accounts of the moment: the shop's operators, the buyer, the streamer's hosts, the case's
 * mediator (or, before one claimed it, the park's; for an appeal, the park's others), the committee. An inquiry's
 * notices go to its shop's operators and the committee.
 */
@Repository
class Notices {

    /** A notice with what names its case or inquiry; {@link #map} reads it. */
    static final String SELECT = """
            select n.*, c.case_number, s.name as shop_name, s.name_zh as shop_name_zh
            from notifications n
            left join complaints c on c.id = n.complaint_id
            left join inquiries i on i.id = n.inquiry_id
            left join shops s on s.id = i.shop_id
            """;
    private static final String SHOP = """
            select m.username from shop_memberships m join users u on u.username = m.username
            where m.shop_id = :shop and u.role = 'SHOP' and u.enabled""";
    private static final String BUYER = "select username from users where username = :buyer and enabled";
    private static final String COMMITTEE = """
            select username from users
            where role = 'COMMITTEE' and (park_id is null or park_id = :park) and enabled""";

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice about {@code stage} to whoever must act there, shown (and mailed) from {@code at}. */
    void toActor(CaseRef ref, Actor actor, String mediator, NoticeKind kind, Stage stage, Instant dueAt,
                 Instant at, boolean mail) {
        insert(recipients(actor, mediator), Subject.of(ref, mediator), kind, stage.name(), dueAt, null, at, mail);
    }

    /** A notice about the inquiry's stage to whoever must act there: the shop for its plan, else the committee. */
    void toInquiryActor(InquiryStageReached reached, NoticeKind kind, Instant dueAt, Instant at, boolean mail) {
        String recipients = switch (reached.stage()) {
            case CORRECTIVE_PLAN -> SHOP;
            case COMMITTEE_NOTICE, VERIFICATION -> COMMITTEE;
            case CLOSED -> throw new IllegalArgumentException("a closed inquiry waits for nobody");
        };
        insert(recipients, Subject.of(reached), kind, reached.stage().name(), dueAt, null, at, mail);
    }

    /** The inquiry's verdict to the shop's operators. */
    void toInquiredShop(InquiryStageReached closed, boolean mail) {
        insert(SHOP, Subject.of(closed), NoticeKind.INQUIRY_CLOSED, null, null, closed.verdict().name(), closed.at(),
                mail);
    }

    /** Removes {@code username}'s notices of the case, read or not, mailed or not. */
    void forget(String complaintId, String username) {
        jdbc.sql("delete from notifications where complaint_id = ? and username = ?").params(complaintId, username)
                .update();
    }

    /** A notice of the outcome to the buyer and the shop's operators. */
    void toParties(CaseRef ref, Outcome outcome, Instant at, boolean mail) {
        insert(BUYER + " union " + SHOP, Subject.of(ref, null), NoticeKind.CASE_CLOSED, null, null, outcome.name(), at,
                mail);
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
            case COMMITTEE -> COMMITTEE;
        };
    }

    /**
     * One statement for all recipients; the subject's parties are bound whether the query names them or
     * not. The casts type what PostgreSQL could not infer from a select list (a null deadline).
     */
    private void insert(String recipients, Subject subject, NoticeKind kind, String stage, Instant dueAt,
                        String outcome, Instant at, boolean mail) {
        jdbc.sql("""
                insert into notifications (username, complaint_id, inquiry_id, kind, stage, due_at, outcome, at,
                                           mail_pending)
                select r.username, cast(:complaint as varchar(36)), cast(:inquiry as varchar(36)),
                       cast(:kind as varchar(20)), cast(:stage as varchar(32)),
                       cast(:due as timestamp with time zone), cast(:outcome as varchar(20)),
                       cast(:at as timestamp with time zone), cast(:mail as boolean)
                from (%s) r
                """.formatted(recipients))
                .param("complaint", subject.complaintId()).param("inquiry", subject.inquiryId())
                .param("kind", kind.name()).param("stage", stage).param("due", utc(dueAt))
                .param("outcome", outcome).param("at", utc(at)).param("mail", mail)
                .param("shop", subject.shopId()).param("buyer", subject.buyer()).param("park", subject.parkId())
                .param("mediator", subject.mediator()).param("streamer", subject.streamerId())
                .update();
    }

    /** What a notice is about, and the parties its recipients' queries may name. */
    private record Subject(String complaintId, String inquiryId, String shopId, String parkId, String buyer,
                           String streamerId, String mediator) {

        static Subject of(CaseRef ref, String mediator) {
            return new Subject(ref.complaintId(), null, ref.shopId(), ref.parkId(), ref.buyer(), ref.streamerId(),
                    mediator);
        }

        static Subject of(InquiryStageReached reached) {
            return new Subject(null, reached.inquiryId(), reached.shopId(), reached.parkId(), null, null, null);
        }
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
        Long caseNumber = rs.getObject("case_number", Long.class);
        About about = new About(rs.getString("complaint_id"), caseNumber,
                rs.getString("inquiry_id"), rs.getString("shop_name"), rs.getString("shop_name_zh"));
        return new Notice(rs.getLong("id"), rs.getString("username"), about, NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("stage"), instant(rs, "due_at"), rs.getString("outcome"), instant(rs, "at"),
                instant(rs, "read_at"));
    }
}
