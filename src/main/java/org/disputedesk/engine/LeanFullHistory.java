package org.disputedesk.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine's full history less two kinds of rows that every step writes and nobody reads:
 * <ul>
 * <li>a detail row per variable write (ACT_HI_DETAIL): each variable's value stays in
 * ACT_HI_VARINST, and the case's own timeline records every decision with who took it;</li>
 * <li>the log of each step's deadline timer being created and then deleted when the step is taken
 * in time (ACT_HI_JOB_LOG states 0 and 3): the log keeps every run and every failure of a job,
 * which is what incident analysis and the cluster checks read.</li>
 * </ul>
 * Everything else of level full stays: process, activity and task instances, identity links,
 * variables, incidents, decision evaluations with their inputs and outputs, the operation log.
 */
public final class LeanFullHistory implements HistoryLevel {

    public static final String NAME = "lean-full";
    /** Stored in ACT_GE_PROPERTY; 0–3 are the engine's own levels. */
    public static final int ID = 10;

    private static final Set<HistoryEventType> LEFT_OUT = Set.of(
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.JOB_CREATE,
            HistoryEventTypes.JOB_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !LEFT_OUT.contains(eventType);
    }
}
