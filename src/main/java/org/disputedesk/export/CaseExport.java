package org.disputedesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.disputedesk.audit.AuditAction;
import org.disputedesk.audit.AuditDetail;
import org.disputedesk.audit.AuditLog;
import org.disputedesk.audit.AuditPhrase;
import org.disputedesk.complaint.CaseQuery;
import org.disputedesk.complaint.Rows;
import org.disputedesk.park.ParkScope;
import org.disputedesk.security.DeskUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Exports a park's cases for the regulators: first who may and the audit entry, while an answer can
 * still be a problem; then the rows, read through one forward-only cursor in one read-only
 * transaction and written as they come, so that a year of cases needs no more memory than a few
 * hundred rows.
 */
@Service
public class CaseExport {

    /** Rows the driver fetches at a time: PostgreSQL keeps the rest behind its cursor, inside the transaction. */
    static final int FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate cursor;
    private final ParkScope scope;
    private final AuditLog audit;
    private final ObjectMapper json;

    CaseExport(DataSource dataSource, ParkScope scope, AuditLog audit, ObjectMapper json) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.scope = scope;
        this.audit = audit;
        this.json = json;
    }

    /** 404 for an unknown park or another park's staff, 403 for any other role; else records the export. */
    @Transactional
    public void allow(DeskUser user, ExportRequest request) {
        scope.requireStaff(user, request.parkId(), "Exports of a park's cases are for the park's mediators and "
                + "administrator, and administrators.");
        audit.record(user.username(), AuditAction.CASES_EXPORTED, "park:" + request.parkId(), request.parkId(),
                AuditDetail.of(AuditDetail.phrase(AuditPhrase.EXPORT).with("from", request.from())
                        .with("to", request.to()).with("format", request.format().extension())));
    }

    /** Writes the cases of the request to {@code out}, oldest filing first. */
    @Transactional(readOnly = true)
    public void write(ExportRequest request, OutputStream out) throws IOException {
        MapSqlParameterSource params = new MapSqlParameterSource("park", request.parkId());
        StringBuilder where = new StringBuilder(" where c.park_id = :park");
        if (request.from() != null) {
            where.append(" and c.created_at >= :from");
            params.addValue("from", Rows.utc(CaseQuery.dayStarts(request.from())));
        }
        if (request.to() != null) {
            where.append(" and c.created_at < :before");
            params.addValue("before", Rows.utc(CaseQuery.dayStarts(request.to().plusDays(1))));
        }
        RowWriter writer = request.format().open(out, json);
        try {
            cursor.query(ExportRow.SELECT + where + " order by c.created_at, c.id", params, rs -> {
                try {
                    writer.write(ExportRow.of(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish();
    }
}
