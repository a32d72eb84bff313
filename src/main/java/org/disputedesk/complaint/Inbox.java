package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;

import org.disputedesk.process.EngineClock;
import org.disputedesk.security.CaseAccess;
import org.disputedesk.security.DeskUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's open work: cases at a step that is theirs to take, soonest deadline first. Read
 * from the domain tables, whose stage the engine keeps current, so that it stays one indexed query.
 */
@Service
public class Inbox {

    private static final int LIMIT = 500;

    public record Task(String complaintId, Stage stage, Instant dueAt, boolean overdue, String shopId,
                       Category category, String priority) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;

    Inbox(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<Task> of(DeskUser user) {
        CaseFilter mine = switch (user.role()) {
            case BUYER -> access.filterFor(user).and(
                    "(stage in ('BUYER_REVIEW', 'BUYER_CONFIRMATION') or "
                            + "(stage = 'INFORMATION_REQUEST' and information_party = :party))", "party", "BUYER");
            case SHOP -> access.filterFor(user).and(
                    "(stage in ('SHOP_RESPONSE', 'FULFILMENT') or "
                            + "(stage = 'INFORMATION_REQUEST' and information_party = :party))", "party", "SHOP");
            case MEDIATOR -> access.filterFor(user).and("stage = 'MEDIATION' and (mediator is null or mediator = :me)",
                    "me", user.username());
            case COMMITTEE -> access.filterFor(user).and("stage = :stage", "stage", Stage.COMMITTEE_REVIEW.name());
            case ADMIN -> null;
        };
        if (mine == null) {
            return List.of();
        }
        Instant now = EngineClock.now();
        return jdbc.sql("select id, stage, due_at, mediation_overdue, shop_id, category, priority from complaints where "
                        + mine.where() + " order by due_at, id limit " + LIMIT)
                .paramSource(mine.params())
                .query((rs, n) -> {
                    Instant due = Complaints.instant(rs, "due_at");
                    return new Task(rs.getString("id"), Stage.valueOf(rs.getString("stage")), due,
                            Complaints.isOverdue(due, rs.getBoolean("mediation_overdue"), now),
                            rs.getString("shop_id"), Category.valueOf(rs.getString("category")),
                            rs.getString("priority"));
                })
                .list();
    }
}
