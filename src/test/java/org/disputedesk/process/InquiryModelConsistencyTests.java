package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.disputedesk.inquiry.InquiryProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * processes/standards-inquiry.bpmn, its forms and {@link InquiryProcess} name each other consistently, and
 * the model is deployed with its forms: a renamed task would otherwise surface only when an inquiry reaches it.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class InquiryModelConsistencyTests {

    private static BpmnModelInstance model;

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;

    @BeforeAll
    static void readModel() throws IOException {
        try (InputStream bpmn = Files.newInputStream(Path.of("processes", InquiryProcess.RESOURCE))) {
            model = Bpmn.readModelFromStream(bpmn);
        }
    }

    @Test
    void everyStageButClosedHasOneDocumentedGuardedUserTaskWithItsOwnForm() throws IOException {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(ids(tasks)).isEqualTo(InquiryProcess.stagesByTask().keySet());
        Set<String> formIds = formIds();
        for (UserTask task : tasks) {
            assertThat(task.getDocumentations()).as("documentation of %s", task.getId()).isNotEmpty();
            assertThat(task.getCamundaFormRef()).isEqualTo(task.getId());
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            assertThat(formIds).as("a form with id %s in forms/", task.getId()).contains(task.getId());
            assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                    .extracting(CamundaTaskListener::getCamundaDelegateExpression).containsExactly("${inquiryStepGuard}");
        }
    }

    @Test
    void theShopsSilenceIsATimerOnThePlanDueWhenTheInquirySaysAndClosesNotCorrected() {
        BoundaryEvent timer = model.getModelElementById(InquiryProcess.Timers.PLAN_LAPSED);
        assertThat(timer.getAttachedTo().getId()).isEqualTo(InquiryProcess.Tasks.CORRECTIVE_PLAN);
        TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        assertThat(definition.getTimeDate().getTextContent()).isEqualTo("${inquiryFacts.planDue(execution)}");
        assertThat(ids(model.getModelElementsByType(BoundaryEvent.class))).containsExactly(timer.getId());
        assertThat(ids(model.getModelElementsByType(EndEvent.class)))
                .containsExactlyInAnyOrder(InquiryProcess.Ends.CLOSED, InquiryProcess.Ends.PLAN_LAPSED);
    }

    @Test
    void everyBeanTheModelCallsExistsAndTheModelIsDeployedWithItsFormsKeepingHistoryForAYear() {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String expression = task.getCamundaDelegateExpression();
            assertThat(context.containsBean(expression.substring(2, expression.length() - 1))).as(expression).isTrue();
        }
        assertThat(context.containsBean("inquiryFacts")).isTrue();
        assertThat(context.containsBean("inquiryStepGuard")).isTrue();
        Process process = model.getModelElementById(InquiryProcess.KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");

        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(InquiryProcess.KEY).latestVersion().singleResult();
        assertThat(definition.getResourceName()).isEqualTo(InquiryProcess.RESOURCE);
        assertThat(repository.getDeploymentResourceNames(definition.getDeploymentId()))
                .contains("inquiry-notice.form", "corrective-plan.form", "inquiry-verification.form");
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(Path.of("forms"))) {
            return files.filter(f -> f.toString().endsWith(".form")).map(f -> {
                try {
                    return json.readTree(f.toFile()).get("id").asText();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static Set<String> ids(Collection<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> elements) {
        return elements.stream().map(e -> e.getId()).collect(Collectors.toSet());
    }
}
