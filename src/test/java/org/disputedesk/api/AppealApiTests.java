package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputedesk.SampleInputs;
import org.disputedesk.process.ComplaintProcess.Timers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.ValidatableResponse;

/**
 * The appeal as API clients see it: who is offered {@code appeal} and {@code appeal-decision}, the
 * answers a refused appeal or review gets, the inbox, and the same steps taken through the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AppealApiTests {

    @Autowired Api api;

    @BeforeEach
    void engineRestAnswersForThisContext() {
        api.engineRestAnswersForThisContext();
    }

    @Test
    void eitherPartyIsOfferedTheAppealAndOnlyTheParksOtherMediatorsItsDecision() {
        // given mediator1 ruled for the buyer
        String id = ruled("RULE_FOR_BUYER");

        // then both parties may appeal, nobody else
        api.get("buyer1", path(id)).statusCode(200).body("stage", equalTo("APPEAL_WINDOW"))
                .body("actions", hasItem("appeal"));
        api.get("shop1", path(id)).statusCode(200).body("actions", hasItem("appeal"));
        for (String other : List.of("mediator1", "mediator3", "parkadmin1", "admin")) {
            api.get(other, path(id)).statusCode(200).body("actions", not(hasItem("appeal")));
        }
        api.get("buyer1", "/api/parks/humen/deadlines").statusCode(200).body("defaults.appeal", equalTo("PT72H"))
                .body("defaults.appealReview", equalTo("PT240H"));
        assertThat(task("buyer1", id)).containsEntry("stage", "APPEAL_WINDOW");
        assertThat(task("shop1", id)).containsEntry("stage", "APPEAL_WINDOW");

        // when the shop appeals
        api.step("shop1", id, "appeal", Map.of("grounds", "The sweater was worn.", "evidenceIds",
                List.of(upload("shop1", id)))).statusCode(200)
                .body("stage", equalTo("APPEAL_REVIEW")).body("appeal.party", equalTo("SHOP"))
                .body("appeal.by", equalTo("shop1")).body("appeal.decision", nullValue())
                .body("actions", not(hasItem("appeal")));

        // then mediator3 is offered the decision, not mediator1 who ruled
        api.get("mediator3", path(id)).statusCode(200).body("actions", hasItem("appeal-decision"));
        api.get("mediator1", path(id)).statusCode(200).body("actions", not(hasItem("appeal-decision")));
        assertThat(task("mediator3", id)).containsEntry("stage", "APPEAL_REVIEW");
        assertThat(task("mediator1", id)).isNull();
        assertThat(task("shop1", id)).isNull();
    }

    @Test
    void anAppealWithoutNewInformationIsRefusedNamingTheRuleInTheReadersLanguage() {
        // given the buyer's evidence from before the ruling
        String id = api.escalatedToMediation();
        long before = upload("buyer1", id);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_SHOP",
                "reasoning", "The label is right.")).statusCode(200);

        // when
        api.step("buyer1", id, "appeal", Map.of("grounds", "Look again.", "evidenceIds", List.of(before)))
                .statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("new information"))
                .body("detail", containsString("uploaded by the buyer after the ruling"));
        api.as("buyer1").header("Accept-Language", "zh-CN")
                .body(Map.of("grounds", "Look again.", "evidenceIds", List.of(before)))
                .post(path(id) + "/appeal").then().statusCode(422)
                .body("detail", containsString("买家在裁决之后上传"));
        api.step("buyer1", id, "appeal", Map.of("grounds", "Look again.")).statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("evidenceIds"));

        // then the window is still open
        api.get("buyer1", path(id)).statusCode(200).body("stage", equalTo("APPEAL_WINDOW"))
                .body("appeal", nullValue());
    }

    @Test
    void theReviewIsRefusedToTheMediatorWhoRuledToOtherRolesAndUnseenByAnotherParksMediator() {
        // given
        String id = ruled("RULE_FOR_SHOP");
        api.step("buyer1", id, "appeal", Map.of("grounds", "New photos.", "evidenceIds",
                List.of(upload("buyer1", id)))).statusCode(200);
        Map<String, Object> uphold = Map.of("decision", "UPHOLD", "reasoning", "Fine.");

        // then
        api.step("mediator1", id, "appeal-decision", uphold).statusCode(403).contentType(Api.PROBLEM_JSON);
        api.step("mediator2", id, "appeal-decision", uphold).statusCode(404).contentType(Api.PROBLEM_JSON);
        for (String notAMediator : List.of("buyer1", "shop1", "parkadmin1", "committee1")) {
            api.step(notAMediator, id, "appeal-decision", uphold).statusCode(notAMediator.equals("committee1")
                    ? 404 : 403);
        }
        api.step("mediator3", id, "appeal-decision", Map.of("decision", "OVERTURN", "reasoning", "Buyer is right."))
                .statusCode(400).body("errors.field", hasItem("remedy")).body("errors.field", hasItem("amount"));
        api.get("admin", path(id)).statusCode(200).body("stage", equalTo("APPEAL_REVIEW"));

        // when
        api.step("mediator3", id, "appeal-decision", Map.of("decision", "OVERTURN", "remedy", "REFUND",
                        "amount", 199.50, "reasoning", "The photos show the wrong label."))
                .statusCode(200).body("stage", equalTo("FULFILMENT")).body("agreed.remedy", equalTo("REFUND"))
                .body("agreed.amount", equalTo(199.5f)).body("appeal.decidedBy", equalTo("mediator3"));

        // then it is decided for good
        api.step("mediator3", id, "appeal-decision", uphold).statusCode(409).body("stage", equalTo("FULFILMENT"));
        api.step("shop1", id, "appeal", Map.of("grounds", "Unfair.", "evidenceIds", List.of(upload("shop1", id))))
                .statusCode(409).body("stage", equalTo("FULFILMENT"));
    }

    @Test
    void anOperatorTakesTheAppealAndItsDecisionThroughTheEngineButNeverReviewsTheirOwnRuling() {
        // given an operator decided the case through the engine, ruling for the buyer
        String id = api.escalatedToMediation();
        submit(id, Map.of("decision", "RULE_FOR_BUYER", "remedy", "REFUND", "amount", 100,
                "reasoning", "Ruled by the operator.")).statusCode(204);
        long evidence = upload("shop1", id);

        // when the operator files the shop's appeal from its form, naming the party
        submit(id, Map.of("grounds", "For the shop.", "evidenceIds", "" + evidence)).statusCode(400)
                .body("message", containsString("party"));
        submit(id, Map.of("party", "SHOP", "grounds", "For the shop.", "evidenceIds", "" + evidence))
                .statusCode(204);

        // then the case is in review, and the operator who ruled may not decide it
        api.get("admin", path(id)).statusCode(200).body("stage", equalTo("APPEAL_REVIEW"))
                .body("appeal.party", equalTo("SHOP")).body("appeal.by", equalTo("admin"));
        submit(id, Map.of("decision", "UPHOLD", "reasoning", "Mine.")).statusCode(400)
                .body("message", containsString("may not decide the appeal"));
        api.step("mediator3", id, "appeal-decision", Map.of("decision", "UPHOLD", "reasoning", "Well ruled."))
                .statusCode(200).body("stage", equalTo("FULFILMENT"));
    }

    @Test
    void aRulingNobodyAppealsTakesEffectWhenTheWindowLapses() {
        String id = ruled("RULE_FOR_SHOP");

        api.fireTimer(id, Timers.APPEAL_WINDOW_LAPSED);

        api.get("buyer1", path(id)).statusCode(200).body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo("REJECTED"));
        List<String> actions = api.get("buyer1", path(id) + "/timeline").statusCode(200).extract().jsonPath()
                .getList("action");
        assertThat(actions).endsWith("DEADLINE_PASSED", "RULING_TOOK_EFFECT", "CLOSED");
    }

    /** A case mediator1 claimed and decided with {@code ruling}. */
    private String ruled(String ruling) {
        String id = api.escalatedToMediation();
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        Map<String, Object> decision = new LinkedHashMap<>(Map.of("decision", ruling, "reasoning", "Ruled."));
        if (ruling.equals("RULE_FOR_BUYER")) {
            decision.putAll(Map.of("remedy", "REFUND", "amount", 399.00));
        }
        api.step("mediator1", id, "mediation/decision", decision).statusCode(200);
        return id;
    }

    private long upload(String user, String id) {
        return ((Number) api.plain(user).multiPart("file", "photo.png", SampleInputs.tinyPng(), "image/png")
                .post(path(id) + "/evidence").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String path(String id) {
        return "/api/complaints/" + id;
    }

    private Map<String, Object> task(String user, String id) {
        List<Map<String, Object>> tasks = api.get(user, "/api/tasks").statusCode(200).extract().jsonPath()
                .getList("$");
        return tasks.stream().filter(t -> id.equals(t.get("complaintId"))).findFirst().orElse(null);
    }

    private ValidatableResponse submit(String id, Map<String, Object> fields) {
        return api.submitTaskForm(id, fields);
    }
}
