package org.disputedesk.security;

import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The authorization matrix: every case-scoped endpoint × every demo user × three closed cases,
 * each cell checked against an expectation written out here from the REST contract (API.md),
 * never computed by production code. Plus the lists, the inbox and the non-case endpoints (the
 * administration endpoints are {@link AdministrationMatrixApiTests}'s).
 *
 * <ul>
 *   <li>A: buyer1 vs shop-hm-001 (humen), escalated to the committee, then withdrawn.</li>
 *   <li>B: buyer2 vs shop-hm-002 (humen), withdrawn at shop response.</li>
 *   <li>C: buyer2 vs shop-dl-001 (dalang), withdrawn at shop response.</li>
 *   <li>S: buyer1 vs shop-hm-001 about the livestream room hm-live-88 (streamer1's profile st-hm-001),
 *       withdrawn at shop response.</li>
 * </ul>
 * Invisible → 404 (without details); visible GET → 200; visible step whose roles exclude the
 * caller → 403; otherwise 409 because every case is closed, except rating by the owning buyer
 * (200 once, then 409).
 */
class AuthorizationMatrixApiTests extends DemoUsersMatrix {

    // ---- who sees which case (the expectation table) ----
    private static final Map<String, Set<String>> SEES = Map.of(
            "A", Set.of("buyer1", "shop1", "mediator1", "mediator3", "parkadmin1", "committee1", "admin"),
            "B", Set.of("buyer2", "shop2", "mediator1", "mediator3", "parkadmin1", "admin"),
            "C", Set.of("buyer2", "shop3", "mediator2", "parkadmin2", "admin"),
            "S", Set.of("buyer1", "shop1", "mediator1", "mediator3", "parkadmin1", "streamer1", "admin"));
    private static final Map<String, String> OWNER = Map.of("A", "buyer1", "B", "buyer2", "C", "buyer2",
            "S", "buyer1");
    private static final Map<String, String> SHOP = Map.of("A", "shop-hm-001", "B", "shop-hm-002", "C", "shop-dl-001",
            "S", "shop-hm-001");
    private static final List<String> CASES = List.of("A", "B", "C", "S");

    /** The endpoints of a case; a null role set marks a GET (readable by every party). */
    private record Endpoint(String method, String segment, Set<String> roles) {
        String label() {
            return method + " " + segment;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "complaint", null),
            new Endpoint("GET", "timeline", null),
            new Endpoint("GET", "timeline/verification", null),
            new Endpoint("GET", "timeline/proof", null),
            new Endpoint("GET", "messages", null),
            new Endpoint("POST", "messages", Set.of("BUYER", "SHOP", "MEDIATOR", "COMMITTEE", "STREAMER")),
            new Endpoint("GET", "evidence", null),
            new Endpoint("POST", "evidence", Set.of("BUYER", "SHOP", "MEDIATOR", "STREAMER")),
            new Endpoint("GET", "evidence/{id}", null),
            new Endpoint("POST", "withdrawal", Set.of("BUYER")),
            new Endpoint("POST", "shop-response", Set.of("SHOP")),
            new Endpoint("POST", "buyer-review", Set.of("BUYER")),
            new Endpoint("POST", "mediation/claim", Set.of("MEDIATOR")),
            new Endpoint("POST", "mediation/decision", Set.of("MEDIATOR")),
            new Endpoint("POST", "information", Set.of("BUYER", "SHOP", "STREAMER")),
            new Endpoint("POST", "committee-ruling", Set.of("COMMITTEE")),
            new Endpoint("POST", "appeal", Set.of("BUYER", "SHOP")),
            new Endpoint("POST", "appeal-decision", Set.of("MEDIATOR")),
            new Endpoint("POST", "fulfilment", Set.of("SHOP")),
            new Endpoint("POST", "receipt", Set.of("BUYER")),
            new Endpoint("POST", "rating", Set.of("BUYER")));

    /** Valid bodies, so that validation (400) never masks the authorization answer. */
    private static final Map<String, Object> BODIES = linked(
            "messages", Map.of("text", "Matrix probe message."),
            "shop-response", Map.of("decision", "REJECT", "message", "Matrix probe: rejected."),
            "buyer-review", Map.of("decision", "ESCALATE", "message", "Matrix probe: escalate."),
            "mediation/decision", Map.of("decision", "RULE_FOR_BUYER", "remedy", "REFUND", "amount", 10.00,
                    "reasoning", "Matrix probe reasoning."),
            "information", Map.of("text", "Matrix probe answer."),
            "committee-ruling", Map.of("finding", "NONCONFORMING",
                    "citations", List.of(Map.of("standard", "GB 5296.4-2012", "clause", "5.4")),
                    "reasoning", "Matrix probe ruling."),
            "fulfilment", Map.of("proof", "Matrix probe proof."),
            "receipt", Map.of("received", true, "message", "Matrix probe receipt."),
            "rating", Map.of("score", 4, "comment", "Matrix probe rating."),
            "appeal", Map.of("grounds", "Matrix probe appeal.", "evidenceIds", List.of(1)),
            "appeal-decision", Map.of("decision", "UPHOLD", "reasoning", "Matrix probe review."));

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Long> evidenceIds = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<String, String> orderRefs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> before = new LinkedHashMap<>();
    /** An open case (buyer1 vs shop-hm-001, at SHOP_RESPONSE) so that the inbox test has something to show. */
    private String openCase;
    private final AtomicInteger cells = new AtomicInteger();

    // ------------------------------------------------------------------ setup

    @BeforeAll
    void fileAndCloseTheCases() {
        ids.put("A", file("A", "buyer1", "shop-hm-001"));
        ids.put("B", file("B", "buyer2", "shop-hm-002"));
        ids.put("C", file("C", "buyer2", "shop-dl-001"));
        ids.put("S", file("S", "buyer1", "shop-hm-001", "hm-live-88"));
        for (String c : CASES) {
            evidenceIds.put(c, ((Number) plain(OWNER.get(c)).multiPart("file", "label-" + c + ".png", SampleInputs.tinyPng(), "image/png")
                    .post(path(c, "evidence")).then().statusCode(201).extract().path("id")).longValue());
        }

        String a = ids.get("A");
        ok("shop1", a, "shop-response", Map.of("decision", "REJECT", "message", "No."));
        ok("buyer1", a, "buyer-review", Map.of("decision", "ESCALATE", "message", "Please look at it."));
        ok("mediator1", a, "mediation/claim", null);
        ok("mediator1", a, "mediation/decision", Map.of("decision", "ESCALATE",
                "question", "Is the care label compliant?", "reasoning", "A standards question."));
        assertThat(stageOf(a)).isEqualTo("COMMITTEE_REVIEW");

        for (String c : CASES) {
            as(OWNER.get(c)).post(path(c, "withdrawal")).then().statusCode(200);
            assertThat(stageOf(ids.get(c))).isEqualTo("CLOSED");
            before.put(c, snapshot(c));
        }

        openCase = file("D", "buyer1", "shop-hm-001");
    }

    // ------------------------------------------------------------------ the matrix

    @TestFactory
    @Order(1)
    List<DynamicTest> authorization_matrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : CASES) {
            for (Endpoint e : ENDPOINTS) {
                for (String user : USERS) {
                    Set<Integer> expected = expectation(user, c, e);
                    String name = user + " " + e.label() + " on " + c + " → "
                            + String.join(" or ", expected.stream().sorted().map(String::valueOf).toList());
                    tests.add(dynamicTest(name, () -> probe(user, c, e, expected)));
                }
            }
        }
        assertThat(tests).hasSize(CASES.size() * ENDPOINTS.size() * USERS.size());
        return tests;
    }

    /** The expectation table, written out from the contract. */
    private static Set<Integer> expectation(String user, String c, Endpoint e) {
        if (!SEES.get(c).contains(user)) {
            return Set.of(404);
        }
        if (e.roles() == null) {
            return Set.of(200);
        }
        if (!e.roles().contains(ROLE.get(user))) {
            return Set.of(403);
        }
        if (e.segment().equals("rating") && user.equals(OWNER.get(c))) {
            return Set.of(200, 409); // the owner may rate a closed case once
        }
        // A's claimant is mediator1: another mediator of the park may not decide it, whatever its stage
        if (e.segment().equals("mediation/decision") && c.equals("A") && !user.equals("mediator1")) {
            return Set.of(403);
        }
        // mediation/decision on A by mediator1 (the claimant) lands here too: 409, the case is closed. So
        // does appeal-decision by every mediator: A's last decision escalated, nobody ruled on it.
        return Set.of(409);
    }

    private void probe(String user, String c, Endpoint e, Set<Integer> expected) {
        cells.incrementAndGet();
        Response response = call(user, c, e);
        int status = response.statusCode();
        assertThat(expected)
                .as("%s %s on %s: got %d %s", user, e.label(), c, status, response.asString())
                .contains(status);
        if (status >= 400) {
            assertThat(response.contentType()).as("error content type").startsWith(PROBLEM_JSON);
        }
        if (status == 404) {
            String body = response.asString();
            assertThat(body).as("404 body leaks details of case %s", c)
                    .doesNotContain(OWNER.get(c))
                    .doesNotContain(SHOP.get(c))
                    .doesNotContain(descriptions.get(c))
                    .doesNotContain(orderRefs.get(c));
        }
    }

    private Response call(String user, String c, Endpoint e) {
        String id = ids.get(c);
        String base = "/api/complaints/" + id;
        return switch (e.method() + " " + e.segment()) {
            case "GET complaint" -> as(user).get(base);
            case "GET evidence/{id}" -> plain(user).get(base + "/evidence/" + evidenceIds.get(c));
            case "POST evidence" -> plain(user).multiPart("file", "probe.png", SampleInputs.tinyPng(), "image/png")
                    .multiPart("note", "Matrix probe").post(base + "/evidence");
            default -> {
                if (e.method().equals("GET")) {
                    yield as(user).get(base + "/" + e.segment());
                }
                RequestSpecification request = as(user);
                Object body = BODIES.get(e.segment());
                if (body != null) {
                    request = request.body(body);
                }
                yield request.post(base + "/" + e.segment());
            }
        };
    }

    @Test
    @Order(2)
    void theMatrixChangedNothingButARating() {
        assertThat(cells.get()).as("matrix cells checked").isEqualTo(CASES.size() * ENDPOINTS.size() * USERS.size());
        System.out.println("Authorization matrix: " + cells.get() + " cells checked ("
                + CASES.size() + " cases × " + ENDPOINTS.size() + " endpoints × " + USERS.size() + " users)");
        for (String c : CASES) {
            assertThat(snapshot(c)).as("case %s after the matrix", c).isEqualTo(before.get(c));
        }
    }

    /** What must not change: stage, outcome, mediator, messages, evidence and non-rating timeline entries. */
    private Map<String, Object> snapshot(String c) {
        Map<String, Object> complaint = as("admin").get(path(c, "")).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("stage", complaint.get("stage"));
        s.put("outcome", complaint.get("outcome"));
        s.put("mediator", complaint.get("mediator"));
        s.put("buyer", complaint.get("buyer"));
        s.put("shopId", complaint.get("shopId"));
        s.put("messages", as("admin").get(path(c, "messages")).then().statusCode(200).extract().jsonPath()
                .getList("id"));
        s.put("evidence", as("admin").get(path(c, "evidence")).then().statusCode(200).extract().jsonPath()
                .getList("id"));
        List<Map<String, Object>> timeline = as("admin").get(path(c, "timeline")).then().statusCode(200)
                .extract().jsonPath().getList("$");
        s.put("timeline", timeline.stream().filter(t -> !"RATED".equals(t.get("action")))
                .map(t -> t.get("action") + "@" + t.get("stage") + " by " + t.get("actor")).toList());
        return s;
    }

    // ------------------------------------------------------------------ lists, inbox, other endpoints

    @Test
    @Order(3)
    void eachListHoldsExactlyTheVisibleOnesAmongABC() {
        for (String user : USERS) {
            List<String> listed = as(user).get("/api/complaints?size=100").then().statusCode(200)
                    .contentType("application/json").extract().jsonPath().getList("id", String.class);
            List<String> expected = CASES.stream().filter(c -> SEES.get(c).contains(user)).map(ids::get).toList();
            List<String> ours = listed.stream().filter(ids::containsValue).toList();
            assertThat(ours).as("cases listed for %s", user).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    @Order(4)
    void theInboxNeverHoldsACaseItsCallerMayNotSee() {
        for (String user : USERS) {
            List<String> tasks = as(user).get("/api/tasks").then().statusCode(200).contentType("application/json")
                    .extract().jsonPath().getList("complaintId", String.class);
            for (String c : CASES) {
                if (!SEES.get(c).contains(user)) {
                    assertThat(tasks).as("tasks of %s", user).doesNotContain(ids.get(c));
                }
            }
            for (String id : tasks) {
                assertThat(as(user).get("/api/complaints/" + id).statusCode())
                        .as("%s has a task on %s, which they must then see", user, id).isEqualTo(200);
            }
            boolean shop1 = user.equals("shop1");
            assertThat(tasks.contains(openCase)).as("open case in the tasks of %s", user).isEqualTo(shop1);
        }
    }

    @Test
    @Order(5)
    void parkStatsAndExportsAreForTheParkStaffAndAdmins() {
        Map<String, int[]> expected = linked(
                "buyer1", new int[] {403, 403}, "buyer2", new int[] {403, 403},
                "shop1", new int[] {403, 403}, "shop2", new int[] {403, 403}, "shop3", new int[] {403, 403},
                "mediator1", new int[] {200, 404}, "mediator2", new int[] {404, 200},
                "mediator3", new int[] {200, 404},
                "committee1", new int[] {403, 403}, "admin", new int[] {200, 200},
                "parkadmin1", new int[] {200, 404}, "parkadmin2", new int[] {404, 200},
                "streamer1", new int[] {403, 403});
        List<String> parks = List.of("humen", "dalang");
        for (String path : List.of("/api/parks/%s/stats", "/api/exports/complaints?parkId=%s")) {
            for (String user : USERS) {
                for (int p = 0; p < parks.size(); p++) {
                    Response response = as(user).get(path.formatted(parks.get(p)));
                    assertThat(response.statusCode()).as("%s GET %s", user, path.formatted(parks.get(p)))
                            .isEqualTo(expected.get(user)[p]);
                    problemIfError(response);
                }
                Response missing = as(user).get(path.formatted("no-such-park"));
                assertThat(missing.statusCode()).as("%s GET %s", user, path.formatted("no-such-park")).isEqualTo(404);
                problemIfError(missing);
            }
        }
    }

    @Test
    @Order(6)
    void violationsAreForTheCommitteeAndAdminsAndPublicPagesForAll() {
        for (String user : USERS) {
            Response violations = as(user).get("/api/committee/violations");
            int expected = Set.of("committee1", "admin").contains(user) ? 200 : 403;
            assertThat(violations.statusCode()).as("%s GET committee/violations", user).isEqualTo(expected);
            problemIfError(violations);
            assertThat(as(user).get("/api/shops/shop-hm-001/record").statusCode())
                    .as("%s GET shops/shop-hm-001/record", user).isEqualTo(200);
            assertThat(as(user).get("/api/streamers/st-hm-001/record").statusCode())
                    .as("%s GET streamers/st-hm-001/record", user).isEqualTo(200);
            assertThat(as(user).get("/api/standards").statusCode()).as("%s GET standards", user).isEqualTo(200);
            // the catalog's upkeep: the committee and administrators, on a standard of their own
            boolean keeper = Set.of("committee1", "admin").contains(user);
            String code = "GB " + (90000 + USERS.indexOf(user)) + "-2026";
            assertThat(status(as(user).body(Map.of("code", code, "title", "Matrix standard")).post("/api/standards")))
                    .as("%s POST standards", user).isEqualTo(keeper ? 201 : 403);
            String existing = keeper ? code : "GB/T 29862-2013";
            assertThat(status(as(user).body(Map.of("clause", "99", "title", "Matrix clause"))
                    .post("/api/standards/" + existing + "/clauses"))).as("%s POST clauses", user)
                    .isEqualTo(keeper ? 201 : 403);
            assertThat(status(as(user).body(Map.of("status", "SUPERSEDED")).patch("/api/standards/" + existing)))
                    .as("%s PATCH standard", user).isEqualTo(keeper ? 200 : 403);
        }
        assertThat(jdbc.sql("select count(*) from standard_clauses where standard_code = 'GB/T 29862-2013' and clause = '99'")
                .query(Long.class).single()).isZero();
    }

    @AfterAll
    void report() {
        System.out.println("AuthorizationMatrixApiTests: " + cells.get() + " matrix cells probed; cases " + ids);
    }

    // ------------------------------------------------------------------ helpers

    private String file(String label, String buyer, String shopId) {
        return file(label, buyer, shopId, null);
    }

    /** A case filed by {@code buyer} against {@code shopId}, pointing at the livestream {@code room} if given. */
    private String file(String label, String buyer, String shopId, String room) {
        String orderRef = "AUTHZ-" + label + "-" + UUID.randomUUID();
        String description = "Matrix case " + label + " secret description " + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shopId", shopId);
        body.put("orderRef", orderRef);
        body.put("category", "NONSTANDARD_LABEL");
        body.put("description", description);
        body.put("orderAmount", 399.00);
        body.put("claimedAmount", 199.00);
        body.put("desiredRemedy", "RETURN_AND_REFUND");
        if (room != null) {
            body.put("livestream", Map.of("room", room, "offsetSeconds", 120));
        }
        String id = as(buyer).body(body).post("/api/complaints").then().statusCode(201).extract().path("id");
        orderRefs.put(label, orderRef);
        descriptions.put(label, description);
        return id;
    }

    private void ok(String user, String id, String segment, Object body) {
        RequestSpecification request = as(user);
        if (body != null) {
            request = request.body(body);
        }
        request.post("/api/complaints/" + id + "/" + segment).then().statusCode(200);
    }

    private String stageOf(String id) {
        return as("admin").get("/api/complaints/" + id).then().statusCode(200).extract().path("stage");
    }

    private String path(String c, String segment) {
        return "/api/complaints/" + ids.get(c) + (segment.isEmpty() ? "" : "/" + segment);
    }

}
