package org.disputedesk.mediation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.disputedesk.security.DeskUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a park's dashboard shows beside {@link ParkStats}: how long closed cases took, in day
 * ranges, and which of the park's shops miss their deadlines. Each figure is one grouped query.
 */
@Service
public class ParkBreakdowns {

    /** Ranges of time from filing to closure; each holds the cases closed before its bound. */
    public enum ResolutionTime {
        UNDER_1_DAY(1), DAYS_1_TO_3(3), DAYS_3_TO_7(7), DAYS_7_TO_14(14), OVER_14_DAYS(Integer.MAX_VALUE);

        private final int upToDays;

        ResolutionTime(int upToDays) {
            this.upToDays = upToDays;
        }
    }

    /**
     * @param resolutionTimes       closed cases per range, every range present
     * @param missedDeadlinesByShop the shops with the most missed deadlines first, every shop of the park up to
     *                              {@value #SHOPS_SHOWN}
     */
    public record Breakdowns(Map<ResolutionTime, Long> resolutionTimes, Map<String, Long> missedDeadlinesByShop) {
    }

    /** A chart of more shops than this is no longer readable; the worst ones matter. */
    static final int SHOPS_SHOWN = 20;

    private final JdbcClient jdbc;
    private final ParkStats stats;

    ParkBreakdowns(JdbcClient jdbc, ParkStats stats) {
        this.jdbc = jdbc;
        this.stats = stats;
    }

    @Transactional(readOnly = true)
    public Breakdowns of(DeskUser user, String parkId) {
        stats.checkAccess(user, parkId);
        return new Breakdowns(resolutionTimes(parkId), missedDeadlinesByShop(parkId));
    }

    private Map<ResolutionTime, Long> resolutionTimes(String parkId) {
        StringBuilder range = new StringBuilder("case");
        ResolutionTime[] ranges = ResolutionTime.values();
        for (int i = 0; i < ranges.length - 1; i++) {
            range.append(" when seconds < ").append(ranges[i].upToDays * 86_400L)
                    .append(" then '").append(ranges[i].name()).append('\'');
        }
        range.append(" else '").append(ranges[ranges.length - 1].name()).append("' end");
        Map<ResolutionTime, Long> counts = new EnumMap<>(ResolutionTime.class);
        for (ResolutionTime r : ranges) {
            counts.put(r, 0L);
        }
        jdbc.sql("select time_range, count(*) from (select " + range + " as time_range from "
                        + "(select extract(epoch from closed_at) - extract(epoch from created_at) as seconds "
                        + "from complaints where park_id = ? and closed_at is not null) closed) ranged "
                        + "group by time_range")
                .param(parkId)
                .query(rs -> {
                    counts.put(ResolutionTime.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The shop's own deadlines only (answering, carrying out the remedy), read from the counters
     * the case row keeps when they pass: one pass over the park's cases, not over their timelines.
     */
    private Map<String, Long> missedDeadlinesByShop(String parkId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select s.id, coalesce(late.n, 0) as missed from shops s
                left join (select shop_id,
                                  sum(case when shop_missed_response then 1 else 0 end + fulfilment_misses) as n
                           from complaints where park_id = ? group by shop_id) late on late.shop_id = s.id
                where s.park_id = ?
                order by missed desc, s.id
                limit ?""")
                .params(parkId, parkId, SHOPS_SHOWN)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
