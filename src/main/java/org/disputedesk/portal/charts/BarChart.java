package org.disputedesk.portal.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A horizontal bar chart, laid out here and drawn by {@code fragments/chart.html} as inline SVG:
 * the portal's content policy allows no script and no inline style, so every position and
 * length is computed on the server and written as an attribute. Bars are scaled to the largest.
 *
 * @param id       the element id of the chart, stable for links and browser tests
 * @param titleKey the message key of the chart's title
 * @param rows     the bars with their geometry
 * @param viewBox  the drawing's extent
 */
public record BarChart(String id, String titleKey, List<Row> rows, String viewBox) {

    /**
     * One bar.
     *
     * @param key      what it counts (a stage, a shop id); shown when there is no label key
     * @param labelKey the message key of its label, or null
     * @param link     where it leads (a list of the cases it counts), or null
     * @param late     drawn as bad news: missed deadlines, violations
     */
    public record Bar(String key, String labelKey, long value, String link, boolean late) {
    }

    /** A bar where it is drawn: its label ends at {@code labelX}, its value follows the bar. */
    public record Row(Bar bar, int labelX, int barX, int y, int width, int height, int textY, int valueX) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_SPACE = 230;
    private static final int VALUE_SPACE = 60;
    private static final int ROW_HEIGHT = 28;
    private static final int BAR_HEIGHT = 18;
    private static final int PADDING = 8;

    public static BarChart of(String id, String titleKey, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int space = WIDTH - LABEL_SPACE - VALUE_SPACE;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = PADDING + i * ROW_HEIGHT;
            int width = max == 0 ? 0 : (int) Math.round((double) bar.value() * space / max);
            rows.add(new Row(bar, LABEL_SPACE - PADDING, LABEL_SPACE, y, width, BAR_HEIGHT, y + BAR_HEIGHT - 4,
                    LABEL_SPACE + width + PADDING));
        }
        // an empty chart keeps one row's height for its "nothing yet" line
        int height = 2 * PADDING + Math.max(1, rows.size()) * ROW_HEIGHT;
        return new BarChart(id, titleKey, rows, "0 0 " + WIDTH + " " + height);
    }

    /** Bars from counts in their order, labelled {@code labelPrefix + key} from the bundles, leading nowhere. */
    public static List<Bar> counts(Map<String, Long> counts, String labelPrefix) {
        return counts(counts, labelPrefix, key -> null);
    }

    /**
     * Bars from counts in their order, labelled {@code labelPrefix + key} from the bundles.
     *
     * @param link where a bar leads, given its key; null for none
     */
    public static List<Bar> counts(Map<String, Long> counts, String labelPrefix, Function<String, String> link) {
        return counts.entrySet().stream()
                .map(e -> new Bar(e.getKey(), labelPrefix + e.getKey(), e.getValue(), link.apply(e.getKey()), false))
                .toList();
    }
}
