package org.disputedesk.process;

import org.disputedesk.security.DeskUser;

/**
 * The steps of a stage module as the engine's own clients take them: completing a user task in
 * Tasklist or through engine REST ({@code submit-form}) takes the same step as the module's
 * endpoint, with the task's form fields as its request. Each stage module implements this for
 * its tasks, so the engine glue needs to know none of them.
 */
public interface TaskStep {

    /** Whether this takes the step of the user task {@code taskId} (an id of {@link ComplaintProcess.Tasks}). */
    boolean takes(String taskId);

    /**
     * Takes the step from the task's form, for {@code actor}, with every check the endpoint makes
     * but the caller's role (only administrators reach the engine's clients); refuses as it does.
     * The engine completes the task afterwards.
     */
    void takeFromForm(String taskId, DeskUser actor, String complaintId, TaskForm form);
}
