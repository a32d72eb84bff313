package org.disputedesk.portal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.disputedesk.complaint.Step;
import org.disputedesk.process.ComplaintProcess;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The step forms exactly as the engine deployed them with the current process definition: the
 * portal reads them from the deployment, so a form exists once, in {@code forms/}.
 */
@Component
public class DeployedForms {

    /** The user task whose form each step fills in; the form's id is the task's id. */
    private static final Map<Step, String> TASK_BY_STEP = Map.of(
            Step.SHOP_RESPONSE, ComplaintProcess.Tasks.SHOP_RESPONSE,
            Step.BUYER_REVIEW, ComplaintProcess.Tasks.BUYER_REVIEW,
            Step.DECISION, ComplaintProcess.Tasks.MEDIATION,
            Step.INFORMATION, ComplaintProcess.Tasks.INFORMATION_REQUEST,
            Step.COMMITTEE_RULING, ComplaintProcess.Tasks.COMMITTEE_REVIEW,
            Step.APPEAL, ComplaintProcess.Tasks.APPEAL_WINDOW,
            Step.APPEAL_DECISION, ComplaintProcess.Tasks.APPEAL_REVIEW,
            Step.FULFILMENT, ComplaintProcess.Tasks.FULFILMENT,
            Step.RECEIPT, ComplaintProcess.Tasks.BUYER_CONFIRMATION);

    private final RepositoryService repository;
    private final ObjectMapper json;
    /** Forms by id, per deployment: a redeployment brings its own. */
    private final Map<String, Map<String, StepForm>> byDeployment = new ConcurrentHashMap<>();

    DeployedForms(RepositoryService repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** The form for a step, or empty for steps that have none (claim, withdrawal, rating, …). */
    public Optional<StepForm> of(Step step) {
        String task = TASK_BY_STEP.get(step);
        return task == null ? Optional.empty() : Optional.ofNullable(current().get(task));
    }

    /** Every deployed form, by id. */
    public Map<String, StepForm> all() {
        return current();
    }

    private Map<String, StepForm> current() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY).latestVersion().singleResult();
        return byDeployment.computeIfAbsent(definition.getDeploymentId(), this::load);
    }

    private Map<String, StepForm> load(String deploymentId) {
        Map<String, StepForm> forms = new HashMap<>();
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, resource.getName())) {
                    StepForm form = FormParser.parse(json.readTree(in));
                    forms.put(form.id(), form);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return forms;
    }
}
