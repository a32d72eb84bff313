package org.disputedesk.mediation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputedesk.complaint.Complaints;
import org.disputedesk.park.Parks;
import org.disputedesk.process.EngineClock;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.disputedesk.web.CaseNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A park's dashboard: open cases by stage, overdue cases, resolution times, cases by category. */
@Service
public class ParkStats {

    public record ResolutionTimes(long closed, Double averageHours, Double medianHours) {
    }

    public record Stats(String parkId, Map<String, Long> openByStage, long overdue, ResolutionTimes resolutionTimes,
                        Map<String, Long> byCategory, Map<String, Long> outcomes) {
    }

    private final JdbcClient jdbc;
    private final Parks parks;

    ParkStats(JdbcClient jdbc, Parks parks) {
        this.jdbc = jdbc;
        this.parks = parks;
    }

    @Transactional(readOnly = true)
    public Stats of(DeskUser user, String parkId) {
        boolean ownPark = user.is(Role.MEDIATOR) && parkId.equals(user.parkId());
        if (!parks.exists(parkId) || user.is(Role.MEDIATOR) && !ownPark) {
            // another park's existence is none of a mediator's business
            throw new CaseNotFound("Park " + parkId);
        }
        if (!ownPark && !user.is(Role.ADMIN)) {
            throw new ActionForbidden("Park statistics are for the park's mediators and administrators.");
        }
        Map<String, Long> openByStage = counts(
                "select stage, count(*) from complaints where park_id = ? and stage <> 'CLOSED' group by stage "
                        + "order by stage", parkId);
        long overdue = jdbc.sql("""
                select count(*) from complaints where park_id = ? and stage <> 'CLOSED'
                  and (due_at < ? or mediation_overdue)""")
                .params(parkId, Complaints.utc(EngineClock.now())).query(Long.class).single();
        return new Stats(parkId, openByStage, overdue, resolutionTimes(parkId),
                counts("select category, count(*) from complaints where park_id = ? group by category "
                        + "order by category", parkId),
                counts("select outcome, count(*) from complaints where park_id = ? and outcome is not null "
                        + "group by outcome order by outcome", parkId));
    }

    private ResolutionTimes resolutionTimes(String parkId) {
        List<Double> hours = new ArrayList<>();
        jdbc.sql("select created_at, closed_at from complaints where park_id = ? and closed_at is not null")
                .param(parkId).query(rs -> {
                    hours.add(Duration.between(Complaints.instant(rs, "created_at"),
                            Complaints.instant(rs, "closed_at")).toMinutes() / 60.0);
                });
        if (hours.isEmpty()) {
            return new ResolutionTimes(0, null, null);
        }
        hours.sort(null);
        double average = hours.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int middle = hours.size() / 2;
        double median = hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
        return new ResolutionTimes(hours.size(), round(average), round(median));
    }

    private Map<String, Long> counts(String sql, String parkId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param(parkId).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
