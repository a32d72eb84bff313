package org.disputedesk.portal.committee;

import java.util.List;

import org.disputedesk.committee.Violations;
import org.disputedesk.portal.charts.BarChart;
import org.disputedesk.portal.charts.BarChart.Bar;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.Role;
import org.disputedesk.web.ActionForbidden;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The committee's findings added up: the clauses broken most, and the shops that broke them. */
@Controller
class ViolationsPage {

    private final Violations violations;

    ViolationsPage(Violations violations) {
        this.violations = violations;
    }

    @GetMapping("/committee/violations")
    String show(@AuthenticationPrincipal DeskUser user, Model model) {
        // the same readers as the API's GET /api/committee/violations
        if (!user.is(Role.COMMITTEE) && !user.is(Role.ADMIN)) {
            throw new ActionForbidden("Violations are for the standards committee.");
        }
        Violations.Summary summary = violations.summary();
        model.addAttribute("summary", summary)
                .addAttribute("byClause", BarChart.of("chart-violations-by-clause", "violations.chart.byClause",
                        ClauseBars.of(summary.byClause())))
                .addAttribute("byShop", BarChart.of("chart-violations-by-shop", "violations.chart.byShop",
                        summary.byShop().stream()
                                .map(s -> new Bar(s.shopId(), null, s.count(), "/shops/" + s.shopId(), true))
                                .toList()));
        return "violations";
    }
}
