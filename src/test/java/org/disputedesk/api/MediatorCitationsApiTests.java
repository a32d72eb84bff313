package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A mediator's ruling may cite standard clauses as the committee's findings do, with the same
 * checks: a clause the catalog lacks or a superseded standard is refused and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class MediatorCitationsApiTests {

    private static final Map<String, String> FIBRE_CONTENT = Map.of("standard", "GB 5296.4-2012", "clause", "5.4");

    @Autowired
    Api api;

    @Test
    void aRulingForTheBuyerCitesClausesOnTheCaseAndInItsTimeline() {
        String id = claimed();

        api.step("mediator1", id, "mediation/decision", ruling("RULE_FOR_BUYER",
                        List.of(FIBRE_CONTENT, Map.of("standard", " GB 5296.4-2012 ", "clause", "5.4"),
                                Map.of("standard", "GB 18401-2010", "clause", "5.1"))))
                .statusCode(200)
                .body("ruling.citations.standard", equalTo(List.of("GB 5296.4-2012", "GB 18401-2010")))
                .body("ruling.citations.clause", equalTo(List.of("5.4", "5.1")));

        api.get("buyer1", "/api/complaints/" + id).statusCode(200).body("ruling.citations.clause", hasItem("5.4"));
        api.get("shop1", "/api/complaints/" + id + "/timeline").statusCode(200)
                .body("find { it.action == 'RULE_FOR_BUYER' }.detail",
                        equalTo("Refund of CN¥168.00. The label's fibre content is wrong. Cites GB 5296.4-2012 §5.4, "
                                + "GB 18401-2010 §5.1. Liability: Shop 100%."));
    }

    @Test
    void aRulingForTheShopMayCiteAndARulingWithoutCitationsCitesNone() {
        String forShop = claimed();
        api.step("mediator1", forShop, "mediation/decision", ruling("RULE_FOR_SHOP", List.of(FIBRE_CONTENT)))
                .statusCode(200).body("ruling.citations.clause", equalTo(List.of("5.4")));

        String plain = claimed();
        api.step("mediator1", plain, "mediation/decision", ruling("RULE_FOR_BUYER", null))
                .statusCode(200).body("ruling.citations", equalTo(List.of()));
    }

    @Test
    void aClauseTheCatalogLacksIsRefusedAndTheCaseStaysInMediation() {
        String id = claimed();

        api.step("mediator1", id, "mediation/decision", ruling("RULE_FOR_BUYER",
                        List.of(Map.of("standard", "GB 5296.4-2012", "clause", "99.9"))))
                .statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("The catalog has no clause 99.9 of GB 5296.4-2012."));

        assertThat(api.stageOf(id)).isEqualTo("MEDIATION");
        api.get("mediator1", "/api/complaints/" + id).body("ruling", equalTo(null));
    }

    @Test
    void onlyARulingCitesClauses() {
        String id = claimed();
        Map<String, Object> settle = ruling("SETTLE", List.of(FIBRE_CONTENT));

        api.step("mediator1", id, "mediation/decision", settle)
                .statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.find { it.field == 'citations' }.message",
                        equalTo("only a ruling cites standard clauses"));

        assertThat(api.stageOf(id)).isEqualTo("MEDIATION");
    }

    private String claimed() {
        String id = api.escalatedToMediation();
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        return id;
    }

    private static Map<String, Object> ruling(String decision, List<Map<String, String>> citations) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "remedy", "REFUND", "amount", 168,
                "reasoning", "The label's fibre content is wrong."));
        if (citations != null) {
            body.put("citations", citations);
        }
        return body;
    }
}
