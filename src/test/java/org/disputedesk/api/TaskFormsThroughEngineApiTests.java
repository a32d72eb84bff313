package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's own clients take the same steps as the API: an operator completing a user task
 * through engine REST's {@code submit-form} (what Tasklist calls) with the form's field keys moves
 * the case exactly as the endpoint would, records the step on the case and its timeline under
 * the operator's name, and is refused with the endpoint's reason, leaving the task open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
@ExtendWith(OutputCaptureExtension.class)
class TaskFormsThroughEngineApiTests {

    @Autowired Api api;

    @BeforeEach
    void engineRestAnswersForThisContext() {
        api.engineRestAnswersForThisContext();
    }

    @Test
    void aShopResponseSubmittedThroughTheEngineTakesTheDomainStep() {
        // given a filed case waiting for the shop
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TF-" + java.util.UUID.randomUUID());

        // when the operator submits the shop's form through engine REST
        submit(id, Map.of("decision", "ACCEPT", "message", "Accepted on the shop's behalf."))
                .statusCode(204);

        // then the case moved on as through the API, with the answer and the operator on record
        api.get("buyer1", "/api/complaints/" + id).statusCode(200)
                .body("stage", org.hamcrest.Matchers.equalTo("FULFILMENT"))
                .body("offer.decision", org.hamcrest.Matchers.equalTo("ACCEPT"))
                .body("agreed.remedy", org.hamcrest.Matchers.notNullValue());
        Map<String, Object> last = lastEntry(id);
        assertThat(last).containsEntry("actor", "admin").containsEntry("role", "ADMIN")
                .containsEntry("action", "ACCEPT");
        // and the form's fields did not stay on the process
        assertThat(variables(id)).isEmpty();
    }

    @Test
    void aFormTheDomainRefusesLeavesTheTaskOpenAndSaysWhy(CapturedOutput log) {
        // given a filed case waiting for the shop (order of 3000 CNY)
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TF-" + java.util.UUID.randomUUID());
        String task = taskOf(id);

        // when the operator submits a counter-offer above the order amount, and then one with no message
        Map<String, Object> tooHigh = Map.of("decision", "COUNTER_OFFER", "remedy", "REFUND", "amount", 99999,
                "message", "More than the order.");
        submit(id, tooHigh).statusCode(400).body("message", containsString("may not exceed the order amount"));
        submit(id, Map.of("decision", "REJECT")).statusCode(400).body("message", containsString("message"));
        submit(id, Map.of("decision", "MAYBE", "message", "?")).statusCode(400)
                .body("message", containsString("decision"));

        // then nothing changed: the same task is open and the case still waits for the shop
        assertThat(taskOf(id)).isEqualTo(task);
        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
        assertThat(lastEntry(id)).containsEntry("action", "ROUTED");
        // and the log tells the operator of no error: the mistake was the form's
        assertThat(log.getAll()).doesNotContain("ENGINE-16004").doesNotContain("\tat ");
    }

    @Test
    void aMediationAndACommitteeRulingSubmittedThroughTheEngineTakeTheirSteps() {
        // given a case the shop rejected and the buyer escalated
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TF-" + java.util.UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "As described."))
                .statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);

        // when the operator decides the unclaimed mediation through the engine: escalate to the committee
        submit(id, Map.of("decision", "ESCALATE", "question", "Does the label meet GB 5296.4-2012?",
                "reasoning", "The fibre content is disputed.")).statusCode(204);
        // and the committee's form is submitted with a cited clause (its dynamic list as JSON text)
        submit(id, Map.of("finding", "NONCONFORMING", "reasoning", "The label omits the fibre content.",
                "citations", "[{\"standard\": \"GB 5296.4-2012\", \"clause\": \"5.4\"}]")).statusCode(204);

        // then the case is back in mediation, claimed by the operator, with the committee's ruling
        api.get("admin", "/api/complaints/" + id).statusCode(200)
                .body("stage", org.hamcrest.Matchers.equalTo("MEDIATION"))
                .body("mediator", org.hamcrest.Matchers.equalTo("admin"))
                .body("committeeRuling.finding", org.hamcrest.Matchers.equalTo("NONCONFORMING"))
                .body("committeeRuling.citations[0].clause", org.hamcrest.Matchers.equalTo("5.4"));
        assertThat(lastEntry(id)).containsEntry("action", "RULED_NONCONFORMING").containsEntry("actor", "admin");
    }

    private io.restassured.response.ValidatableResponse submit(String id, Map<String, Object> fields) {
        return api.submitTaskForm(id, fields);
    }

    private String taskOf(String id) {
        return api.openTaskOf(id);
    }

    private Map<String, Object> variables(String id) {
        String process = api.as("admin").queryParam("businessKey", id).get("/engine-rest/process-instance")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class).get(0);
        return api.as("admin").get("/engine-rest/process-instance/" + process + "/variables")
                .then().statusCode(200).extract().as(Map.class);
    }

    private Map<String, Object> lastEntry(String id) {
        List<Map<String, Object>> entries = api.as("admin").get("/api/complaints/" + id + "/timeline")
                .then().statusCode(200).extract().path("$");
        return entries.get(entries.size() - 1);
    }
}
