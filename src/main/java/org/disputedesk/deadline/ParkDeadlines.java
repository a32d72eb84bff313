package org.disputedesk.deadline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Stage;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A park's deadlines, one per stage ({@code appeal}: the window to appeal a ruling); a stage left out
 * (or null) takes its {@code disputes.deadlines.*} setting. {@code timeZone} is the zone the park's days are counted in (null: the installation's).
 */
@Schema(description = "A park's deadlines; a stage left out or null takes the installation's setting "
        + "(`disputes.deadlines.*`).")
public record ParkDeadlines(
        @Valid Deadline shopResponse, @Valid Deadline buyerReview, @Valid Deadline mediation,
        @Valid Deadline informationRequest, @Valid Deadline committeeReview, @Valid Deadline fulfilment,
        @Valid Deadline buyerConfirmation, @Valid Deadline appeal, @Valid Deadline appealReview,
        @Schema(description = "The IANA time zone the park's days are counted in; null: "
                + "`disputes.calendar.time-zone`.", example = "Asia/Shanghai")
        @Size(max = 64) String timeZone) {

    /** The deadlines given, by stage. */
    Map<Stage, Deadline> byStage() {
        Map<Stage, Deadline> set = new EnumMap<>(Stage.class);
        Deadline[] given = {shopResponse, buyerReview, mediation, informationRequest, committeeReview, fulfilment,
                buyerConfirmation, appeal, appealReview};
        for (int i = 0; i < given.length; i++) {
            if (given[i] != null) {
                set.put(TimedStages.ALL.get(i), given[i]);
            }
        }
        return Collections.unmodifiableMap(set);
    }

    static ParkDeadlines of(Map<Stage, Deadline> set, String timeZone) {
        return new ParkDeadlines(set.get(Stage.SHOP_RESPONSE), set.get(Stage.BUYER_REVIEW), set.get(Stage.MEDIATION),
                set.get(Stage.INFORMATION_REQUEST), set.get(Stage.COMMITTEE_REVIEW), set.get(Stage.FULFILMENT),
                set.get(Stage.BUYER_CONFIRMATION), set.get(Stage.APPEAL_WINDOW), set.get(Stage.APPEAL_REVIEW), timeZone);
    }
}
