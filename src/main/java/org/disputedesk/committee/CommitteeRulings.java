package org.disputedesk.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputedesk.complaint.CommitteeFindings;
import org.disputedesk.complaint.Finding;
import org.disputedesk.complaint.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The committee's rulings and the clauses they cite; a case shows its latest. */
@Repository
public class CommitteeRulings implements CommitteeFindings {

    private final JdbcClient jdbc;

    CommitteeRulings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String complaintId, String member, Finding finding, String reasoning, List<Citation> citations,
             Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into committee_rulings (complaint_id, member, finding, reasoning, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(complaintId, member, finding.name(), reasoning, Rows.utc(at))
                .update(key, "id");
        long rulingId = Rows.generatedId(key);
        for (Citation citation : citations) {
            jdbc.sql("insert into ruling_citations (ruling_id, standard_code, clause) values (?, ?, ?)")
                    .params(rulingId, citation.standard(), citation.clause()).update();
        }
        return rulingId;
    }

    @Override
    public Optional<CommitteeRuling> latest(String complaintId) {
        record Row(long id, String finding, String reasoning, String member, Instant at) {
        }
        return jdbc.sql("""
                select id, finding, reasoning, member, created_at from committee_rulings
                where complaint_id = ? order by id desc limit 1""")
                .param(complaintId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        at(rs)))
                .optional()
                .map(row -> new CommitteeRuling(Finding.valueOf(row.finding()), citations(row.id()), row.reasoning(), row.member(), row.at()));
    }

    private List<Citation> citations(long rulingId) {
        return jdbc.sql("select standard_code, clause from ruling_citations where ruling_id = ? order by 1, 2")
                .param(rulingId).query((rs, n) -> new Citation(rs.getString(1), rs.getString(2))).list();
    }

    private static Instant at(ResultSet rs) throws SQLException {
        return Rows.instant(rs, "created_at");
    }
}
