package org.disputedesk.operations;

import java.util.ArrayList;
import java.util.List;

import org.disputedesk.complaint.Complaints;
import org.disputedesk.complaint.Rows;
import org.disputedesk.complaint.EngineClock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The domain's gauges at {@code /actuator/prometheus}: open cases by park and stage, overdue cases
 * by park, deadline breaches by shop. Refreshed from the database on a schedule, not on every
 * scrape, so a scraper never adds load; every node reports the same figures, since all share one
 * database.
 */
@Component
class CaseMetrics {

    private final JdbcClient jdbc;
    private final MultiGauge openCases;
    private final MultiGauge overdueCases;
    private final MultiGauge deadlineBreaches;

    CaseMetrics(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.openCases = MultiGauge.builder("disputedesk.cases.open")
                .description("Open cases by park and stage").register(registry);
        this.overdueCases = MultiGauge.builder("disputedesk.cases.overdue")
                .description("Open cases past their step's deadline, by park").register(registry);
        this.deadlineBreaches = MultiGauge.builder("disputedesk.shop.deadline.breaches")
                .description("Deadlines a shop let pass: unanswered complaints and missed fulfilments")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${disputes.metrics.refresh:PT30S}", initialDelayString = "${disputes.metrics.refresh:PT30S}")
    void refresh() {
        openCases.register(rows("""
                select park_id, stage, count(*) from complaints where stage <> 'CLOSED'
                group by park_id, stage""", rs -> MultiGauge.Row.of(
                Tags.of("park", rs.getString(1), "stage", rs.getString(2)), rs.getLong(3))), true);
        overdueCases.register(jdbc.sql("""
                        select park_id, count(*) from complaints where stage <> 'CLOSED'
                          and %s group by park_id""".formatted(Complaints.overdueCondition("?")))
                .param(Rows.utc(EngineClock.now()))
                .query((rs, n) -> MultiGauge.Row.of(Tags.of("park", rs.getString(1)), rs.getLong(2))).list(), true);
        deadlineBreaches.register(rows("""
                select shop_id, park_id,
                  sum(case when shop_missed_response then 1 else 0 end) + sum(fulfilment_misses)
                from complaints where shop_missed_response or fulfilment_misses > 0
                group by shop_id, park_id""", rs -> MultiGauge.Row.of(
                Tags.of("shop", rs.getString(1), "park", rs.getString(2)), rs.getLong(3))), true);
    }

    private List<MultiGauge.Row<?>> rows(String sql, RowOf mapper) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        jdbc.sql(sql).query(rs -> {
            rows.add(mapper.map(rs));
        });
        return rows;
    }

    private interface RowOf {
        MultiGauge.Row<?> map(java.sql.ResultSet rs) throws java.sql.SQLException;
    }
}
