package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that miss every endpoint: the steps' paths with other verbs, junk case ids (encoded
 * traversals, NULs, hostile strings, ids of 3,000 characters), and paths that do not exist.
 */
class WrongRoutesFuzzApiTests extends ApiFuzzing {

    static final List<String> SEGMENTS = List.of("messages", "evidence", "withdrawal", "shop-response",
            "buyer-review", "mediation/claim", "mediation/decision", "information", "committee-ruling", "fulfilment",
            "receipt", "rating");

    /** A case at every stage, filed afresh for each test: the wrong requests name their ids. */
    @BeforeEach
    void fileCases() {
        fuzz.casesAtEveryStage();
    }

    @Test
    void wrongVerbs() {
        fuzz.run("verbs", 160, () -> {
            String segment = random.pick(SEGMENTS);
            String path = "/api/complaints/" + fuzz.pickCase(null).id() + "/" + segment;
            String method = random.pick(List.of("PUT", "PATCH", "DELETE", "GET"));
            boolean readable = method.equals("GET") && (segment.equals("messages") || segment.equals("evidence"));
            if (random.nextDouble() < 0.1) {
                return probes.anonymous("verbs", method, path, "{}".getBytes(StandardCharsets.UTF_8));
            }
            return new Probe("verbs", method + " " + segment, method, path, random.pick(List.of("buyer1", "shop1",
                    "mediator1", "admin")), PASSWORD, "application/json", method.equals("GET") ? null
                    : "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), Map.of(),
                    readable ? Validity.LENIENT : Validity.INVALID_4XX, readable ? null : Set.of(405), Write.NONE);
        });
    }

    @Test
    void junkCaseIds() {
        fuzz.run("paths", 180, () -> {
            String segment = random.pick(SEGMENTS);
            String id = junkId();
            String user = random.pick(List.of("buyer1", "shop1", "mediator1", "committee1", "admin"));
            String path = "/api/complaints/" + id + "/" + segment;
            if (segment.equals("evidence")) {
                Multipart upload = new Multipart(random).file("file", "a.png", "image/png", SampleInputs.tinyPng());
                return new Probe("paths", "junk id evidence", "POST", path, user, PASSWORD, upload.contentType(),
                        upload.bytes(), Map.of(), Validity.INVALID_4XX, null, Write.NONE);
            }
            byte[] body = fuzz.bytes(Map.of("text", "x", "proof", "x", "decision", "ACCEPT", "message", "x",
                    "reasoning", "x", "finding", "CONFORMING", "received", true, "score", 3));
            return new Probe("paths", "junk id", "POST", path, user, PASSWORD, "application/json", body, Map.of(),
                    Validity.INVALID_4XX, null, Write.NONE);
        });
    }

    @Test
    void unknownPaths() {
        fuzz.run("unknown", 40, () -> {
            String path = random.pick(List.of("/api/complaints/" + fuzz.pickCase(null).id() + "/nonsense",
                    "/api/complaints/" + fuzz.pickCase(null).id() + "/mediation", "/api/complaint",
                    "/api/complaints/" + fuzz.pickCase(null).id() + "/timeline", "/api/tasks", "/api/standards",
                    "/api/complaints/" + fuzz.pickCase(null).id() + "/evidence/abc"));
            return new Probe("unknown", "POST " + path.replaceAll("[0-9a-f-]{36}", "{id}"), "POST", path,
                    random.pick(List.of("buyer1", "admin")), PASSWORD, "application/json", "{}".getBytes(),
                    Map.of(), Validity.INVALID_4XX, null, Write.NONE);
        });
    }

    private String junkId() {
        return random.pick(List.of(UUID.randomUUID().toString(), encode(random.text()), "x".repeat(3000),
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
}
