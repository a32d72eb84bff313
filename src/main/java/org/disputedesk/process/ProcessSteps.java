package org.disputedesk.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Stage;
import org.disputedesk.complaint.StepNotOpen;
import org.springframework.stereotype.Service;

/**
 * The module services' only door to the engine: start a case's process, complete the task of
 * its current stage, claim the mediation, withdraw. A step the engine no longer has open (a timer
 * or another request took it first) becomes a 409 naming the stage, never an engine error.
 */
@Service
public class ProcessSteps {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final String openTaskSql;

    ProcessSteps(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.openTaskSql = "select * from " + management.getTableName(Task.class)
                + " where PROC_INST_ID_ = #{processInstanceId} and TASK_DEF_KEY_ = #{taskDefinitionKey}";
    }

    /** Starts the process of a filed case; its routing step records the process on the case. */
    public void start(String complaintId) {
        runtime.startProcessInstanceByKey(ComplaintProcess.KEY, complaintId);
    }

    /**
     * Completes the open task of the case's stage. The step is already saved on the case, where the
     * gateway after the task reads it; the transient mark tells the engine door not to take it again.
     */
    public void complete(Complaint complaint) {
        Task task = openTask(complaint, complaint.stage());
        try {
            tasks.complete(task.getId(), Variables.createVariables()
                    .putValueTyped(ComplaintProcess.Vars.STEP_TAKEN, Variables.booleanValue(true, true)));
        } catch (OptimisticLockingException | NullValueException e) {
            throw new StepNotOpen(complaint.stage(), "Another request or a deadline completed this step first.");
        }
    }

    /**
     * Assigns the open mediation task to the mediator. Every later mediation task of the case is
     * assigned from the case, where the claim is recorded ({@link CaseParties#mediator}).
     */
    public void claimMediation(Complaint complaint, String mediator) {
        tasks.setAssignee(openTask(complaint, Stage.MEDIATION).getId(), mediator);
    }

    /** Interrupts whatever step is open; the withdrawal event subprocess closes the case. */
    public void withdraw(Complaint complaint) {
        try {
            runtime.createMessageCorrelation(ComplaintProcess.WITHDRAWAL_MESSAGE)
                    .processInstanceId(complaint.processInstanceId())
                    .correlate();
        } catch (OptimisticLockingException | MismatchingMessageCorrelationException e) {
            throw new StepNotOpen(complaint.stage(), "The case was closed by another request or a deadline.");
        }
    }

    /**
     * A native query: the same rows as a task query by process instance and task definition, but
     * the task query's generated statement evaluates its hundreds of optional criteria on every
     * call, measured at a quarter of a step's CPU (docs/benchmarks.md).
     */
    private Task openTask(Complaint complaint, Stage stage) {
        Task task = tasks.createNativeTaskQuery().sql(openTaskSql)
                .parameter("processInstanceId", complaint.processInstanceId())
                .parameter("taskDefinitionKey", ComplaintProcess.taskOf(stage))
                .singleResult();
        if (task == null) {
            throw new StepNotOpen(complaint.stage());
        }
        return task;
    }
}
