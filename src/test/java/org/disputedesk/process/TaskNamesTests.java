package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.disputedesk.complaint.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist lists a task by its name alone, so the name carries the case: five cases waiting for
 * their shops read "Shop responds: <complaint id>", each its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"demo", "test"})
class TaskNamesTests extends ProcessTestSupport {

    /** How the model names the case in a task's name. */
    private static final String CASE = "${execution.processBusinessKey}";

    private Task taskOf(String complaintId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(complaintId).singleResult();
    }

    @Test
    void casesWaitingAtTheSameStepHaveTasksOfDifferentNames() {
        String first = fileMediatedClaim();
        String second = fileMediatedClaim();

        assertThat(taskOf(first).getName()).isEqualTo("Shop responds: " + first);
        assertThat(taskOf(second).getName()).isEqualTo("Shop responds: " + second);
    }

    @Test
    void theTaskOfEveryStepNamesTheStepAndTheCase() {
        for (Stage stage : Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSED).toList()) {
            String id = caseAt(stage);
            Task task = taskOf(id);
            UserTask modelled = processEngine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());

            assertThat(modelled.getName()).as("name of %s", modelled.getId()).endsWith(": " + CASE);
            assertThat(task.getName()).as("task at %s", stage).isEqualTo(modelled.getName().replace(CASE, id));
        }
    }
}
