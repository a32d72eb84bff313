package org.disputedesk.committee;

import java.time.Instant;
import java.util.List;

import org.disputedesk.complaint.CommitteeFindings;
import org.disputedesk.complaint.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Standards violations found by the committee, per shop and per clause. */
@Repository
public class Violations {

    private final JdbcClient jdbc;

    Violations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ByClause(String standard, String clause, String title, long count) {
    }

    public record ByShop(String shopId, String parkId, long count) {
    }

    /** The committee's standards work: which clauses are broken most, and by whom. */
    public record Summary(List<ByClause> byClause, List<ByShop> byShop) {
    }

    void record(String complaintId, String shopId, String parkId, long rulingId, CommitteeFindings.Citation citation,
                Instant at) {
        jdbc.sql("""
                insert into violations (complaint_id, shop_id, park_id, ruling_id, standard_code, clause, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(complaintId, shopId, parkId, rulingId, citation.standard(), citation.clause(),
                        Rows.utc(at))
                .update();
    }

    public Summary summary() {
        List<ByClause> byClause = jdbc.sql("""
                select v.standard_code, v.clause, c.title, count(*) from violations v
                join standard_clauses c on c.standard_code = v.standard_code and c.clause = v.clause
                group by v.standard_code, v.clause, c.title order by count(*) desc, v.standard_code, v.clause""")
                .query((rs, n) -> new ByClause(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        List<ByShop> byShop = jdbc.sql("""
                select shop_id, park_id, count(*) from violations
                group by shop_id, park_id order by count(*) desc, shop_id""")
                .query((rs, n) -> new ByShop(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        return new Summary(byClause, byShop);
    }

    public List<ByClause> ofShop(String shopId) {
        return jdbc.sql("""
                select v.standard_code, v.clause, c.title, count(*) from violations v
                join standard_clauses c on c.standard_code = v.standard_code and c.clause = v.clause
                where v.shop_id = ?
                group by v.standard_code, v.clause, c.title order by count(*) desc, v.standard_code, v.clause""")
                .param(shopId)
                .query((rs, n) -> new ByClause(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }
}
