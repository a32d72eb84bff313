package org.disputedesk.api.fuzz;

import java.util.List;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mediation and the committee fuzzed: the mediator's claim and decision, the parties' answers to
 * a request for information, and the committee's ruling with its citations. Each test first files
 * cases waiting for its step, about as many as its valid requests take.
 */
class MediationFuzzApiTests extends ApiFuzzing {

    /** A case at every stage, filed afresh for each test. */
    @BeforeEach
    void fileCases() {
        fuzz.casesAtEveryStage();
    }

    @Test
    void mediationClaim() {
        fuzz.more(Fixture.MEDIATION_UNCLAIMED, 7);
        fuzz.run("mediation/claim", 120, () -> probes.bodilessStep("mediation/claim", fuzz.pickCase("MEDIATION")));
    }

    @Test
    void mediationDecision() {
        fuzz.more(Fixture.MEDIATION_CLAIMED, 8);
        List<String[]> clauses = fuzz.standardClauses();
        fuzz.run("mediation/decision", 300, () -> {
            CaseInfo target = fuzz.pickCase("MEDIATION");
            return probes.jsonStep("mediation/decision", target, List.of("MEDIATOR"), Write.STEP, () -> {
                Body body = bodies.object(bodies.enumField("decision", true,
                                List.of("REQUEST_INFO", "SETTLE", "RULE_FOR_BUYER", "RULE_FOR_SHOP", "ESCALATE")),
                        bodies.enumField("party", false, List.of("BUYER", "SHOP", "STREAMER")),
                        bodies.text("question", false, 2000), bodies.enumField("remedy", false, Bodies.REMEDIES),
                        bodies.amount("amount", false, false), bodies.citations(clauses),
                        bodies.text("reasoning", true, 4000), bodies.liability());
                if (body.validity == Validity.VALID) {
                    Object decision = body.values.get("decision");
                    boolean asks = "REQUEST_INFO".equals(decision);
                    boolean awards = "SETTLE".equals(decision) || "RULE_FOR_BUYER".equals(decision);
                    boolean escalates = "ESCALATE".equals(decision);
                    Object question = body.values.get("question");
                    boolean rules = "RULE_FOR_BUYER".equals(decision) || "RULE_FOR_SHOP".equals(decision);
                    boolean cites = body.values.get("citations") instanceof List<?> cited && !cited.isEmpty();
                    if ((asks && body.values.get("party") == null) || (cites && !rules)
                            || ((asks || escalates) && (question == null || question.toString().isBlank()))
                            || (awards && (body.values.get("remedy") == null
                                    || Bodies.decimal(body.values.get("amount")) == null))
                            || (body.values.get("liability") != null && !"RULE_FOR_BUYER".equals(decision))) {
                        body.validity = Validity.INVALID_400;
                    } else if (asks && "STREAMER".equals(body.values.get("party"))) {
                        body.validity = Validity.INVALID_4XX; // no fuzzed case names a streamer
                    } else if (awards && Bodies.exceedsBounds(body.values.get("remedy"), body.values.get("amount"),
                            fuzz.orderAmount(target.id()))) {
                        body.validity = Validity.INVALID_4XX;
                    }
                }
                return body;
            });
        });
    }

    @Test
    void information() {
        fuzz.more(Fixture.INFORMATION_FROM_BUYER, 2);
        fuzz.more(Fixture.INFORMATION_FROM_SHOP, 2);
        fuzz.run("information", 200, () -> probes.jsonStep("information", fuzz.pickCase("INFORMATION_REQUEST"),
                List.of("BUYER", "SHOP"), Write.STEP, () -> bodies.object(bodies.text("text", true, 4000))));
    }

    @Test
    void committeeRuling() {
        fuzz.more(Fixture.COMMITTEE_REVIEW, 3);
        List<String[]> clauses = fuzz.standardClauses();
        fuzz.run("committee-ruling", 260, () -> probes.jsonStep("committee-ruling", fuzz.pickCase("COMMITTEE_REVIEW"),
                List.of("COMMITTEE"), Write.RULING, () -> {
                    Body body = bodies.object(bodies.enumField("finding", true, List.of("CONFORMING", "NONCONFORMING",
                            "NOT_APPLICABLE")), bodies.citations(clauses), bodies.text("reasoning", true, 4000),
                            bodies.liability());
                    boolean nonconforming = "NONCONFORMING".equals(body.values.get("finding"));
                    if (body.validity == Validity.VALID && (nonconforming && (body.values.get("citations") == null
                                || ((List<?>) body.values.get("citations")).isEmpty())
                            || !nonconforming && body.values.get("liability") != null)) {
                        body.validity = Validity.INVALID_400;
                    }
                    return body;
                }));
    }
}
