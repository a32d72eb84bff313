package org.disputedesk.api.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Bodies.FieldGen;
import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The appeal fuzzed: a party's appeal, citing the case's evidence files or others, and the review
 * of another mediator of the park. Each test first files cases waiting for its step, with new
 * evidence from both parties, about as many as its valid requests take.
 */
class AppealFuzzApiTests extends ApiFuzzing {

    /** A case at every stage, filed afresh for each test. */
    @BeforeEach
    void fileCases() {
        fuzz.casesAtEveryStage();
    }

    @Test
    void appeal() {
        fuzz.more(Fixture.APPEAL_WINDOW, 8);
        fuzz.run("appeal", 220, () -> {
            CaseInfo target = fuzz.pickCase("APPEAL_WINDOW");
            List<Long> evidence = jdbc.sql("select id from evidence where complaint_id = ? order by id")
                    .param(target.id()).query(Long.class).list();
            return probes.jsonStep("appeal", target, List.of("BUYER", "SHOP"), Write.STEP,
                    () -> bodies.object(bodies.text("grounds", true, 4000), evidenceIds(evidence)));
        });
    }

    @Test
    void appealDecision() {
        fuzz.more(Fixture.APPEAL_REVIEW, 8);
        fuzz.run("appeal-decision", 220, () -> {
            CaseInfo target = fuzz.pickCase("APPEAL_REVIEW");
            return byAnotherMediator(probes.jsonStep("appeal-decision", target, List.of("MEDIATOR"), Write.STEP,
                    () -> {
                        Body body = bodies.object(bodies.enumField("decision", true, List.of("UPHOLD", "OVERTURN")),
                                bodies.enumField("remedy", false, Bodies.REMEDIES),
                                bodies.amount("amount", false, false), bodies.text("reasoning", true, 4000));
                        // the fixtures' rulings are for the shop: overturning one awards terms within the bounds
                        Object remedy = body.values.get("remedy");
                        Object amount = body.values.get("amount");
                        if (body.validity == Validity.VALID && "OVERTURN".equals(body.values.get("decision"))
                                && (remedy == null || Bodies.decimal(amount) == null
                                    || Bodies.exceedsBounds(remedy, amount, fuzz.orderAmount(target.id())))) {
                            body.worsen(Validity.INVALID_4XX, "overturn without terms within the bounds");
                        }
                        return body;
                    }));
        });
    }

    /**
     * The park's mediator a probe would send is the one who ruled on the fixtures of park humen
     * (mediator1): their review is refused, so the valid probes go to the park's other one.
     */
    private static Probe byAnotherMediator(Probe probe) {
        if (!"mediator1".equals(probe.user())) {
            return probe;
        }
        return new Probe(probe.endpoint(), probe.label(), probe.method(), probe.path(), "mediator3", probe.password(),
                probe.contentType(), probe.body(), probe.headers(), probe.validity(), probe.expected(), probe.write());
    }

    /** Evidence ids: of the case (new or not, either party's), unknown ones, none, or not a list of ids. */
    private FieldGen evidenceIds(List<Long> onTheCase) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6 && !onTheCase.isEmpty()) {
                List<Long> cited = new ArrayList<>(onTheCase);
                Collections.shuffle(cited, random);
                cited = new ArrayList<>(cited.subList(0, 1 + random.nextInt(cited.size())));
                if (random.nextDouble() < 0.2) {
                    cited.add(random.pick(List.of(0L, -1L, 999_999_999L, Long.MAX_VALUE)));
                }
                bodies.put(body, "evidenceIds", cited, Validity.VALID, "evidenceIds of the case");
            } else if (roll < 0.68) {
                bodies.put(body, "evidenceIds", List.of(), Validity.VALID, "evidenceIds empty");
            } else if (roll < 0.74) {
                body.worsen(Validity.INVALID_400, "evidenceIds missing");
            } else if (roll < 0.8) {
                bodies.put(body, "evidenceIds", null, Validity.INVALID_400, "evidenceIds null");
            } else if (roll < 0.86) {
                bodies.put(body, "evidenceIds", Collections.nCopies(21, 1L), Validity.INVALID_400, "21 evidenceIds");
            } else if (roll < 0.93) {
                bodies.put(body, "evidenceIds", random.pick(List.of(12, true, Map.of("id", 1), "12, 15")),
                        Validity.INVALID_400, "evidenceIds not a list");
            } else {
                bodies.put(body, "evidenceIds", random.pick(List.of(Arrays.asList(1L, null), List.of(1.5),
                        List.of("x"), List.of(List.of(1)))), Validity.INVALID_400, "evidenceIds not ids");
            }
        };
    }
}
