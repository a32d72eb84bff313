package org.disputedesk.api.fuzz;

import java.math.BigDecimal;
import java.util.List;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The buyer's and the shop's steps fuzzed: the shop's response and fulfilment, the buyer's review,
 * receipt, withdrawal and rating. Each test first files cases waiting for its step, about as many
 * as its valid requests take.
 */
class PartyStepsFuzzApiTests extends ApiFuzzing {

    /** A case at every stage, filed afresh for each test. */
    @BeforeEach
    void fileCases() {
        fuzz.casesAtEveryStage();
    }

    @Test
    void shopResponse() {
        fuzz.more(Fixture.SHOP_RESPONSE, 22);
        fuzz.run("shop-response", 300, () -> {
            CaseInfo target = fuzz.pickCase("SHOP_RESPONSE");
            return probes.jsonStep("shop-response", target, List.of("SHOP"), Write.STEP, () -> {
                Body body = bodies.object(bodies.enumField("decision", true, List.of("ACCEPT", "COUNTER_OFFER",
                                "REJECT")), bodies.enumField("remedy", false, Bodies.REMEDIES),
                        bodies.amount("amount", false, false), bodies.text("message", true, 2000));
                if (body.validity == Validity.VALID && "COUNTER_OFFER".equals(body.values.get("decision"))) {
                    // an empty string reads as no amount at all
                    BigDecimal amount = Bodies.decimal(body.values.get("amount"));
                    if (!body.values.containsKey("remedy") || body.values.get("remedy") == null
                            || amount == null) {
                        body.validity = Validity.INVALID_400;
                    } else if (Bodies.exceedsBounds(body.values.get("remedy"), amount, fuzz.orderAmount(target.id()))) {
                        body.validity = Validity.INVALID_4XX;
                    }
                }
                return body;
            });
        });
    }

    @Test
    void buyerReview() {
        fuzz.more(Fixture.BUYER_REVIEW, 15);
        fuzz.run("buyer-review", 200, () -> probes.jsonStep("buyer-review", fuzz.pickCase("BUYER_REVIEW"),
                List.of("BUYER"), Write.STEP, () -> bodies.object(bodies.enumField("decision", true,
                        List.of("ACCEPT", "ESCALATE")), bodies.text("message", false, 2000))));
    }

    @Test
    void fulfilment() {
        fuzz.more(Fixture.FULFILMENT, 18);
        fuzz.run("fulfilment", 170, () -> probes.jsonStep("fulfilment", fuzz.pickCase("FULFILMENT"),
                List.of("SHOP"), Write.STEP, () -> bodies.object(bodies.text("proof", true, 4000))));
    }

    @Test
    void receipt() {
        fuzz.more(Fixture.BUYER_CONFIRMATION, 19);
        fuzz.run("receipt", 170, () -> probes.jsonStep("receipt", fuzz.pickCase("BUYER_CONFIRMATION"),
                List.of("BUYER"), Write.STEP, () -> bodies.object(bodies.bool("received"),
                        bodies.text("message", false, 2000))));
    }

    @Test
    void withdrawal() {
        fuzz.more(Fixture.SHOP_RESPONSE, 22);
        fuzz.run("withdrawal", 120, () -> probes.bodilessStep("withdrawal", fuzz.pickCase(null)));
    }

    @Test
    void rating() {
        fuzz.more(Fixture.WITHDRAWN, 14);
        fuzz.more(Fixture.RESOLVED, 14);
        fuzz.run("rating", 220, () -> probes.jsonStep("rating", fuzz.pickCase("CLOSED"), List.of("BUYER"),
                Write.RATING, () -> bodies.object(bodies.integer("score", 1, 5), bodies.text("comment", false, 2000))));
    }
}
