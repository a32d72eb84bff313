package org.disputedesk.process;

import java.util.Map;

import org.disputedesk.complaint.Stage;

/**
 * Every name the application shares with processes/complaint-resolution.bpmn: the process key,
 * task and event ids, the message and the decisions a step passes to the gateway after it. No
 * engine string literal lives elsewhere; {@code ProcessModelConsistencyTests} checks that model,
 * forms, this class and {@link CaseParties} agree.
 */
public final class ComplaintProcess {

    public static final String KEY = "complaint-resolution";
    public static final String RESOURCE = "complaint-resolution.bpmn";
    public static final String ROUTING_RESOURCE = "complaint-routing.dmn";

    public static final String WITHDRAWAL_MESSAGE = "ComplaintWithdrawn";

    /** User tasks, one per stage. */
    public static final class Tasks {
        public static final String SHOP_RESPONSE = "UserTask_ShopResponse";
        public static final String BUYER_REVIEW = "UserTask_BuyerReview";
        public static final String MEDIATION = "UserTask_Mediation";
        public static final String INFORMATION_REQUEST = "UserTask_InformationRequest";
        public static final String COMMITTEE_REVIEW = "UserTask_CommitteeReview";
        public static final String FULFILMENT = "UserTask_Fulfilment";
        public static final String BUYER_CONFIRMATION = "UserTask_BuyerConfirmation";
        public static final String APPEAL_WINDOW = "UserTask_AppealWindow";
        public static final String APPEAL_REVIEW = "UserTask_AppealReview";

        private Tasks() {
        }
    }

    /** Boundary timers, one per deadline. */
    public static final class Timers {
        public static final String SHOP_SILENT = "BoundaryTimer_ShopSilent";
        public static final String BUYER_REVIEW_LAPSED = "BoundaryTimer_BuyerReviewLapsed";
        public static final String MEDIATION_OVERDUE = "BoundaryTimer_MediationOverdue";
        public static final String INFORMATION_LAPSED = "BoundaryTimer_InformationLapsed";
        public static final String COMMITTEE_OVERDUE = "BoundaryTimer_CommitteeOverdue";
        public static final String FULFILMENT_MISSED = "BoundaryTimer_FulfilmentMissed";
        public static final String RECEIPT_ASSUMED = "BoundaryTimer_ReceiptAssumed";
        public static final String APPEAL_WINDOW_LAPSED = "BoundaryTimer_AppealWindowLapsed";
        public static final String APPEAL_REVIEW_SILENT = "BoundaryTimer_AppealReviewSilent";

        private Timers() {
        }
    }

    /** End events, one per outcome. */
    public static final class Ends {
        public static final String RESOLVED = "EndEvent_Resolved";
        public static final String REJECTED = "EndEvent_Rejected";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";
        public static final String LAPSED = "EndEvent_Lapsed";
        public static final String UNFULFILLED = "EndEvent_Unfulfilled";

        private Ends() {
        }
    }

    /** Decisions of processes/complaint-routing.dmn and the inputs they read. */
    public static final class Decisions {
        public static final String PRIORITY = "complaint-priority";
        public static final String STANDARDS_RELATED = "complaint-standards-related";
        public static final String SILENCE_OUTCOME = "shop-silence-outcome";
        public static final String IN_CATEGORY = "category";
        public static final String IN_DESIRED_REMEDY = "desiredRemedy";
        public static final String IN_CLAIMED_AMOUNT = "claimedAmount";
        public static final String IN_AUTO_REMEDY_LIMIT = "autoRemedyLimit";

        private Decisions() {
        }
    }

    /**
     * The process stores no variables of its own: the model reads the parties and every decision it
     * branches on from the case ({@link CaseParties}). The one variable a step passes is transient.
     */
    public static final class Vars {
        /**
         * Set when the application completes a task after taking its step, so that the engine door
         * ({@link StepsThroughTheEngine}) does not take it a second time.
         */
        public static final String STEP_TAKEN = "stepTaken";

        private Vars() {
        }
    }

    /** The candidate group of the committee, and the prefixes of shop, streamer and park groups. */
    public static final String COMMITTEE_GROUP = "committee";

    public static String shopGroup(String shopId) {
        return "shop:" + shopId;
    }

    public static String streamerGroup(String streamerId) {
        return "streamer:" + streamerId;
    }

    public static String parkGroup(String parkId) {
        return "park:" + parkId;
    }

    private static final Map<String, Stage> STAGE_BY_TASK = Map.of(
            Tasks.SHOP_RESPONSE, Stage.SHOP_RESPONSE,
            Tasks.BUYER_REVIEW, Stage.BUYER_REVIEW,
            Tasks.MEDIATION, Stage.MEDIATION,
            Tasks.INFORMATION_REQUEST, Stage.INFORMATION_REQUEST,
            Tasks.COMMITTEE_REVIEW, Stage.COMMITTEE_REVIEW,
            Tasks.FULFILMENT, Stage.FULFILMENT,
            Tasks.BUYER_CONFIRMATION, Stage.BUYER_CONFIRMATION,
            Tasks.APPEAL_WINDOW, Stage.APPEAL_WINDOW,
            Tasks.APPEAL_REVIEW, Stage.APPEAL_REVIEW);

    private static final Map<String, Stage> STAGE_BY_TIMER = Map.of(
            Timers.SHOP_SILENT, Stage.SHOP_RESPONSE,
            Timers.BUYER_REVIEW_LAPSED, Stage.BUYER_REVIEW,
            Timers.MEDIATION_OVERDUE, Stage.MEDIATION,
            Timers.INFORMATION_LAPSED, Stage.INFORMATION_REQUEST,
            Timers.COMMITTEE_OVERDUE, Stage.COMMITTEE_REVIEW,
            Timers.FULFILMENT_MISSED, Stage.FULFILMENT,
            Timers.RECEIPT_ASSUMED, Stage.BUYER_CONFIRMATION,
            Timers.APPEAL_WINDOW_LAPSED, Stage.APPEAL_WINDOW,
            Timers.APPEAL_REVIEW_SILENT, Stage.APPEAL_REVIEW);

    public static Map<String, Stage> stagesByTask() {
        return STAGE_BY_TASK;
    }

    public static Map<String, Stage> stagesByTimer() {
        return STAGE_BY_TIMER;
    }

    /** The deadline timer of the task of {@code stage}. */
    public static String timerOf(Stage stage) {
        return keyOf(STAGE_BY_TIMER, stage, "timer");
    }

    public static String taskOf(Stage stage) {
        return keyOf(STAGE_BY_TASK, stage, "task");
    }

    private static String keyOf(Map<String, Stage> byKey, Stage stage, String what) {
        return byKey.entrySet().stream()
                .filter(e -> e.getValue() == stage)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + what + " for stage " + stage));
    }

    private ComplaintProcess() {
    }
}
