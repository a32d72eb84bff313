package org.disputedesk.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputedesk.committee.Violations;
import org.disputedesk.complaint.Liabilities;
import org.disputedesk.inquiry.InquiryView;
import org.disputedesk.inquiry.InquiryViews;
import org.disputedesk.park.Names;
import org.disputedesk.park.Shop;
import org.disputedesk.park.Shops;
import org.disputedesk.web.CaseNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's public record, as buyers and the park see it: how many cases, how often it answered
 * within the deadline, how cases ended, which standards it broke, how buyers rated the handling, the
 * shares of liability it bore (the latest ruling's on each case), and the committee's standards
 * inquiries into it, open and closed, with their verdicts.
 */
@Service
public class ShopRecords {

    public record Responses(long due, long withinDeadline, Double rate) {
    }

    public record ShopRecord(String shopId, String name, String nameZh, String parkId, long cases, long open,
                             Responses responses, Map<String, Long> outcomes, List<Violations.ByClause> violations,
                             Double averageRating, Liabilities.Borne liability,
                             List<InquiryView.OnRecord> inquiries) {

        /** The shop's name for a reader of {@code locale}. */
        public String nameIn(Locale locale) {
            return Names.in(locale, name, nameZh);
        }
    }

    private final JdbcClient jdbc;
    private final Shops shops;
    private final Violations violations;
    private final Liabilities liabilities;
    private final InquiryViews inquiries;

    ShopRecords(JdbcClient jdbc, Shops shops, Violations violations, Liabilities liabilities,
                InquiryViews inquiries) {
        this.liabilities = liabilities;
        this.jdbc = jdbc;
        this.shops = shops;
        this.violations = violations;
        this.inquiries = inquiries;
    }

    @Transactional(readOnly = true)
    public ShopRecord of(String shopId) {
        Shop shop = shops.find(shopId).orElseThrow(() -> new CaseNotFound("Shop " + shopId));
        record Counts(long cases, long open, long answered, long missed) {
        }
        Counts counts = jdbc.sql("""
                select count(*),
                  sum(case when stage <> 'CLOSED' then 1 else 0 end),
                  sum(case when shop_decision is not null then 1 else 0 end),
                  sum(case when shop_missed_response then 1 else 0 end)
                from complaints where shop_id = ?""")
                .param(shopId)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        long due = counts.answered() + counts.missed();
        Double rating = jdbc.sql("""
                select avg(cast(r.score as double precision)) from ratings r
                join complaints c on c.id = r.complaint_id where c.shop_id = ?""")
                .param(shopId).query(Double.class).optional().orElse(null);
        return new ShopRecord(shop.id(), shop.name(), shop.nameZh(), shop.parkId(), counts.cases(), counts.open(),
                new Responses(due, counts.answered(), due == 0 ? null : (double) counts.answered() / due),
                outcomes(jdbc, "shop_id", shopId), violations.ofShop(shopId), rating,
                liabilities.borneByShop(shopId),
                inquiries.onRecordOf(shopId));
    }

    /** How the closed cases whose {@code column} (a column of complaints) is {@code id} ended, outcome by outcome. */
    static Map<String, Long> outcomes(JdbcClient jdbc, String column, String id) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        jdbc.sql("""
                select outcome, count(*) from complaints where %s = ? and outcome is not null
                group by outcome order by outcome""".formatted(column))
                .param(id).query(rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                });
        return outcomes;
    }
}
