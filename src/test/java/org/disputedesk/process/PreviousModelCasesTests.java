package org.disputedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cases filed before this version keep working: the engine runs each process instance on the model
 * version it started on, so a case open at an upgrade finishes on the previous model (here the one
 * before the appeal, kept in src/test/resources/previous-model), whose ruling takes effect at once,
 * while cases filed after it take the new one. Its own application context: it deploys models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
@DirtiesContext
class PreviousModelCasesTests {

    /** The forms of the previous model's tasks, deployed with it as it was. */
    private static final List<String> PREVIOUS_FORMS = List.of("shop-response.form", "buyer-review.form",
            "mediation.form", "information-request.form", "committee-review.form", "fulfilment.form",
            "buyer-confirmation.form");

    @Autowired Api api;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void aCaseOpenAtTheUpgradeFinishesOnThePreviousModelItsRulingTakingEffectWithoutAnAppealWindow()
            throws IOException {
        // given the previous version runs, and a case filed on it waits in mediation
        deploy("previous-model/complaint-resolution.bpmn.xml", PREVIOUS_FORMS);
        String old = claimedInMediation();
        String previousVersion = definitionOf(old);
        assertThat(repository.getBpmnModelInstance(previousVersion).getModelElementsByType(UserTask.class))
                .extracting(UserTask::getId).doesNotContain(ComplaintProcess.Tasks.APPEAL_WINDOW);

        // when this version is deployed, and a case is filed on it
        deploy(ComplaintProcess.RESOURCE, List.of("shop-response.form", "buyer-review.form", "mediation.form",
                "information-request.form", "committee-review.form", "fulfilment.form", "buyer-confirmation.form",
                "appeal.form", "appeal-review.form"));
        String fresh = claimedInMediation();

        // then each case runs on the model it started on
        assertThat(definitionOf(fresh)).isNotEqualTo(previousVersion);
        assertThat(definitionOf(old)).isEqualTo(previousVersion);

        // when the old case is ruled on, it goes to fulfilment at once and is finished through the API
        rule(old).body("stage", equalTo("FULFILMENT")).body("actions", not(hasItem("appeal")));
        api.get("shop1", "/api/complaints/" + old).statusCode(200).body("actions", not(hasItem("appeal")));
        api.step("shop1", old, "fulfilment", Map.of("proof", "Refund sent.")).statusCode(200)
                .body("stage", equalTo("BUYER_CONFIRMATION"));
        api.step("buyer1", old, "receipt", Map.of("received", true)).statusCode(200)
                .body("stage", equalTo("CLOSED")).body("outcome", equalTo("RESOLVED"));

        // and the new case's ruling waits for its appeal window
        rule(fresh).body("stage", equalTo("APPEAL_WINDOW"));
        api.get("buyer1", "/api/complaints/" + fresh).statusCode(200).body("actions", hasItem("appeal"));
    }

    /** Deploys {@code model} as the process's resource, with its forms, as the application deploys a version. */
    private void deploy(String model, List<String> forms) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name("complaint-resolution")
                .addInputStream(ComplaintProcess.RESOURCE, new ClassPathResource(model).getInputStream());
        for (String form : forms) {
            deployment.addInputStream(form, new ClassPathResource(form).getInputStream());
        }
        deployment.deploy();
    }

    /** A case the shop rejected, the buyer escalated and mediator1 claimed. */
    private String claimedInMediation() {
        String id = api.escalatedToMediation();
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        return id;
    }

    private io.restassured.response.ValidatableResponse rule(String id) {
        return api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_BUYER",
                "remedy", "REFUND", "amount", 120.00, "reasoning", "The label is wrong.")).statusCode(200);
    }

    private String definitionOf(String id) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult()
                .getProcessDefinitionId();
    }
}
