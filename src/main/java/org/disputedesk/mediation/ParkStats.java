package org.disputedesk.mediation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Rows;
import org.disputedesk.complaint.Stage;
import org.disputedesk.park.ParkScope;
import org.disputedesk.complaint.EngineClock;
import org.disputedesk.security.DeskUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's dashboard: open cases by stage (in the process's order), overdue cases, resolution times,
 * cases by category.
 */
@Service
public class ParkStats {

    public record ResolutionTimes(long closed, Double averageHours, Double medianHours) {
    }

    public record Stats(String parkId, Map<String, Long> openByStage, long overdue, ResolutionTimes resolutionTimes,
                        Map<String, Long> byCategory, Map<String, Long> outcomes) {
    }

    private final JdbcClient jdbc;
    private final ParkScope scope;

    ParkStats(JdbcClient jdbc, ParkScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public Stats of(DeskUser user, String parkId) {
        checkAccess(user, parkId);
        Map<String, Long> openByStage = inProcessOrder(counts(
                "select stage, count(*) from complaints where park_id = ? and stage <> 'CLOSED' group by stage",
                parkId));
        long overdue = jdbc.sql("""
                select count(*) from complaints where park_id = ? and stage <> 'CLOSED'
                  and %s""".formatted(Complaints.overdueCondition("?")))
                .params(parkId, Rows.utc(EngineClock.now())).query(Long.class).single();
        return new Stats(parkId, openByStage, overdue, resolutionTimes(parkId),
                counts("select category, count(*) from complaints where park_id = ? group by category "
                        + "order by category", parkId),
                counts("select outcome, count(*) from complaints where park_id = ? and outcome is not null "
                        + "group by outcome order by outcome", parkId));
    }

    /** A park's figures are for its own staff (mediators, park administrators) and for administrators. */
    void checkAccess(DeskUser user, String parkId) {
        scope.requireStaff(user, parkId, "Park statistics are for the park's staff and administrators.");
    }

    /** Average and median hours from filing to closure, aggregated by the database. */
    private ResolutionTimes resolutionTimes(String parkId) {
        return jdbc.sql("""
                select count(*), avg(seconds), percentile_cont(0.5) within group (order by seconds)
                from (select extract(epoch from closed_at) - extract(epoch from created_at) as seconds
                      from complaints where park_id = ? and closed_at is not null) closed""")
                .param(parkId)
                .query((rs, n) -> rs.getLong(1) == 0 ? new ResolutionTimes(0, null, null)
                        : new ResolutionTimes(rs.getLong(1), hours(rs.getDouble(2)), hours(rs.getDouble(3))))
                .single();
    }

    private Map<String, Long> counts(String sql, String parkId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param(parkId).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Stages in the order a case goes through them (Stage's), which their names' order is not. */
    private static Map<String, Long> inProcessOrder(Map<String, Long> byStage) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            Long count = byStage.get(stage.name());
            if (count != null) {
                ordered.put(stage.name(), count);
            }
        }
        return ordered;
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 360.0) / 10.0;
    }
}
