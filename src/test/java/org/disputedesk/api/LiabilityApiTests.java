package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Liability divided by a ruling: what a split must be (whole percent summing to 100, each party once,
 * the streamer only on a case that names one), where it shows (the case, its timeline, the records of
 * the shop and the streamer), and that the latest ruling's split is the one that counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class LiabilityApiTests {

    @Autowired Api api;
    @Autowired JdbcClient jdbc;

    @Test
    void aSplitThatIsNotWholeIsRefusedWithItsReasonAndNothingIsWritten() {
        // given a case about a room nobody registered, in mediation
        String id = api.claimedMediationAbout("hm-live-42");

        // then each bad split is refused, saying why
        refused(id, List.of(share("SHOP", 60), share("MANUFACTURER", 30)), "shares must sum to 100, not 90");
        refused(id, List.of(share("SHOP", 50), share("SHOP", 50)), "names a party more than once");
        refused(id, List.of(share("SHOP", 70), share("STREAMER", 30)), "this case names no streamer");
        refused(id, List.of(share("SHOP", 0), share("LABEL_PRINTER", 100)), null);
        Map<String, Object> forTheShop = new LinkedHashMap<>(Map.of("decision", "RULE_FOR_SHOP",
                "reasoning", "Conforming.", "liability", List.of(share("SHOP", 100))));
        api.step("mediator1", id, "mediation/decision", forTheShop).statusCode(400)
                .body("errors.message", hasItem(containsString("only a ruling for the buyer")));

        // and the case is where it was, with no liability written
        api.get("mediator1", path(id)).statusCode(200).body("stage", equalTo("MEDIATION"))
                .body("ruling", equalTo(null)).body("liability", empty());
        assertThat(jdbc.sql("select count(*) from liability_shares where complaint_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRulingWithoutASplitLeavesTheShopAllTheLiability() {
        String id = api.claimedMediationAbout("hm-live-42");

        rule(id, null).body("liability.party", contains("SHOP")).body("liability.share", contains(100));
    }

    @Test
    void theRecordsShowTheSharesBorneAndAnOverturnReplacesThem() {
        // given a streamer of its own, and a complaint about its room
        String streamer = "st-liab-" + UUID.randomUUID().toString().substring(0, 8);
        String room = "room-" + streamer;
        api.as("parkadmin1").body(Map.of("id", streamer, "name", "Liability Live", "parkId", "humen",
                "shopIds", List.of("shop-hm-001"), "rooms", List.of(room))).post("/api/admin/streamers")
                .then().statusCode(201);
        Map<String, Object> shopBefore = api.get("buyer2", "/api/shops/shop-hm-001/record").statusCode(200)
                .extract().path("liability");
        String id = api.claimedMediationAbout(room);

        // when the mediator rules for the buyer, dividing liability with the streamer and the maker
        rule(id, List.of(share("SHOP", 50), share("STREAMER", 30), Map.of("party", "MANUFACTURER",
                "name", "Dongguan Knit Co.", "share", 20)))
                .body("streamerId", equalTo(streamer))
                .body("liability.party", contains("SHOP", "STREAMER", "MANUFACTURER"))
                .body("liability.share", contains(50, 30, 20))
                .body("liability[2].name", equalTo("Dongguan Knit Co."));

        // then the timeline and both records say so
        List<String> details = api.get("buyer1", path(id) + "/timeline").statusCode(200).extract().jsonPath()
                .getList("detail");
        assertThat(details.get(details.size() - 1)).contains("Liability: Shop 50%, Streamer 30%, "
                + "Manufacturer (Dongguan Knit Co.) 20%.");
        api.get("buyer2", "/api/streamers/" + streamer + "/record").statusCode(200)
                .body("cases", equalTo(1)).body("open", equalTo(1)).body("rooms", contains(room))
                .body("liability.cases", equalTo(1)).body("liability.totalShare", equalTo(30));
        api.get("buyer2", "/api/shops/shop-hm-001/record").statusCode(200)
                .body("liability.cases", equalTo(((Number) shopBefore.get("cases")).intValue() + 1))
                .body("liability.totalShare", equalTo(((Number) shopBefore.get("totalShare")).intValue() + 50));

        // when the shop appeals with new evidence and another mediator overturns the ruling
        long evidence = ((Number) api.plain("shop1").multiPart("file", "label.png", SampleInputs.tinyPng(),
                "image/png").post(path(id) + "/evidence").then().statusCode(201).extract().path("id")).longValue();
        api.step("shop1", id, "appeal", Map.of("grounds", "The label is right.", "evidenceIds", List.of(evidence)))
                .statusCode(200);
        api.step("mediator3", id, "appeal-decision", Map.of("decision", "OVERTURN", "reasoning", "It is."))
                .statusCode(200).body("liability", empty());

        // then nobody bears a share any more
        api.get("buyer2", "/api/streamers/" + streamer + "/record").statusCode(200)
                .body("liability.cases", equalTo(0)).body("liability.totalShare", equalTo(0))
                .body("outcomes.REJECTED", equalTo(1));
        api.get("buyer2", "/api/shops/shop-hm-001/record").statusCode(200)
                .body("liability.totalShare", equalTo(((Number) shopBefore.get("totalShare")).intValue()));
    }

    @Test
    void aNonconformingFindingDividesLiabilityAndOnlyItOfTheCommitteesFindings() {
        // given a case the mediator escalated to the committee
        String id = api.claimedMediationAbout("hm-live-42");
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Does the care label meet GB 5296.4?", "reasoning", "A standards question.")).statusCode(200);
        Map<String, Object> finding = new LinkedHashMap<>(Map.of("finding", "CONFORMING",
                "citations", List.of(Map.of("standard", "GB 5296.4-2012", "clause", "5.4")), "reasoning", "Printed.",
                "liability", List.of(share("SHOP", 100))));

        // then a conforming finding may not divide liability
        api.step("committee1", id, "committee-ruling", finding).statusCode(400)
                .body("errors.message", hasItem(containsString("only a ruling for the buyer")));

        // when the committee finds the label nonconforming, the printer sharing the blame
        finding.put("finding", "NONCONFORMING");
        finding.put("liability", List.of(share("SHOP", 40), Map.of("party", "LABEL_PRINTER", "name", "Humen Tags",
                "share", 60)));
        api.step("committee1", id, "committee-ruling", finding).statusCode(200)
                .body("stage", equalTo("MEDIATION")).body("liability.party", contains("LABEL_PRINTER", "SHOP"))
                .body("liability.share", contains(60, 40));
    }

    @Test
    void anUnknownStreamersRecordDoesNotExist() {
        api.get("buyer1", "/api/streamers/st-nobody/record").statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    private void refused(String id, List<Map<String, Object>> liability, String why) {
        var response = api.step("mediator1", id, "mediation/decision", ruling(liability)).statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors.field", hasItem(containsString("liability")));
        if (why != null) {
            response.body("errors.message", hasItem(containsString(why)));
        }
    }

    private io.restassured.response.ValidatableResponse rule(String id, List<Map<String, Object>> liability) {
        return api.step("mediator1", id, "mediation/decision", ruling(liability)).statusCode(200)
                .body("stage", equalTo("APPEAL_WINDOW"));
    }

    private static Map<String, Object> ruling(List<Map<String, Object>> liability) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("decision", "RULE_FOR_BUYER", "remedy", "REFUND",
                "amount", 399.00, "reasoning", "The label is wrong."));
        if (liability != null) {
            body.put("liability", liability);
        }
        return body;
    }

    private static Map<String, Object> share(String party, int share) {
        return Map.of("party", party, "share", share);
    }

    private static String path(String id) {
        return "/api/complaints/" + id;
    }
}
