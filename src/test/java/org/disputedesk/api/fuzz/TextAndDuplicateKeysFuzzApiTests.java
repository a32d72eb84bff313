package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.disputedesk.SampleInputs;
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

    /** Halves of surrogate pairs, as JSON escapes: a string holding one cannot be written as UTF-8. */
    static final List<String> LONE_SURROGATES = List.of("\\ud800", "\\udfff", "\\udc00\\ud800", "a\\udbff");
    /** Texts that are blank once Unicode white space is stripped, though {@code trim()} keeps them. */
    static final List<String> UNICODE_BLANKS = List.of("\u3000", "\u3000\u3000", "\u2003\u00A0\u202F", "\u2028",
            " \u3000\t\n", "\u205F\u3000");

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
        refuseOnEveryStep("duplicate keys", step -> {
            List<String> fields = new ArrayList<>(step.body().keySet());
            step.texts().stream().filter(f -> f.contains(".")).forEach(fields::add);
            fields.add("extra.a"); // a field the step does not know, given twice inside it
            return fields;
        }, (step, field) -> {
            byte[] valid = fuzz.bytes(step.body());
            if (field.equals("extra.a")) {
                return List.of(refused(step, "duplicate extra.a", bodies.withValue(valid, "extra", "{\"a\":1,\"a\":2}")));
            }
            // the same value again, or another one: a second shopId must not silently win
            return Stream.of(null, "\"shop-dl-001\"", "null", "{\"a\":1}")
                    .map(second -> refused(step, "duplicate " + field, bodies.withDuplicate(valid, field, second)))
                    .toList();
        }, (problem, field) -> problem.path("detail").asText().contains(field) ? null : "detail does not name " + field);
    }

    @Test
    void aRefusedCharacterInAnyTextFieldIsRefusedAndStoresNothing() {
        refuseOnEveryStep("refused characters", Step::texts, (step, field) -> {
            List<Probe> probes = new ArrayList<>();
            for (String character : Bodies.REFUSED_CHARACTERS) {
                String escaped = String.format("\\u%04x", (int) character.charAt(0));
                probes.add(refused(step, character(character) + " in " + field,
                        withText(step, field, "Label " + escaped + "gpj.exe")));
            }
            for (String surrogate : LONE_SURROGATES) {
                probes.add(refused(step, "lone surrogate " + surrogate + " in " + field,
                        withText(step, field, "x" + surrogate + "y")));
            }
            return probes;
        }, (problem, field) -> problem.path("errors").get(0).path("message").asText().startsWith("must not contain U+")
                ? null : "the message does not name the character");
    }

    @Test
    void aRefusedCharacterInAnEvidenceFileNameNoteOrQueryIsRefusedAndStoresNothing() {
        String id = fuzz.caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        List<Probe> probes = new ArrayList<>();
        for (String character : Bodies.REFUSED_CHARACTERS) {
            Multipart named = new Multipart(random).file("file", "invoice" + character + "gpj.exe", "image/png",
                    SampleInputs.tinyPng());
            Multipart noted = new Multipart(random).file("file", "label.png", "image/png", SampleInputs.tinyPng())
                    .field("note", "See" + character + " here");
            for (Multipart upload : List.of(named, noted)) {
                probes.add(new Probe("evidence", character(character) + " in " + (upload == named ? "file" : "note"),
                        "POST", path(id, "evidence"), "buyer1", PASSWORD, upload.contentType(), upload.bytes(),
                        Map.of(), Validity.INVALID_400, Set.of(400), Write.NONE));
            }
            probes.add(new Probe("list", character(character) + " in shopId", "GET", "/api/complaints?shopId="
                    + java.net.URLEncoder.encode("shop" + character, StandardCharsets.UTF_8), "buyer1", PASSWORD,
                    null, null, Map.of(), Validity.INVALID_400, Set.of(400), Write.NONE));
        }
        Multipart valid = new Multipart(random).file("file", "label.png", "image/png", SampleInputs.tinyPng());
        probes.add(new Probe("evidence", "valid", "POST", path(id, "evidence"), "buyer1", PASSWORD,
                valid.contentType(), valid.bytes(), Map.of(), Validity.VALID, Set.of(201), Write.EVIDENCE));
        BiFunction<Probe, HttpResponse<byte[]>, String> namesTheField = namesTheField((problem, field) -> null);
        // Tomcat refuses a NUL in a part's header before the name reaches the application: that upload is malformed
        fuzz.runEach("refused characters in uploads and queries", probes, (probe, response) ->
                probe.label().equals("U+0000 in file") && text(response.body()).contains("\"Malformed upload\"")
                        ? null : namesTheField.apply(probe, response));
        log.assertNoStackTrace();
    }

    @Test
    void aTextOfOnlyUnicodeWhiteSpaceIsBlank() {
        refuseOnEveryStep("unicode blanks", Step::required, (step, field) -> UNICODE_BLANKS.stream()
                .map(blank -> refused(step, "blank " + field, withText(step, field, jsonEscaped(blank)))).toList(),
                (problem, field) -> problem.path("errors").get(0).path("message").asText().equals("must not be blank")
                        ? null : "not refused as blank");
    }

    @Test
    void textIsStoredInNfcWithoutSurroundingWhiteSpaceAndItsMarkupAsGiven() throws IOException {
        String id = fuzz.caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        Step message = steps.get(1);
        HttpResponse<byte[]> posted = send(message.path(), message.user(),
                "{\"text\":\" \\u3000Cafe\\u0301 <b>label</b> & ${7*7}\\u00a0\\n\"}");
        assertThat(json.readTree(posted.body()).path("text").asText()).isEqualTo("Caf\u00e9 <b>label</b> & ${7*7}");

        Multipart upload = new Multipart(random).file("file", "  Cafe\u0301.png ", "image/png", SampleInputs.tinyPng())
                .field("note", "\u3000Cafe\u0301\u3000");
        HttpResponse<byte[]> stored = fuzz.execute(new Probe("evidence", "decomposed", "POST", path(id, "evidence"),
                "buyer1", PASSWORD, upload.contentType(), upload.bytes(), Map.of(), Validity.VALID, Set.of(201),
                Write.EVIDENCE));
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).path("fileName").asText()).isEqualTo("Caf\u00e9.png");
        assertThat(json.readTree(stored.body()).path("note").asText()).isEqualTo("Caf\u00e9");
    }

    @Test
    void anIdempotentReplayIsTheSameRequestWhateverTheUnicodeFormOfItsText() throws IOException {
        String key = "text-" + UUID.randomUUID();
        Map<String, Object> filing = bodies.validFiling("shop-hm-001");
        filing.put("description", "Cafe\u0301 label, not wool.");
        String first = text(fuzz.bytes(filing));
        String id = json.readTree(send("/api/complaints", "buyer1", first, key, 201).body()).path("id").asText();

        for (String again : List.of(first, first.replace("Cafe\u0301", "Caf\u00e9"),
                first.replace("\"description\":\"", "\"description\":\"\\u3000 "))) {
            assertThat(json.readTree(send("/api/complaints", "buyer1", again, key, 200).body()).path("id").asText())
                    .isEqualTo(id);
        }
        send("/api/complaints", "buyer1", first.replace("not wool", "not silk"), key, 422);
    }

    // ------------------------------------------------------------------ probes

    /**
     * For each step, the refusals {@code refusalsOf} makes of each of the fields {@code fieldsOf}
     * names, then the step's valid body; each refusal must name its field and pass {@code more}.
     */
    private void refuseOnEveryStep(String run, Function<Step, List<String>> fieldsOf,
                                   BiFunction<Step, String, List<Probe>> refusalsOf,
                                   BiFunction<JsonNode, String, String> more) {
        List<Probe> probes = new ArrayList<>();
        for (Step step : steps) {
            for (String field : fieldsOf.apply(step)) {
                probes.addAll(refusalsOf.apply(step, field));
            }
            probes.add(accepted(step));
        }
        fuzz.runEach(run, probes, namesTheField(more));
        log.assertNoStackTrace();
    }

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

    /** The step's body with {@code field} set to {@code escapedText}, the content of a JSON string, escapes kept. */
    private String withText(Step step, String field, String escapedText) {
        return bodies.withValue(fuzz.bytes(step.body()), field, "\"" + escapedText + "\"");
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

    private HttpResponse<byte[]> send(String path, String user, String body) {
        return send(path, user, body, null, 201);
    }

    private HttpResponse<byte[]> send(String path, String user, String body, String key, int status) {
        Probe probe = new Probe("direct", "direct", "POST", path, user, PASSWORD, "application/json",
                body.getBytes(StandardCharsets.UTF_8), key == null ? Map.of() : Map.of("Idempotency-Key", key),
                status < 300 ? Validity.VALID : Validity.INVALID_4XX, Set.of(status),
                path.equals("/api/complaints") ? Write.FILE : Write.MESSAGE);
        HttpResponse<byte[]> response = fuzz.execute(probe);
        assertThat(response.statusCode()).as(text(response.body())).isEqualTo(status);
        return response;
    }

    private static String character(String character) {
        return String.format("U+%04X", (int) character.charAt(0));
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
