package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two classes of body, tried on every step that takes JSON text: a field given twice (at the top or
 * nested), and text that is refused wherever it comes from (a control character, half of a
 * surrogate pair, a bidirectional control) or that is blank once its Unicode white space is gone.
 * Each is a 400 naming the field, nothing is stored, and the step still takes the valid body after
 * them. Refusing happens before the database, so H2 and PostgreSQL (which cannot store NUL) answer
 * alike.
 */
@ExtendWith(OutputCaptureExtension.class)
class TextAndDuplicateKeysFuzzApiTests extends ApiFuzzing {

    /** A step, who takes it, a body it takes, and the text fields of that body (nested as {@code livestream.room}). */
    record Step(String name, String user, String path, Map<String, Object> body, List<String> texts,
                List<String> required, Write write) {
    }

    private final List<Step> steps = new ArrayList<>();
    private LogWatch log;

    @BeforeEach
    void stepsOfCasesAtEveryStage(CapturedOutput output) {
        Map<String, Object> filing = bodies.validFiling("shop-hm-001");
        filing.put("livestream", new LinkedHashMap<>(Map.of("room", "hm-live-7", "offsetSeconds", 42)));
        List<String> filed = List.of("shopId", "orderRef", "description", "livestream.room");
        steps.add(new Step("filing", "buyer2", "/api/complaints", filing, filed, filed, Write.FILE));
        String atShop = fuzz.caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        steps.add(step("message", "buyer1", atShop, "messages", body("text", "The label is sewn in."),
                Write.MESSAGE, List.of("text"), List.of("text")));
        steps.add(step("shop-response", "shop1", atShop, "shop-response",
                body("decision", "REJECT", "message", "The label is right."), Write.STEP, List.of("message"),
                List.of("message")));
        steps.add(step("buyer-review", "buyer1", fuzz.caseAt(Fixture.BUYER_REVIEW, "buyer1", "shop-hm-001"),
                "buyer-review", body("decision", "ESCALATE", "message", "Please look."), Write.STEP,
                List.of("message"), List.of()));
        steps.add(step("mediation", "mediator1", fuzz.caseAt(Fixture.MEDIATION_CLAIMED, "buyer1", "shop-hm-001"),
                "mediation/decision", body("decision", "REQUEST_INFO", "party", "BUYER", "question",
                        "A photo of the label?", "reasoning", "Need it."), Write.STEP, List.of("question", "reasoning"),
                List.of("reasoning")));
        steps.add(step("information", "buyer1", fuzz.caseAt(Fixture.INFORMATION_FROM_BUYER, "buyer1",
                "shop-hm-001"), "information", body("text", "Attached."), Write.STEP, List.of("text"), List.of("text")));
        String[] clause = fuzz.standardClauses().get(0);
        Map<String, Object> ruling = body("finding", "NONCONFORMING", "reasoning", "The fibre is acrylic.");
        ruling.put("citations", List.of(new LinkedHashMap<>(Map.of("standard", clause[0], "clause", clause[1]))));
        List<String> ruled = List.of("reasoning", "citations[0].standard", "citations[0].clause");
        steps.add(step("committee-ruling", "committee1", fuzz.caseAt(Fixture.COMMITTEE_REVIEW, "buyer2",
                "shop-hm-001"), "committee-ruling", ruling, Write.RULING, ruled, ruled));
        steps.add(step("fulfilment", "shop1", fuzz.caseAt(Fixture.FULFILMENT, "buyer1", "shop-hm-001"),
                "fulfilment", body("proof", "Refunded, tx 7"), Write.STEP, List.of("proof"), List.of("proof")));
        steps.add(step("rating", "buyer2", fuzz.caseAt(Fixture.RESOLVED, "buyer2", "shop-hm-001"), "rating",
                body("score", 4, "comment", "Fair."), Write.RATING, List.of("comment"), List.of()));
        log = new LogWatch(output);
    }

    @Test
    void aDuplicatedKeyIsRefusedAndFilesNothing() {
        List<Probe> probes = new ArrayList<>();
        for (Step step : steps) {
            byte[] valid = fuzz.bytes(step.body());
            List<String> fields = new ArrayList<>(step.body().keySet());
            step.texts().stream().filter(f -> f.contains(".")).forEach(fields::add);
            for (String field : fields) {
                // the same value again, or another one: a second shopId must not silently win
                for (String second : Arrays.asList(null, "\"shop-dl-001\"", "null", "{\"a\":1}")) {
                    probes.add(refused(step, "duplicate " + field, bodies.withDuplicate(valid, field, second)));
                }
            }
            probes.add(refused(step, "duplicate extra.a",
                    bodies.withValue(valid, "extra", "{\"a\":1,\"a\":2}")));
            probes.add(accepted(step));
        }
        fuzz.runEach("duplicate keys", probes, namesTheField((problem, field) ->
                problem.path("detail").asText().contains(field) ? null : "detail does not name " + field));
        log.assertNoStackTrace();
    }

    // ------------------------------------------------------------------ probes

    private Probe refused(Step step, String label, String body) {
        return new Probe(step.name(), label, "POST", step.path(), step.user(), PASSWORD, "application/json",
                body.getBytes(StandardCharsets.UTF_8), Map.of(), Validity.INVALID_400, Set.of(400), Write.NONE);
    }

    /** The step's valid body, last: the refusals before it left the case where it was. */
    private Probe accepted(Step step) {
        return new Probe(step.name(), "valid", "POST", step.path(), step.user(), PASSWORD, "application/json",
                fuzz.bytes(step.body()), Map.of(), Validity.VALID, Set.of(200, 201), step.write());
    }

    /**
     * A check that a refusal's problem names the field its label ends with ({@code … in text},
     * {@code duplicate livestream.room}), and then asks {@code more}.
     */
    private BiFunction<Probe, HttpResponse<byte[]>, String> namesTheField(BiFunction<JsonNode, String, String> more) {
        return (probe, response) -> {
            if (probe.validity() == Validity.VALID) {
                return null;
            }
            String field = probe.label().substring(probe.label().lastIndexOf(' ') + 1);
            try {
                JsonNode problem = json.readTree(response.body());
                String named = problem.path("errors").path(0).path("field").asText();
                return named.equals(field) ? more.apply(problem, field) : "names '" + named + "', not " + field;
            } catch (IOException e) {
                return "the problem is not JSON";
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    private static Step step(String name, String user, String id, String segment, Map<String, Object> body,
                             Write write, List<String> texts, List<String> required) {
        return new Step(name, user, path(id, segment), body, texts, required, write);
    }

    private static String path(String id, String segment) {
        return "/api/complaints/" + id + "/" + segment;
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
