package org.disputedesk.portal.committee;

import java.util.List;

import org.disputedesk.committee.Violations;
import org.disputedesk.portal.charts.BarChart.Bar;

/** Violations per standard clause as bars, named "standard clause", shared by the committee's and the shop's pages. */
public final class ClauseBars {

    public static List<Bar> of(List<Violations.ByClause> byClause) {
        return byClause.stream()
                .map(c -> new Bar(c.standard() + " " + c.clause(), null, c.count(), null, true))
                .toList();
    }

    private ClauseBars() {
    }
}
