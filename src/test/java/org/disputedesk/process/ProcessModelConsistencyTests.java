package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.disputedesk.complaint.Outcome;
import org.disputedesk.complaint.Stage;
import org.disputedesk.inquiry.InquiryProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The BPMN model, the routing decisions, the forms and {@link ComplaintProcess} must name each
 * other consistently: a renamed task id, a form that is not deployed or a listener bean that does
 * not exist would otherwise surface only when a case reaches that step.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ProcessModelConsistencyTests {

    private static BpmnModelInstance model;
    private static Map<String, JsonNode> formsById;

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;

    @BeforeAll
    static void readModelAndForms() throws IOException {
        try (InputStream bpmn = Files.newInputStream(Path.of("processes", ComplaintProcess.RESOURCE))) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        formsById = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                formsById.put(form.get("id").asText(), form);
            }
        }
    }

    @Test
    void everyStageButClosedHasExactlyOneUserTaskAndEveryUserTaskAStage() {
        Set<String> taskIds = ids(model.getModelElementsByType(UserTask.class));
        assertThat(taskIds).isEqualTo(ComplaintProcess.stagesByTask().keySet());
        assertThat(ComplaintProcess.stagesByTask().values())
                .containsExactlyInAnyOrder(Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSED)
                        .toArray(Stage[]::new));
    }

    @Test
    void everyUserTaskIsDocumentedTrackedAndHasItsOwnDeployedForm() {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getDocumentations()).as("documentation of %s", task.getId()).isNotEmpty();
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isEqualTo(task.getId());
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            assertThat(formsById).as("a form with id %s in forms/", task.getId()).containsKey(task.getId());
            // the due date is the timer's, set by the stage tracker: a second expression could differ from it
            assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNull();
            assertThat(listeners(task)).as("stage tracker on %s", task.getId()).contains("${stageTracker}");
        }
        // forms/ holds the case's forms and the standards inquiry's (InquiryModelConsistencyTests), nothing else
        assertThat(formsById.keySet()).isEqualTo(Stream.concat(ComplaintProcess.stagesByTask().keySet().stream(),
                InquiryProcess.stagesByTask().keySet().stream()).collect(Collectors.toSet()));

        Deployment deployment = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
        List<String> deployed = repository.getDeploymentResourceNames(deployment.getId()).stream()
                .map(name -> Path.of(name).getFileName().toString()).toList();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            assertThat(deployed).containsAll(files.map(f -> f.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(deployed).contains(ComplaintProcess.RESOURCE, ComplaintProcess.ROUTING_RESOURCE);
    }

    @Test
    void everyDeadlineIsABoundaryTimerDueWhenItsStagesDeadlineEndsOnATrackedTask() {
        Collection<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class);
        assertThat(ids(timers)).isEqualTo(ComplaintProcess.stagesByTimer().keySet());
        for (BoundaryEvent timer : timers) {
            Stage stage = ComplaintProcess.stagesByTimer().get(timer.getId());
            assertThat(timer.getAttachedTo().getId()).isEqualTo(ComplaintProcess.taskOf(stage));
            assertThat(ComplaintProcess.timerOf(stage)).isEqualTo(timer.getId());
            TimerEventDefinition definition = timer.getEventDefinitions().stream()
                    .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
                    .findFirst().orElseThrow();
            assertThat(definition.getTimeDuration()).isNull();
            assertThat(definition.getTimeDate().getTextContent())
                    .isEqualTo("${deadlines.due(execution, '" + stage + "')}");
            assertThat(listeners(timer.getAttachedTo())).contains("${stageTracker}");
            assertThat(listeners(timer)).contains("${deadlineMissed}");
        }
    }

    @Test
    void everyOutcomeHasOneEndEventThatClosesTheCaseWithIt() {
        Map<String, String> closingExpressionByEnd = new HashMap<>();
        for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
            listeners(end).stream().filter(l -> l.startsWith("${caseClosure.close"))
                    .forEach(l -> closingExpressionByEnd.put(end.getId(), l));
        }
        assertThat(closingExpressionByEnd.keySet()).containsExactlyInAnyOrder(ComplaintProcess.Ends.RESOLVED,
                ComplaintProcess.Ends.REJECTED, ComplaintProcess.Ends.WITHDRAWN, ComplaintProcess.Ends.LAPSED,
                ComplaintProcess.Ends.UNFULFILLED);
        for (Outcome outcome : Outcome.values()) {
            assertThat(closingExpressionByEnd.values()).containsOnlyOnce(
                    "${caseClosure.close(execution, '" + outcome + "')}");
        }
    }

    @Test
    void everyBeanTheModelCallsExistsAndTheProcessKeepsHistoryForAYear() {
        Stream.concat(model.getModelElementsByType(ServiceTask.class).stream()
                                .map(ServiceTask::getCamundaDelegateExpression),
                        model.getModelElementsByType(BusinessRuleTask.class).stream()
                                .map(BusinessRuleTask::getCamundaDelegateExpression))
                .forEach(expression -> assertThat(context.containsBean(beanName(expression)))
                        .as("bean of %s", expression).isTrue());
        for (String listenerBean : List.of("stageTracker", "deadlineMissed", "caseClosure", "deadlines")) {
            assertThat(context.containsBean(listenerBean)).as(listenerBean).isTrue();
        }
        Process process = model.getModelElementById(ComplaintProcess.KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
        Message withdrawal = model.getModelElementsByType(Message.class).iterator().next();
        assertThat(withdrawal.getName()).isEqualTo(ComplaintProcess.WITHDRAWAL_MESSAGE);
    }

    @Test
    void theRoutingDecisionsAreTheOnesTheRoutingStepEvaluates() throws IOException {
        try (InputStream dmn = Files.newInputStream(Path.of("processes", ComplaintProcess.ROUTING_RESOURCE))) {
            DmnModelInstance decisions = Dmn.readModelFromStream(dmn);
            assertThat(ids(decisions.getModelElementsByType(Decision.class))).containsExactlyInAnyOrder(
                    ComplaintProcess.Decisions.PRIORITY, ComplaintProcess.Decisions.STANDARDS_RELATED,
                    ComplaintProcess.Decisions.SILENCE_OUTCOME);
        }
        assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey())
                .contains(ComplaintProcess.Decisions.PRIORITY, ComplaintProcess.Decisions.STANDARDS_RELATED,
                        ComplaintProcess.Decisions.SILENCE_OUTCOME);
    }

    @Test
    void everyNameTheModelDecidesOnIsAQuestionToTheCase() {
        Pattern question = Pattern.compile("caseParties\\.(\\w+)\\(execution\\)");
        Pattern name = Pattern.compile("[A-Za-z_]\\w*");
        Set<String> asked = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (String expression : assignmentsAndConditions()) {
            Matcher call = question.matcher(expression);
            while (call.find()) {
                asked.add(call.group(1));
            }
            Matcher variable = name.matcher(call.replaceAll("").replaceAll("'[^']*'", ""));
            while (variable.find()) {
                read.add(variable.group());
            }
        }
        Set<String> questions = Arrays.stream(CaseParties.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> Arrays.equals(m.getParameterTypes(), new Class<?>[] {DelegateExecution.class}))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(context.getBean("caseParties")).isInstanceOf(CaseParties.class);
        assertThat(asked).as("questions the model asks the case row").isEqualTo(questions);
        // a step taken through Tasklist branches as one taken through the API only if no gateway reads a variable
        assertThat(read).as("process variables the model reads").isEmpty();
    }

    /** The expressions of task assignments and gateway conditions, where the model reads a case's state. */
    private static List<String> assignmentsAndConditions() {
        Stream<String> assignments = model.getModelElementsByType(UserTask.class).stream()
                .flatMap(t -> Stream.of(t.getCamundaAssignee(), t.getCamundaCandidateGroups(),
                        t.getCamundaCandidateUsers()));
        Stream<String> conditions = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> f.getConditionExpression() != null)
                .map(f -> f.getConditionExpression().getTextContent());
        return Stream.concat(assignments, conditions)
                .filter(e -> e != null && e.startsWith("${"))
                .map(e -> e.substring(2, e.length() - 1))
                .toList();
    }

    private static String beanName(String expression) {
        return expression.substring(2, expression.length() - 1);
    }

    private static Set<String> ids(Collection<? extends org.camunda.bpm.model.xml.instance.ModelElementInstance> elements) {
        return elements.stream().map(e -> e.getAttributeValue("id")).collect(Collectors.toSet());
    }

    private static List<String> listeners(org.camunda.bpm.model.bpmn.instance.BaseElement element) {
        if (element.getExtensionElements() == null) {
            return List.of();
        }
        Stream<String> taskListeners = element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaTaskListener.class).list().stream()
                .map(l -> l.getCamundaDelegateExpression() != null ? l.getCamundaDelegateExpression()
                        : l.getCamundaExpression());
        Stream<String> executionListeners = element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaExecutionListener.class).list().stream()
                .map(l -> l.getCamundaDelegateExpression() != null ? l.getCamundaDelegateExpression()
                        : l.getCamundaExpression());
        return Stream.concat(taskListeners, executionListeners).toList();
    }
}
