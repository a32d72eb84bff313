package org.disputedesk.portal.park;

import java.util.List;

import org.disputedesk.mediation.ParkBreakdowns;
import org.disputedesk.mediation.ParkStats;
import org.disputedesk.portal.charts.BarChart;
import org.disputedesk.portal.charts.BarChart.Bar;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A mediator's or park administrator's park at a glance: the open workload by stage, how cases end
 * and how long they take, and which shops let their deadlines pass. Each bar leads to what it counts.
 */
@Controller
class ParkPage {

    private final ParkStats stats;
    private final ParkBreakdowns breakdowns;

    ParkPage(ParkStats stats, ParkBreakdowns breakdowns) {
        this.stats = stats;
        this.breakdowns = breakdowns;
    }

    @GetMapping("/park")
    String show(@AuthenticationPrincipal DeskUser user, Model model) {
        if (!user.is(Role.MEDIATOR) && !user.is(Role.PARK_ADMIN)) {
            // an administrator reads any park through the API or Cockpit; this page is the staff's own park
            throw new ActionForbidden("The park dashboard is for the park's mediators and administrator.");
        }
        ParkStats.Stats figures = stats.of(user, user.parkId());
        ParkBreakdowns.Breakdowns more = breakdowns.of(user, user.parkId());
        List<Bar> resolution = more.resolutionTimes().entrySet().stream()
                .map(e -> new Bar(e.getKey().name(), "park.resolution." + e.getKey(), e.getValue(), null, false))
                .toList();
        List<Bar> missed = more.missedDeadlinesByShop().entrySet().stream()
                .map(e -> new Bar(e.getKey(), null, e.getValue(), "/shops/" + e.getKey(), e.getValue() > 0))
                .toList();
        model.addAttribute("figures", figures)
                .addAttribute("open", figures.openByStage().values().stream().mapToLong(Long::longValue).sum())
                .addAttribute("charts", List.of(
                        BarChart.of("chart-by-stage", "park.chart.byStage",
                                BarChart.counts(figures.openByStage(), "stage.", stage -> "/cases?stage=" + stage)),
                        BarChart.of("chart-by-category", "park.chart.byCategory",
                                BarChart.counts(figures.byCategory(), "category.")),
                        BarChart.of("chart-outcomes", "park.chart.outcomes",
                                BarChart.counts(figures.outcomes(), "outcome.")),
                        BarChart.of("chart-resolution-time", "park.chart.resolutionTime", resolution),
                        BarChart.of("chart-deadline-breaches", "park.chart.deadlineBreaches", missed)));
        return "park";
    }
}
