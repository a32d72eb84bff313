package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.disputedesk.api.Api;
import org.disputedesk.api.InquiryFixtures;
import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The three steps of a standards inquiry fuzzed: generated bodies by the committee, the shop and roles that may
 * not take them, against an inquiry of shop-hm-001 three findings opened and taken to the step's stage. The
 * answer each probe may get follows from who sends it and where the inquiry stands; a refusal writes nothing,
 * and the first accepted step moves the inquiry on, so that the same step again is a 409.
 */
@Import(Api.class)
class InquiryFuzzApiTests extends ApiFuzzing {

    private static final String SHOP = "shop-hm-001";
    private static final List<String> CALLERS = List.of("committee1", "committee1", "shop1", "shop1", "admin",
            "parkadmin1", "parkadmin2", "shop3", "buyer1", "mediator1");
    private static final Set<String> SEES = Set.of("committee1", "admin", "shop1", "parkadmin1");
    private static final List<String[]> CLAUSES = List.of(new String[] {"GB/T 29862-2013", "6"},
            new String[] {"GB 5296.4-2012", "5.4"}, new String[] {"GB 18401-2010", "4"});

    @Autowired
    Api api;

    @Test
    void notice() {
        String id = new InquiryFixtures(api).openInquiry(SHOP);
        fuzz.run("inquiry notice", 120, () -> step(id, "notice", "COMMITTEE_NOTICE", "committee1", () -> {
            Body body = bodies.object(bodies.text("requirements", true, 4000), bodies.citations(CLAUSES));
            // a notice cites at least one clause, where a ruling may cite none
            Object citations = body.values.get("citations");
            if (citations == null || citations instanceof List<?> list && list.isEmpty()) {
                body.worsen(Validity.INVALID_400, "a notice without citations");
            }
            return body;
        }));
        assertThat(stageOf(id)).isEqualTo("CORRECTIVE_PLAN");
    }

    @Test
    void correctivePlan() {
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        api.as("committee1").body(fixtures.notice()).post("/api/committee/inquiries/" + id + "/notice")
                .then().statusCode(200);
        fuzz.run("inquiry corrective-plan", 120, () -> step(id, "corrective-plan", "CORRECTIVE_PLAN", "shop1",
                () -> bodies.object(bodies.text("plan", true, 8000))));
        assertThat(stageOf(id)).isEqualTo("VERIFICATION");
    }

    @Test
    void verification() {
        InquiryFixtures fixtures = new InquiryFixtures(api);
        String id = fixtures.openInquiry(SHOP);
        String path = "/api/committee/inquiries/" + id;
        api.as("committee1").body(fixtures.notice()).post(path + "/notice").then().statusCode(200);
        api.as("shop1").body(Map.of("plan", "New labels.")).post(path + "/corrective-plan").then().statusCode(200);
        fuzz.run("inquiry verification", 120, () -> step(id, "verification", "VERIFICATION", "committee1",
                () -> bodies.object(bodies.enumField("verdict", true, List.of("CORRECTED", "NOT_CORRECTED")),
                        bodies.text("reasoning", true, 4000))));
        assertThat(stageOf(id)).isEqualTo("CLOSED");
    }

    /** Where the inquiry stands: the first valid step by its actor moved it on. */
    private String stageOf(String id) {
        return jdbc.sql("select stage from inquiries where id = ?").param(id).query(String.class).single();
    }

    /**
     * A probe of the step: malformed JSON, no credentials, or a generated body by a caller who may not see the
     * inquiry (404), may see it but not take the step (403), or may take it at another stage (409).
     */
    private Probe step(String id, String step, String stage, String actor, Supplier<Body> generate) {
        String path = "/api/committee/inquiries/" + id + "/" + step;
        String caller = random.pick(CALLERS);
        double roll = random.nextDouble();
        if (roll < 0.06) {
            return probes.anonymous("inquiry " + step, "POST", path, fuzz.bytes(Map.of("plan", "x")));
        }
        if (roll < 0.14) {
            return probes.malformed("inquiry " + step, path, caller, fuzz.bytes(Map.of("requirements", "x",
                    "plan", "x", "verdict", "CORRECTED", "reasoning", "x")));
        }
        Body body = generate.get();
        String now = stageOf(id);
        Set<Integer> refusal = !SEES.contains(caller) ? Set.of(404) : !caller.equals(actor) ? Set.of(403)
                : !now.equals(stage) ? Set.of(409) : null;
        Validity validity = body.validity;
        Set<Integer> expected;
        if (validity == Validity.INVALID_400) {
            // the body is read before the inquiry: a field the contract refuses is 400, whoever sends it
            expected = Set.of(400);
        } else if (refusal != null) {
            validity = Validity.INVALID_4XX;
            expected = refusal;
        } else {
            // a citation the catalog does not have is refused by the domain (422); a valid step is taken
            expected = validity == Validity.INVALID_4XX ? Set.of(422) : Set.of(200);
        }
        return new Probe("inquiry " + step, body.label, "POST", path, caller, PASSWORD, "application/json",
                body.bytes(), Map.of(), validity, expected, Write.INQUIRY);
    }
}
