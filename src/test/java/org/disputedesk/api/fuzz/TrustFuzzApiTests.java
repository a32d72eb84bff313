package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * The trust endpoints fuzzed: anchors published on demand by every role with whatever body and type,
 * the public anchor list with pages of every kind, anchors by ids of every kind, a case's verification
 * and proof by every user, and erasure of personal data of buyers, staff, unknown and malformed names.
 * Only an administrator publishes and erases; a refused request writes nothing.
 */
class TrustFuzzApiTests extends ApiFuzzing {

    private static final List<String> USERS = List.of("buyer1", "buyer2", "shop1", "shop3", "mediator1", "mediator2",
            "committee1", "parkadmin1", "streamer1", "admin", "admin");
    private static final List<String> JUNK = List.of("abc", "1.5", "-1", "%20", "99999999999999999999", "0x10", "null",
            "%00", "..%2F..", "x".repeat(300));

    @Test
    void publishingOnDemand() {
        fuzz.caseAt(Fuzzer.Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        fuzz.run("anchor", 120, () -> {
            if (random.nextDouble() < 0.1) {
                return probes.anonymous("anchor", "POST", "/api/admin/anchors", null);
            }
            String user = random.pick(USERS);
            String type = random.pick(Arrays.asList("application/json", "text/plain", null, "application/xml"));
            byte[] body = random.nextBoolean() ? null : random.pick(List.of("{}", "garbage{", "null", "[1,2]", ""))
                    .getBytes(StandardCharsets.UTF_8);
            boolean nothingSent = body == null || body.length == 0;
            String label = user + " type=" + type + " body=" + (nothingSent ? "none" : "junk");
            if (!"application/json".equals(type) && !(type == null && nothingSent)) {
                return probe("anchor", label, "POST", "/api/admin/anchors", user, type, body, Set.of(415));
            }
            return user.equals("admin")
                    ? new Probe("anchor", label, "POST", "/api/admin/anchors", user, PASSWORD, type, body, Map.of(),
                            Validity.VALID, Set.of(201, 422), Write.NONE)
                    : probe("anchor", label, "POST", "/api/admin/anchors", user, type, body, Set.of(403));
        });
    }

    @Test
    void readingAnchors() {
        fuzz.caseAt(Fuzzer.Fixture.SHOP_RESPONSE, "buyer2", "shop-dl-001");
        assertThat(RestAssured.given().port(port).auth().preemptive().basic("admin", PASSWORD)
                .contentType("application/json").post("/api/admin/anchors").statusCode()).isIn(201, 422);
        long latest = jdbc.sql("select max(id) from anchors").query(Long.class).single();
        fuzz.run("anchor read", 200, () -> {
            String user = random.nextDouble() < 0.4 ? null : random.pick(USERS);
            double roll = random.nextDouble();
            if (roll < 0.1) {
                return new Probe("anchor read", "junk page", "GET", "/api/anchors?page=" + random.pick(JUNK), user,
                        PASSWORD, null, null, Map.of(), Validity.INVALID_4XX, Set.of(400), Write.NONE);
            }
            if (roll < 0.5) {
                int page = random.pick(List.of(0, 0, 1, 3, 100_000, -1, 100_001));
                int size = random.pick(List.of(1, 20, 200, 0, 201, -5));
                boolean valid = page >= 0 && page <= 100_000 && size >= 1 && size <= 200;
                String query = "page=" + page + "&size=" + size;
                return new Probe("anchor read", valid ? "page" : "bad page", "GET", "/api/anchors?" + query, user,
                        PASSWORD, null, null, Map.of(), valid ? Validity.VALID : Validity.INVALID_4XX,
                        valid ? Set.of(200) : Set.of(400), Write.NONE);
            }
            if (roll < 0.75) {
                return new Probe("anchor read", "published id", "GET", "/api/anchors/" + latest, user, PASSWORD,
                        null, null, Map.of(), Validity.VALID, Set.of(200), Write.NONE);
            }
            String id = random.nextBoolean() ? Long.toString(latest + 1 + random.nextInt(1000)) : random.pick(JUNK);
            return new Probe("anchor read", "no such id", "GET", "/api/anchors/" + id, user, PASSWORD, null, null,
                    Map.of(), Validity.INVALID_4XX, Set.of(400, 404), Write.NONE);
        });
    }

    @Test
    void verificationAndProof() {
        fuzz.casesAtEveryStage();
        fuzz.run("verification", 200, () -> {
            String what = random.pick(List.of("verification", "proof"));
            if (random.nextDouble() < 0.1) {
                return probes.anonymous("verification", "GET", "/api/complaints/" + fuzz.pickCase(null).id()
                        + "/timeline/" + what, null);
            }
            String user = random.pick(USERS);
            if (random.nextDouble() < 0.15) {
                return probe("verification", "junk id", "GET", "/api/complaints/" + random.pick(JUNK) + "/timeline/"
                        + what, user, null, null, Set.of(400, 404));
            }
            CaseInfo target = fuzz.pickCase(null);
            boolean sees = sees(user, target, jdbc.sql("select escalated_to_committee from complaints where id = ?")
                    .param(target.id()).query(Boolean.class).single());
            return new Probe("verification", what + (sees ? " visible" : " hidden"), "GET", "/api/complaints/"
                    + target.id() + "/timeline/" + what, user, PASSWORD, null, null, Map.of(),
                    sees ? Validity.VALID : Validity.INVALID_4XX, Set.of(sees ? 200 : 404), Write.NONE);
        });
    }

    @Test
    void erasure() {
        List<String> buyers = List.of(signUp(), signUp(), signUp());
        fuzz.run("erasure", 150, () -> {
            double roll = random.nextDouble();
            String name = roll < 0.5 ? random.pick(buyers) : roll < 0.65 ? random.pick(List.of("shop1", "mediator2",
                    "committee1", "admin")) : roll < 0.8 ? "nobody-" + UUID.randomUUID() : random.pick(JUNK);
            String path = "/api/admin/users/" + name + "/erasure";
            String user = random.pick(USERS);
            if (JUNK.contains(name)) {
                return probe("erasure", "malformed name", "POST", path, user, null, null, Set.of(400, 403, 404));
            }
            if (random.nextDouble() < 0.08) {
                return probes.anonymous("erasure", "POST", path, null);
            }
            if (!user.equals("admin")) {
                return probe("erasure", "not an administrator", "POST", path, user, null, null, Set.of(403));
            }
            if (buyers.contains(name)) {
                return new Probe("erasure", "buyer", "POST", path, user, PASSWORD, null, null, Map.of(),
                        Validity.VALID, Set.of(200), Write.ACCOUNT);
            }
            return probe("erasure", name.startsWith("nobody-") ? "unknown" : "staff", "POST", path, user, null,
                    null, Set.of(name.startsWith("nobody-") ? 404 : 422));
        });
        // the buyers' accounts were erased, and no staff account
        assertThat(jdbc.sql("select count(*) from users where username in (:names) and email is null and not enabled")
                .param("names", buyers).query(Integer.class).single()).isEqualTo(buyers.size());
        assertThat(jdbc.sql("select count(*) from users where username in ('shop1', 'mediator2', 'committee1', "
                + "'admin') and enabled").query(Integer.class).single()).isEqualTo(4);
    }

    /**
     * Who sees a case of the fuzzer's: its buyer, its shop's operator, its park's mediators and administrator,
     * the committee once the case was escalated to it, the administrator.
     */
    private static boolean sees(String user, CaseInfo target, boolean escalated) {
        return switch (user) {
            case "admin" -> true;
            case "buyer1", "buyer2" -> user.equals(target.buyer());
            case "shop1" -> target.shopId().equals("shop-hm-001");
            case "shop3" -> target.shopId().equals("shop-dl-001");
            case "mediator1", "parkadmin1" -> target.park().equals("humen");
            case "mediator2" -> target.park().equals("dalang");
            case "committee1" -> escalated;
            default -> false;
        };
    }

    private Probe probe(String endpoint, String label, String method, String path, String user, String type,
                        byte[] body, Set<Integer> expected) {
        return new Probe(endpoint, label, method, path, user, PASSWORD, type, body, Map.of(), Validity.INVALID_4XX,
                expected, Write.NONE);
    }

    private String signUp() {
        String buyer = "fz-erase-" + UUID.randomUUID().toString().substring(0, 8);
        int status = RestAssured.given().port(port).contentType("application/json")
                .body(Map.of("username", buyer, "displayName", "Fuzzed buyer", "email", buyer + "@example.com",
                        "password", "fuzzed password")).post("/api/signup").statusCode();
        assertThat(status).isEqualTo(201);
        return buyer;
    }
}
