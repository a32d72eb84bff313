package org.disputedesk.inquiry;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The inquiry's door to the engine: start its process, complete the task of the stage its step left. */
@Component
class InquiryEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    InquiryEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void start(String inquiryId) {
        runtime.startProcessInstanceByKey(InquiryProcess.KEY, inquiryId);
    }

    /** Completes the open task of {@code stage}; 409 if the engine has none open (its deadline took it). */
    void complete(Inquiry inquiry, InquiryStage stage) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(inquiry.id())
                .processDefinitionKey(InquiryProcess.KEY).taskDefinitionKey(InquiryProcess.taskOf(stage))
                .singleResult();
        if (task == null) {
            throw new InquiryStepNotOpen(stage);
        }
        try {
            tasks.complete(task.getId(), Variables.createVariables()
                    .putValueTyped(InquiryProcess.Vars.STEP_TAKEN, Variables.booleanValue(true, true)));
        } catch (OptimisticLockingException | NullValueException e) {
            throw new InquiryStepNotOpen(stage);
        }
    }
}
