package org.disputedesk.portal.shop;

import org.disputedesk.portal.charts.BarChart;
import org.disputedesk.portal.committee.ClauseBars;
import org.disputedesk.shop.ShopRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A shop's public record, open to every signed-in user like the API's: buyers judge a shop by it
 * before they buy, and the park by it when it decides whom to warn. An unknown shop is a 404.
 */
@Controller
class ShopRecordPage {

    private final ShopRecords records;

    ShopRecordPage(ShopRecords records) {
        this.records = records;
    }

    @GetMapping("/shops/{shopId}")
    String show(@PathVariable String shopId, Model model) {
        ShopRecords.ShopRecord record = records.of(shopId);
        model.addAttribute("shop", record)
                .addAttribute("outcomes", BarChart.of("chart-shop-outcomes", "shop.chart.outcomes",
                        BarChart.counts(record.outcomes(), "outcome.")))
                .addAttribute("violations", BarChart.of("chart-shop-violations", "shop.chart.violations",
                        ClauseBars.of(record.violations())));
        return "shop";
    }
}
