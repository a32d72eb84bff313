package org.disputedesk.notification;

import static org.disputedesk.complaint.Rows.instant;
import static org.disputedesk.complaint.Rows.utc;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices still to be mailed, read as an outbox. A dispatcher claims one row at a time with a
 * conditional update, which only one node's can win; a claim that outlives a crashed node expires,
 * and a failed attempt's claim is kept until its retry is due.
 */
@Repository
class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notices due by {@code now} and claimed by nobody, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from notifications
                where mail_pending and at <= :now and (mail_claimed_until is null or mail_claimed_until < :now)
                order by at fetch first :limit rows only""")
                .param("now", utc(now)).param("limit", limit).query(Long.class).list();
    }

    /** True when this caller won the notice until {@code until}. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("""
                update notifications set mail_claimed_until = :until
                where id = :id and mail_pending and (mail_claimed_until is null or mail_claimed_until < :now)""")
                .param("until", utc(until)).param("id", id).param("now", utc(now)).update() == 1;
    }

    /**
     * What mailing a claimed notice needs: its recipient's address and wishes, and where its case or inquiry
     * stands.
     */
    Optional<Letter> letter(long id) {
        return jdbc.sql("""
                select n.*, c.case_number, s.name as shop_name, s.name_zh as shop_name_zh,
                       coalesce(c.stage, i.stage) as subject_stage, coalesce(c.due_at, i.due_at) as subject_due_at,
                       u.email, u.locale, u.display_name, u.enabled,
                       coalesce(p.mail_actions, true) as mail_actions,
                       coalesce(p.mail_reminders, true) as mail_reminders,
                       coalesce(p.mail_outcomes, true) as mail_outcomes
                from notifications n
                left join complaints c on c.id = n.complaint_id
                left join inquiries i on i.id = n.inquiry_id
                left join shops s on s.id = i.shop_id
                join users u on u.username = n.username
                left join notification_preferences p on p.username = n.username
                where n.id = ?""")
                .param(id)
                .query((rs, row) -> {
                    Notice notice = Notices.map(rs, row);
                    boolean wanted = switch (notice.kind()) {
                        case ACTION_REQUIRED -> rs.getBoolean("mail_actions");
                        case REMINDER -> rs.getBoolean("mail_reminders");
                        case CASE_CLOSED, INQUIRY_CLOSED -> rs.getBoolean("mail_outcomes");
                    };
                    boolean stillDue = Objects.equals(rs.getString("subject_stage"), notice.stage())
                            && Objects.equals(notice.dueAt(), instant(rs, "subject_due_at"));
                    return new Letter(notice, rs.getString("email"), rs.getString("locale"),
                            rs.getString("display_name"), rs.getBoolean("enabled") && wanted,
                            notice.kind() != NoticeKind.REMINDER || stillDue, rs.getInt("mail_attempts"));
                })
                .optional();
    }

    /** Handled: mailed, or nothing to mail. */
    void done(long id) {
        jdbc.sql("update notifications set mail_pending = false, mail_claimed_until = null where id = ?")
                .param(id).update();
    }

    /** Mailing failed: tried again once {@code retryAt} has passed. */
    void retryAt(long id, Instant retryAt) {
        jdbc.sql("update notifications set mail_attempts = mail_attempts + 1, mail_claimed_until = :at where id = :id")
                .param("at", utc(retryAt)).param("id", id).update();
    }

    /** A reminder whose deadline is no longer the case's: nobody should see it. */
    void drop(long id) {
        jdbc.sql("delete from notifications where id = ?").param(id).update();
    }

    /**
     * A claimed notice with what its mail needs. {@code wanted}: the recipient is enabled and wants
     * this kind by mail; {@code current}: not a reminder of a deadline the case or inquiry has left;
     * {@code attempts}: how often mailing it failed.
     */
    record Letter(Notice notice, String email, String locale, String displayName, boolean wanted,
                  boolean current, int attempts) {
    }
}
