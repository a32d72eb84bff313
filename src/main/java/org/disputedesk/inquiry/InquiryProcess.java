package org.disputedesk.inquiry;

import java.util.Map;

import org.disputedesk.process.ComplaintProcess;

/**
 * Every name the application shares with processes/standards-inquiry.bpmn: the process key, task, timer and
 * end event ids, the variable a step passes. No engine string literal of the inquiry lives elsewhere;
 * {@code InquiryModelConsistencyTests} checks that model, forms and this class agree.
 */
public final class InquiryProcess {

    public static final String KEY = "standards-inquiry";
    public static final String RESOURCE = "standards-inquiry.bpmn";

    /** User tasks, one per stage but CLOSED. */
    public static final class Tasks {
        public static final String COMMITTEE_NOTICE = "UserTask_CommitteeNotice";
        public static final String CORRECTIVE_PLAN = "UserTask_CorrectivePlan";
        public static final String VERIFICATION = "UserTask_Verification";

        private Tasks() {
        }
    }

    /** The corrective plan's deadline. */
    public static final class Timers {
        public static final String PLAN_LAPSED = "BoundaryTimer_PlanLapsed";

        private Timers() {
        }
    }

    public static final class Ends {
        public static final String CLOSED = "EndEvent_InquiryClosed";
        public static final String PLAN_LAPSED = "EndEvent_PlanLapsed";

        private Ends() {
        }
    }

    public static final class Vars {
        /** Set (transient) when the application completes a task after taking its step ({@link InquiryStepGuard}). */
        public static final String STEP_TAKEN = "stepTaken";

        private Vars() {
        }
    }

    /** The committee's candidate group, the same as in the case's process. */
    public static final String COMMITTEE_GROUP = ComplaintProcess.COMMITTEE_GROUP;

    public static String shopGroup(String shopId) {
        return ComplaintProcess.shopGroup(shopId);
    }

    private static final Map<String, InquiryStage> STAGE_BY_TASK = Map.of(
            Tasks.COMMITTEE_NOTICE, InquiryStage.COMMITTEE_NOTICE,
            Tasks.CORRECTIVE_PLAN, InquiryStage.CORRECTIVE_PLAN,
            Tasks.VERIFICATION, InquiryStage.VERIFICATION);

    public static Map<String, InquiryStage> stagesByTask() {
        return STAGE_BY_TASK;
    }

    public static String taskOf(InquiryStage stage) {
        return STAGE_BY_TASK.entrySet().stream().filter(e -> e.getValue() == stage).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no task for stage " + stage));
    }

    private InquiryProcess() {
    }
}
