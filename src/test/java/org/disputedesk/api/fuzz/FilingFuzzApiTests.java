package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Filing fuzzed: generated complaints by buyers, by other roles and anonymously, malformed or of the
 * wrong content type, with good and bad Idempotency-Keys, and the same key replayed with the same
 * body or another one.
 */
class FilingFuzzApiTests extends ApiFuzzing {

    static final List<String> NON_BUYERS = List.of("shop1", "shop2", "shop3", "mediator1", "mediator2",
            "committee1", "admin");

    @Test
    void filing() {
        fuzz.run("filing", 400, () -> {
            double roll = random.nextDouble();
            String buyer = random.pick(List.of("buyer1", "buyer2"));
            if (roll < 0.08) {
                return probes.malformed("filing", "/api/complaints", buyer, fuzz.bytes(bodies.validFiling(randomShop())));
            }
            if (roll < 0.12) {
                return probes.wrongContentType("filing", "/api/complaints", buyer,
                        fuzz.bytes(bodies.validFiling(randomShop())));
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
                return probes.anonymous("filing", "POST", "/api/complaints", body.bytes());
            } else if (who < 0.2) {
                user = random.pick(NON_BUYERS);
                if (validity == Validity.VALID) {
                    expected = Set.of(403);
                    validity = Validity.INVALID_4XX;
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (random.nextDouble() < 0.1) {
                String key = random.pick(List.of("", "k".repeat(129), "k".repeat(128), UUID.randomUUID().toString()));
                headers.put("Idempotency-Key", key);
                if ((key.isEmpty() || key.length() > 128) && validity != Validity.LENIENT) {
                    validity = Validity.INVALID_400;
                }
            }
            return new Probe("filing", body.label, "POST", "/api/complaints", user, PASSWORD, "application/json",
                    body.bytes(), headers, validity, expected, Write.FILE);
        });
    }

    /** Files once with a fresh key, then probes the key again with the same body or another one. */
    private Probe idempotent(String buyer) {
        Map<String, Object> body = bodies.validFiling("shop-hm-001");
        String key = "fuzz-" + UUID.randomUUID();
        Probe first = new Probe("filing", "idempotency first", "POST", "/api/complaints", buyer, PASSWORD,
                "application/json", fuzz.bytes(body), Map.of("Idempotency-Key", key), Validity.VALID, null,
                Write.FILE);
        HttpResponse<byte[]> response = fuzz.execute(first);
        if (response == null || response.statusCode() != 201) {
            return first; // rate-limited or refused: nothing to replay
        }
        if (random.nextBoolean()) {
            return new Probe("filing", "idempotency replay", "POST", "/api/complaints", buyer, PASSWORD,
                    "application/json", fuzz.bytes(body), Map.of("Idempotency-Key", key), Validity.VALID, Set.of(200),
                    Write.FILE);
        }
        body.put("description", "another body");
        return new Probe("filing", "idempotency other body", "POST", "/api/complaints", buyer, PASSWORD,
                "application/json", fuzz.bytes(body), Map.of("Idempotency-Key", key), Validity.INVALID_4XX,
                Set.of(422), Write.FILE);
    }

    private Body filingBody() {
        Body body = bodies.object(
                b -> {
                    if (random.nextDouble() < 0.8) {
                        bodies.put(b, "shopId", randomShop(), Validity.VALID, "shopId valid");
                    } else {
                        bodies.text("shopId", true, 64).into(b);
                        b.worsen(Validity.INVALID_4XX, "shopId unknown");
                    }
                },
                b -> {
                    if (random.nextDouble() < 0.7) {
                        bodies.put(b, "orderRef", "ORD-" + UUID.randomUUID(), Validity.VALID, "orderRef valid");
                    } else {
                        bodies.text("orderRef", true, 64).into(b);
                    }
                },
                bodies.enumField("category", true, Bodies.CATEGORIES),
                bodies.text("description", true, 4000),
                bodies.amount("orderAmount", true, true),
                bodies.amount("claimedAmount", true, true),
                bodies.enumField("desiredRemedy", true, Bodies.REMEDIES),
                b -> {
                    double roll = random.nextDouble();
                    if (roll < 0.5) {
                        return;
                    }
                    Map<String, Object> live = new LinkedHashMap<>();
                    if (roll < 0.75) {
                        live.put("room", "hm-live-" + random.nextInt(100));
                        live.put("offsetSeconds", random.nextInt(604_801));
                        bodies.put(b, "livestream", live, Validity.VALID, "livestream valid");
                    } else if (roll < 0.9) {
                        String room = random.pick(List.of("", " ", "r".repeat(129), "room"));
                        String offset = random.pick(List.of("-1", "604801", "1e10", "\"soon\"", "0"));
                        live.put("room", room);
                        live.put("offsetSeconds", new RawValue(offset));
                        // a usable room at offset 0 is the one pair of these that the contract accepts
                        boolean valid = room.equals("room") && offset.equals("0");
                        bodies.put(b, "livestream", live, valid ? Validity.VALID : Validity.INVALID_400,
                                valid ? "livestream valid" : "livestream invalid");
                    } else {
                        bodies.put(b, "livestream", random.pick(List.of("hm-live-1", List.of(), 42, Map.of())),
                                Validity.INVALID_400, "livestream wrong shape");
                    }
                });
        if (body.validity == Validity.VALID) {
            BigDecimal order = Bodies.decimal(body.values.get("orderAmount"));
            BigDecimal claimed = Bodies.decimal(body.values.get("claimedAmount"));
            if (order != null && claimed != null && claimed.compareTo(order) > 0) {
                body.worsen(Validity.INVALID_4XX, "claimed over order");
            }
        }
        return body;
    }

    private String randomShop() {
        return random.pick(List.of("shop-hm-001", "shop-hm-002", "shop-dl-001"));
    }
}
