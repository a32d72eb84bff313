package org.disputedesk.operations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.restassured.response.ValidatableResponse;

/**
 * The upgrade drill: the database of the first release (migrations V1-V5, the first model), made by
 * that release through its own API with a case at each of its stages and one of each outcome
 * ({@code src/test/resources/first-release/make-database.sh} remakes it), restored as it was. This
 * version starts on it: Flyway migrates the tables from V6 on, the engine deploys the current model and
 * the open cases move to it (the first model's expressions are gone), and every one is finished through
 * the API, the deadlines they had fired as timers, its rulings waiting out the appeal window the current
 * model has. Its own application context: its own database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
@DirtiesContext
class UpgradeFromFirstReleaseTests {

    @Autowired Api api;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void onTheFirstReleasesDatabase(DynamicPropertyRegistry registry) throws Exception {
        String url = restoredFirstRelease();
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void aCaseWaitingForTheShopIsAnsweredAndResolvedItsMessagesAndEvidenceKept() {
        String id = caseOf("FR-SHOP-RESPONSE");
        api.get("shop1", "/api/complaints/" + id + "/messages").statusCode(200).body("$", hasSize(2));
        api.get("shop1", "/api/complaints/" + id + "/evidence").statusCode(200).body("$", hasSize(1));
        String file = api.get("buyer1", "/api/complaints/" + id + "/evidence").extract().path("[0].id").toString();
        api.plain("shop1").get("/api/complaints/" + id + "/evidence/" + file).then().statusCode(200)
                .contentType("image/png");

        step("shop1", id, "shop-response", Map.of("decision", "ACCEPT", "message", "We refund.")).body("stage",
                equalTo("FULFILMENT"));
        fulfilAndConfirm(id);
        closedAs(id, "RESOLVED");
    }

    @Test
    void aShopSilentOnASmallRefundHasTheRemedyGrantedAndTheBuyersSilenceCountsAsReceived() {
        String id = caseOf("FR-SHOP-SILENT");
        api.fireTimer(id, "BoundaryTimer_ShopSilent");
        stageIs(id, "FULFILMENT");
        step("shop1", id, "fulfilment", Map.of("proof", "Refund sent.")).body("stage", equalTo("BUYER_CONFIRMATION"));
        api.fireTimer(id, "BoundaryTimer_ReceiptAssumed");
        closedAs(id, "RESOLVED");
    }

    @Test
    void aCounterOfferTheBuyerAcceptsIsFulfilledAndASilentBuyersCaseLapses() {
        String accepted = caseOf("FR-BUYER-REVIEW");
        step("buyer1", accepted, "buyer-review", Map.of("decision", "ACCEPT")).body("stage", equalTo("FULFILMENT"));
        fulfilAndConfirm(accepted);
        closedAs(accepted, "RESOLVED");

        String silent = caseOf("FR-BUYER-REVIEW-SILENT");
        api.fireTimer(silent, "BoundaryTimer_BuyerReviewLapsed");
        closedAs(silent, "LAPSED");
    }

    @Test
    void anUnclaimedMediationIsClaimedAndItsRulingForTheShopTakesEffectWhenTheAppealWindowLapses() {
        String id = caseOf("FR-MEDIATION-UNCLAIMED");
        step("mediator1", id, "mediation/claim", null).body("stage", equalTo("MEDIATION"));
        rule(id, "RULE_FOR_SHOP").body("stage", equalTo("APPEAL_WINDOW"));
        api.get("buyer1", "/api/complaints/" + id).statusCode(200).body("actions", hasItem("appeal"));
        api.fireTimer(id, "BoundaryTimer_AppealWindowLapsed");
        closedAs(id, "REJECTED");
    }

    @Test
    void aClaimedMediationIsFlaggedOverdueByItsDeadlineThenRuledForTheBuyerAndFulfilled() {
        String id = caseOf("FR-MEDIATION-CLAIMED");
        api.fireTimer(id, "BoundaryTimer_MediationOverdue");
        api.get("mediator1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("MEDIATION"))
                .body("overdue", is(true));
        ruleForTheBuyerUnappealed(id);
        fulfilAndConfirm(id);
        closedAs(id, "RESOLVED");
    }

    @Test
    void anOpenInformationRequestIsAnsweredAndTheMediatorSettles() {
        String id = caseOf("FR-INFORMATION-REQUEST");
        step("shop1", id, "information", Map.of("text", "The Jinjiang mill.")).body("stage", equalTo("MEDIATION"));
        step("mediator1", id, "mediation/decision", Map.of("decision", "SETTLE", "remedy", "REFUND", "amount", 100.00,
                "reasoning", "Both agreed to half.")).body("stage", equalTo("FULFILMENT"));
        fulfilAndConfirm(id);
        closedAs(id, "RESOLVED");
    }

    @Test
    void theCommitteeRulesOnACaseEscalatedBeforeTheUpgradeAndTheBuyerAppealsTheRulingForTheShop() {
        String id = caseOf("FR-COMMITTEE");
        step("committee1", id, "committee-ruling", Map.of("finding", "CONFORMING", "citations",
                List.of(Map.of("standard", "GB/T 29862-2013", "clause", "6")), "reasoning", "Measured 98% cotton."))
                .body("stage", equalTo("MEDIATION"));
        rule(id, "RULE_FOR_SHOP").body("stage", equalTo("APPEAL_WINDOW"));
        long photo = ((Number) api.plain("buyer1").multiPart("file", "photo.png", SampleInputs.tinyPng(), "image/png")
                .post("/api/complaints/" + id + "/evidence").then().statusCode(201).extract().path("id")).longValue();
        step("buyer1", id, "appeal", Map.of("grounds", "A second lab disagrees.", "evidenceIds", List.of(photo)))
                .body("stage", equalTo("APPEAL_REVIEW"));
        step("mediator3", id, "appeal-decision", Map.of("decision", "UPHOLD", "reasoning", "The lab is accredited."));
        closedAs(id, "REJECTED");
    }

    @Test
    void aMissedFulfilmentGoesToMediationForEnforcementAndIsFulfilledAfterTheRuling() {
        String id = caseOf("FR-FULFILMENT");
        api.fireTimer(id, "BoundaryTimer_FulfilmentMissed");
        stageIs(id, "MEDIATION");
        step("mediator1", id, "mediation/claim", null);
        ruleForTheBuyerUnappealed(id);
        fulfilAndConfirm(id);
        closedAs(id, "RESOLVED");
    }

    @Test
    void aBuyerWhoReceivedNothingReopensMediationAndMayThenWithdraw() {
        String id = caseOf("FR-BUYER-CONFIRMATION");
        step("buyer1", id, "receipt", Map.of("received", false, "message", "Nothing arrived."))
                .body("stage", equalTo("MEDIATION"));
        step("buyer1", id, "withdrawal", null);
        closedAs(id, "WITHDRAWN");
    }

    @Test
    void casesClosedBeforeTheUpgradeKeepTheirOutcomesAndTimelinesAndMayBeRated() {
        Map.of("FR-RESOLVED", "RESOLVED", "FR-REJECTED", "REJECTED", "FR-WITHDRAWN", "WITHDRAWN",
                "FR-LAPSED", "LAPSED", "FR-UNFULFILLED", "UNFULFILLED")
                .forEach((ref, outcome) -> closedAs(caseOf(ref), outcome));
        String resolved = caseOf("FR-RESOLVED");
        api.get("buyer1", "/api/complaints/" + resolved).body("rating.score", is(4));
        step("buyer1", caseOf("FR-REJECTED"), "rating", Map.of("score", 2, "comment", "Lost, but heard."))
                .body("rating.score", is(2));
    }

    @Test
    void aCaseFiledAfterTheUpgradeIsNumberedAfterTheFirstReleasesCases() {
        long last = jdbc.sql("select max(case_number) from complaints where order_ref like 'FR-%'").query(Long.class)
                .single();
        String id = api.fileComplaint("buyer1", "shop-hm-001", "AFTER-THE-UPGRADE");
        api.get("buyer1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("SHOP_RESPONSE"))
                .body("number", greaterThan((int) last));
    }

    private String caseOf(String orderRef) {
        return jdbc.sql("select id from complaints where order_ref = ?").param(orderRef).query(String.class).single();
    }

    private ValidatableResponse step(String user, String id, String segment, Object body) {
        return api.step(user, id, segment, body).log().ifValidationFails().statusCode(200);
    }

    private ValidatableResponse rule(String id, String decision) {
        return step("mediator1", id, "mediation/decision", Map.of("decision", decision, "remedy", "REFUND",
                "amount", 120.00, "reasoning", "The label is wrong."));
    }

    /** A ruling for the buyer, which takes effect when its appeal window lapses: the case is in fulfilment. */
    private void ruleForTheBuyerUnappealed(String id) {
        rule(id, "RULE_FOR_BUYER").body("stage", equalTo("APPEAL_WINDOW"));
        api.fireTimer(id, "BoundaryTimer_AppealWindowLapsed");
        stageIs(id, "FULFILMENT");
    }

    private void fulfilAndConfirm(String id) {
        step("shop1", id, "fulfilment", Map.of("proof", "Refund sent.")).body("stage", equalTo("BUYER_CONFIRMATION"));
        step("buyer1", id, "receipt", Map.of("received", true)).body("stage", equalTo("CLOSED"));
    }

    private void stageIs(String id, String stage) {
        api.get("admin", "/api/complaints/" + id).statusCode(200).body("stage", equalTo(stage));
    }

    /** Closed with {@code outcome}, as its buyer sees it, and its timeline verifies from the first entry. */
    private void closedAs(String id, String outcome) {
        api.get("buyer1", "/api/complaints/" + id).statusCode(200).body("stage", equalTo("CLOSED"))
                .body("outcome", equalTo(outcome));
        api.get("buyer1", "/api/complaints/" + id + "/timeline/verification").log().ifValidationFails()
                .statusCode(200).body("valid", is(true));
    }

    /** A new in-memory database holding what the first release's script restores: its URL. */
    private static String restoredFirstRelease() throws IOException, SQLException {
        String url = "jdbc:h2:mem:first-release-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ZipInputStream zip = new ZipInputStream(new ClassPathResource("first-release/database.zip")
                     .getInputStream())) {
            zip.getNextEntry();
            RunScript.execute(connection, new InputStreamReader(zip, StandardCharsets.UTF_8));
        }
        return url;
    }
}
