package org.disputedesk.deadline;

import java.util.List;

import org.disputedesk.complaint.Stage;

/** The stages that have a deadline, in the order the process reaches them, and their names in the API. */
final class TimedStages {

    /** In the order of {@link ParkDeadlines}' components. */
    static final List<Stage> ALL = List.of(Stage.SHOP_RESPONSE, Stage.BUYER_REVIEW, Stage.MEDIATION,
            Stage.INFORMATION_REQUEST, Stage.COMMITTEE_REVIEW, Stage.FULFILMENT, Stage.BUYER_CONFIRMATION,
            Stage.APPEAL_WINDOW, Stage.APPEAL_REVIEW);

    /** The stage's field in the API: SHOP_RESPONSE is {@code shopResponse}; the appeal window is {@code appeal}. */
    static String field(Stage stage) {
        if (stage == Stage.APPEAL_WINDOW) {
            return "appeal";
        }
        StringBuilder field = new StringBuilder();
        for (String word : stage.name().toLowerCase().split("_")) {
            field.append(field.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return field.toString();
    }

    private TimedStages() {
    }
}
