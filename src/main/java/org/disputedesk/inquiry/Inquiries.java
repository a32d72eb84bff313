package org.disputedesk.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputedesk.complaint.CommitteeFindings.Citation;
import org.disputedesk.complaint.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inquiries' rows. A step's update names the stage it leaves, so a step that another request (or the
 * plan's deadline) took first changes nothing and says so.
 */
@Repository
class Inquiries {

    private static final String COLUMNS = """
            id, shop_id, park_id, stage, verdict, opened_at, due_at, requirements, notice_by, notice_at, plan,
            plan_by, plan_at, reasoning, verified_by, closed_at""";

    private final JdbcClient jdbc;

    Inquiries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which inquiries a list shows: every one, or those of some shops, or of a park; by stage and shop. */
    record Scope(boolean all, List<String> shopIds, String parkId) {
    }

    /**
     * The shop's cases with a NONCONFORMING finding since {@code since} that no inquiry took up yet, oldest
     * first: a finding counts towards one inquiry only.
     */
    List<String> findingsNotInquiredSince(String shopId, Instant since) {
        return jdbc.sql("""
                select r.complaint_id from committee_rulings r join complaints c on c.id = r.complaint_id
                where c.shop_id = ? and r.finding = 'NONCONFORMING' and r.created_at >= ?
                  and r.complaint_id not in (select complaint_id from inquiry_findings)
                group by r.complaint_id order by min(r.created_at), r.complaint_id""")
                .params(shopId, Rows.utc(since)).query(String.class).list();
    }

    /**
     * Holds the shop's row until the finding's transaction ends: two findings against one shop at once count
     * one after the other, so that the second sees the inquiry the first opened.
     */
    void lockShop(String shopId) {
        jdbc.sql("select id from shops where id = ? for update").param(shopId).query(String.class).list();
    }

    boolean hasOpen(String shopId) {
        return jdbc.sql("select count(*) from inquiries where open_shop_id = ?").param(shopId)
                .query(Long.class).single() > 0;
    }

    void open(String id, String shopId, String parkId, List<String> findings, Instant at) {
        jdbc.sql("""
                insert into inquiries (id, shop_id, park_id, open_shop_id, stage, opened_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, shopId, parkId, shopId, InquiryStage.COMMITTEE_NOTICE.name(), Rows.utc(at)).update();
        findings.forEach(complaintId -> jdbc.sql("insert into inquiry_findings (inquiry_id, complaint_id) values (?, ?)")
                .params(id, complaintId).update());
    }

    Optional<Inquiry> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from inquiries where id = ?").param(id)
                .query((rs, n) -> row(rs)).optional().map(this::withLists);
    }

    List<Inquiry> list(Scope scope, InquiryStage stage, String shopId, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!scope.all()) {
            if (scope.parkId() != null) {
                where.append(" and park_id = ?");
                params.add(scope.parkId());
            } else if (scope.shopIds().isEmpty()) {
                return List.of();
            } else {
                where.append(" and shop_id in (").append(String.join(", ", scope.shopIds().stream().map(s -> "?")
                        .toList())).append(")");
                params.addAll(scope.shopIds());
            }
        }
        if (stage != null) {
            where.append(" and stage = ?");
            params.add(stage.name());
        }
        if (shopId != null) {
            where.append(" and shop_id = ?");
            params.add(shopId);
        }
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from inquiries" + where + " order by opened_at desc, id limit ? offset ?")
                .params(params).query((rs, n) -> row(rs)).list().stream().map(this::withLists).toList();
    }

    /** Every inquiry of the shop, newest first: its public record shows them. */
    List<Inquiry> ofShop(String shopId) {
        return jdbc.sql("select " + COLUMNS + " from inquiries where shop_id = ? order by opened_at desc, id")
                .param(shopId).query((rs, n) -> row(rs)).list().stream().map(this::withLists).toList();
    }

    boolean noticeSent(String id, String requirements, List<Citation> citations, String by, Instant at, Instant dueAt) {
        boolean moved = jdbc.sql("""
                update inquiries set stage = ?, requirements = ?, notice_by = ?, notice_at = ?, due_at = ?
                where id = ? and stage = ?""")
                .params(InquiryStage.CORRECTIVE_PLAN.name(), requirements, by, Rows.utc(at), Rows.utc(dueAt), id,
                        InquiryStage.COMMITTEE_NOTICE.name()).update() == 1;
        if (moved) {
            citations.forEach(c -> jdbc.sql("insert into inquiry_citations (inquiry_id, standard_code, clause) values (?, ?, ?)")
                    .params(id, c.standard(), c.clause()).update());
        }
        return moved;
    }

    boolean planSent(String id, String plan, String by, Instant at) {
        return jdbc.sql("""
                update inquiries set stage = ?, plan = ?, plan_by = ?, plan_at = ?, due_at = null
                where id = ? and stage = ?""")
                .params(InquiryStage.VERIFICATION.name(), plan, by, Rows.utc(at), id,
                        InquiryStage.CORRECTIVE_PLAN.name()).update() == 1;
    }

    /** Closes the inquiry from {@code from}: verified by a member, or ({@code by} null) lapsed without a plan. */
    boolean close(String id, InquiryStage from, Verdict verdict, String reasoning, String by, Instant at) {
        return jdbc.sql("""
                update inquiries set stage = ?, open_shop_id = null, verdict = ?, reasoning = ?, verified_by = ?,
                  closed_at = ?, due_at = null
                where id = ? and stage = ?""")
                .params(InquiryStage.CLOSED.name(), verdict.name(), reasoning, by, Rows.utc(at), id, from.name())
                .update() == 1;
    }

    private Inquiry withLists(Inquiry i) {
        List<String> findings = jdbc.sql("select complaint_id from inquiry_findings where inquiry_id = ? order by 1")
                .param(i.id()).query(String.class).list();
        List<Citation> citations = jdbc.sql("""
                select standard_code, clause from inquiry_citations where inquiry_id = ? order by 1, 2""")
                .param(i.id()).query((rs, n) -> new Citation(rs.getString(1), rs.getString(2))).list();
        return new Inquiry(i.id(), i.shopId(), i.parkId(), i.stage(), i.verdict(), findings, i.openedAt(), i.dueAt(),
                i.requirements(), citations, i.noticeBy(), i.noticeAt(), i.plan(), i.planBy(), i.planAt(),
                i.reasoning(), i.verifiedBy(), i.closedAt());
    }

    private static Inquiry row(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        return new Inquiry(rs.getString("id"), rs.getString("shop_id"), rs.getString("park_id"),
                InquiryStage.valueOf(rs.getString("stage")), verdict == null ? null : Verdict.valueOf(verdict),
                List.of(), Rows.instant(rs, "opened_at"), Rows.instant(rs, "due_at"), rs.getString("requirements"),
                List.of(), rs.getString("notice_by"), Rows.instant(rs, "notice_at"), rs.getString("plan"),
                rs.getString("plan_by"), Rows.instant(rs, "plan_at"), rs.getString("reasoning"),
                rs.getString("verified_by"), Rows.instant(rs, "closed_at"));
    }
}
