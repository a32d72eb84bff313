package org.disputedesk.portal.shop;

import org.disputedesk.portal.charts.BarChart;
import org.disputedesk.shop.StreamerRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A streamer's public record, open to every signed-in user like a shop's: the cases filed about its
 * rooms, how they ended, the liability it bore. An unknown streamer is a 404.
 */
@Controller
class StreamerRecordPage {

    private final StreamerRecords records;

    StreamerRecordPage(StreamerRecords records) {
        this.records = records;
    }

    @GetMapping("/streamers/{streamerId}")
    String show(@PathVariable String streamerId, Model model) {
        StreamerRecords.StreamerRecord record = records.of(streamerId);
        model.addAttribute("streamer", record)
                .addAttribute("outcomes", BarChart.of("chart-streamer-outcomes", "streamer.chart.outcomes",
                        BarChart.counts(record.outcomes(), "outcome.")));
        return "streamer";
    }
}
