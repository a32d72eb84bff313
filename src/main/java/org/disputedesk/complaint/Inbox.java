package org.disputedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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
    private static final String COLUMNS = "id, case_number, stage, due_at, mediation_overdue, shop_id, category, priority";

    /** {@code number}: the case number people read out, as in {@link ComplaintView}. */
    public record Task(String complaintId, long number, Stage stage, Instant dueAt, boolean overdue, String shopId,
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
        List<String> steps = switch (user.role()) {
            case BUYER -> List.of(atStage(Stage.BUYER_REVIEW), atStage(Stage.BUYER_CONFIRMATION),
                    atStage(Stage.INFORMATION_REQUEST) + " and information_party = 'BUYER'",
                    atStage(Stage.APPEAL_WINDOW));
            case SHOP -> List.of(atStage(Stage.SHOP_RESPONSE), atStage(Stage.FULFILMENT),
                    atStage(Stage.INFORMATION_REQUEST) + " and information_party = 'SHOP'",
                    atStage(Stage.APPEAL_WINDOW));
            // an appeal is for the park's other mediators: the one who ruled does not review it
            case MEDIATOR -> List.of(atStage(Stage.MEDIATION) + " and (mediator is null or mediator = :me)",
                    atStage(Stage.APPEAL_REVIEW) + " and ruling_by <> :me");
            case COMMITTEE -> List.of(atStage(Stage.COMMITTEE_REVIEW));
            case STREAMER -> List.of(atStage(Stage.INFORMATION_REQUEST) + " and information_party = 'STREAMER'");
            case ADMIN, PARK_ADMIN -> List.of();
        };
        if (steps.isEmpty()) {
            return List.of();
        }
        CaseFilter mine = access.filterFor(user);
        mine.params().addValue("me", user.username());
        // One branch per step, each in deadline order and cut at the limit: a branch walks its
        // (owner, stage, due_at) index and stops, where one condition over all the steps would read
        // every open case of a busy shop (thousands, each on its own page) to sort them.
        String branches = steps.stream()
                .map(step -> "(select " + COLUMNS + " from complaints where (" + mine.where() + ") and " + step
                        + " order by due_at, id limit " + LIMIT + ")")
                .collect(Collectors.joining(" union all "));
        Instant now = EngineClock.now();
        return jdbc.sql("select * from (" + branches + ") inbox order by due_at, id limit " + LIMIT)
                .paramSource(mine.params())
                .query((rs, n) -> {
                    Instant due = Rows.instant(rs, "due_at");
                    return new Task(rs.getString("id"), rs.getLong("case_number"), Stage.valueOf(rs.getString("stage")), due,
                            Complaint.isOverdue(due, rs.getBoolean("mediation_overdue"), now),
                            rs.getString("shop_id"), Category.valueOf(rs.getString("category")),
                            rs.getString("priority"));
                })
                .list();
    }

    private static String atStage(Stage stage) {
        return "stage = '" + stage.name() + "'";
    }
}
