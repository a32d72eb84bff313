package org.disputedesk.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every amount the domain accepts from anyone, on a 399.00 order, obeys one rule: at most the order
 * amount, unless it is compensation, which may reach three times the price (consumer law's punitive
 * damages) or 500, whichever is more. A counter-offer, a settlement and a ruling are held to it alike,
 * and a refused amount changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AmountBoundsApiTests {

    @Autowired
    Api api;

    @ParameterizedTest
    @CsvSource({"REFUND, 399.01", "RETURN_AND_REFUND, 9999999999.99", "EXCHANGE, 400", "COMPENSATION, 1197.01",
            "COMPENSATION, 9999999999.99"})
    void anAmountBeyondTheOrdersBoundsIsRefusedWhoeverOffersOrAwardsIt(String remedy, String amount) {
        String offered = api.fileComplaint("buyer1", "shop-hm-001", "AB-" + UUID.randomUUID());
        api.step("shop1", offered, "shop-response", Map.of("decision", "COUNTER_OFFER", "remedy", remedy,
                "amount", amount, "message", "Our offer.")).statusCode(422).contentType(Api.PROBLEM_JSON);
        api.get("buyer1", "/api/complaints/" + offered).body("stage", equalTo("SHOP_RESPONSE"))
                .body("offer", nullValue());

        for (String decision : new String[] {"SETTLE", "RULE_FOR_BUYER"}) {
            String mediated = inMediation();
            api.step("mediator1", mediated, "mediation/decision", Map.of("decision", decision, "remedy", remedy,
                            "amount", amount, "reasoning", "The label is wrong."))
                    .statusCode(422).contentType(Api.PROBLEM_JSON);
            api.get("buyer1", "/api/complaints/" + mediated).body("stage", equalTo("MEDIATION"))
                    .body("ruling", nullValue());
        }
    }

    @ParameterizedTest
    @CsvSource({"REFUND, 399.00, APPEAL_WINDOW", "COMPENSATION, 1197.00, APPEAL_WINDOW"})
    void anAmountAtTheBoundIsAwarded(String remedy, String amount, String stage) {
        String id = inMediation();
        api.step("mediator1", id, "mediation/decision", Map.of("decision", "RULE_FOR_BUYER", "remedy", remedy,
                "amount", amount, "reasoning", "The label is wrong.")).statusCode(200).body("stage", equalTo(stage));
    }

    private String inMediation() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "AB-" + UUID.randomUUID());
        api.step("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "The label is correct."))
                .statusCode(200);
        api.step("buyer1", id, "buyer-review", Map.of("decision", "ESCALATE")).statusCode(200);
        api.step("mediator1", id, "mediation/claim", null).statusCode(200);
        return id;
    }
}
