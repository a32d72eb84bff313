package org.disputedesk.process;

import java.util.List;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.disputedesk.security.DeskUser;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The engine door: a user task completed by the engine's own clients (Tasklist, or engine REST's
 * {@code submit-form} with the form's field keys) takes the same domain step as the endpoint, for
 * the signed-in user, in the completion's transaction. A refused step fails the completion, so
 * the task stays open, and the engine's clients show why (400 with the problem's detail,
 * {@link RefusedStepsAsInvalidForms}). A task
 * the application completes after taking its step carries {@link ComplaintProcess.Vars#STEP_TAKEN}.
 */
@Component("stepsThroughTheEngine")
class StepsThroughTheEngine implements TaskListener {

    private final List<TaskStep> steps;
    private final Validator validator;

    StepsThroughTheEngine(List<TaskStep> steps, Validator validator) {
        this.steps = steps;
        this.validator = validator;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(ComplaintProcess.Vars.STEP_TAKEN) != null) {
            return;
        }
        String taskId = task.getTaskDefinitionKey();
        TaskStep step = steps.stream().filter(s -> s.takes(taskId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module takes the step of task " + taskId));
        try {
            step.takeFromForm(taskId, actor(), task.getExecution().getProcessBusinessKey(),
                    new TaskForm(task.getVariables(), validator));
        } catch (ErrorResponseException refused) {
            throw new StepRefused(describe(refused.getBody()));
        }
        // The form's fields were the step's request; the case keeps what it decided. The process holds
        // no variables of its own (ProcessModelConsistencyTests), so every variable now is a field.
        task.getExecution().removeVariables(task.getVariableNames());
    }

    private static DeskUser actor() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof DeskUser user)) {
            throw new StepRefused("A step can only be taken by a signed-in user.");
        }
        return user;
    }

    private static String describe(ProblemDetail problem) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        return problem.getTitle() + ": " + problem.getDetail() + (errors == null ? "" : " " + errors);
    }
}
