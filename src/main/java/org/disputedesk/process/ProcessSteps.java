package org.disputedesk.process;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Stage;
import org.disputedesk.web.StepNotOpen;
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
    private final CommandExecutor commands;
    private final String openTaskSql;

    ProcessSteps(ProcessEngine engine, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.openTaskSql = "select * from " + management.getTableName(Task.class)
                + " where PROC_INST_ID_ = #{processInstanceId} and TASK_DEF_KEY_ = #{taskDefinitionKey}";
    }

    /**
     * Starts the process for a filed complaint; its routing step records the process on the case.
     * The process holds no variables: the model reads the case's parties and decisions from its row
     * ({@link CaseParties}).
     */
    public void start(String complaintId) {
        runtime.startProcessInstanceByKey(ComplaintProcess.KEY, complaintId);
    }

    /** Completes the open task of {@code stage}; what the step decided is already on the case's row. */
    public void complete(Complaint complaint, Stage stage) {
        completeTask(complaint, stage, Variables.createVariables());
    }

    /**
     * Completes the open task of {@code stage} with a decision that only the gateway right after the
     * task reads, in this same transaction. The decision is not stored on the process: the case's
     * timeline records it, and storing it would cost runtime, history and detail rows per step, and
     * leave a stale value for the next round of the same step.
     */
    public void completeWithDecision(Complaint complaint, Stage stage, Map<String, Object> decision) {
        VariableMap variables = Variables.createVariables();
        decision.forEach((name, value) -> variables.putValueTyped(name,
                value == null ? Variables.untypedNullValue(true) : Variables.untypedValue(value, true)));
        completeTask(complaint, stage, variables);
    }

    private void completeTask(Complaint complaint, Stage stage, VariableMap variables) {
        try {
            inOneCommand(() -> tasks.complete(openTask(complaint, stage).getId(), variables));
        } catch (OptimisticLockingException | NullValueException e) {
            throw new StepNotOpen(complaint.stage(), "Another request or a deadline completed this step first.");
        }
    }

    /**
     * Runs the engine calls of {@code work} in one engine command: a task that finding it loaded is
     * then taken from the command's cache by the call that acts on it, instead of being read again.
     */
    private void inOneCommand(Runnable work) {
        commands.execute(context -> {
            work.run();
            return null;
        });
    }

    /**
     * Assigns the open mediation task to the mediator. Every later mediation task of the case is
     * assigned from the case's row, where the claim is recorded ({@link CaseParties#mediator}).
     */
    public void claimMediation(Complaint complaint, String mediator) {
        inOneCommand(() -> tasks.setAssignee(openTask(complaint, Stage.MEDIATION).getId(), mediator));
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
     * call, a quarter of a step's CPU.
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
