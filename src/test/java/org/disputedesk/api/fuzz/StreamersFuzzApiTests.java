package org.disputedesk.api.fuzz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

/**
 * Registering streamer profiles fuzzed: generated ids, names, parks, shops and rooms, by every role.
 * A profile is refused whole (a taken id or room: 409; a shop of another park: 422), and an accepted
 * one writes its audit entry.
 */
class StreamersFuzzApiTests extends ApiFuzzing {

    private static final Map<String, String> SHOP_PARK = Map.of("shop-hm-001", "humen", "shop-hm-002", "humen",
            "shop-dl-001", "dalang");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final Set<String> takenIds = new HashSet<>(Set.of("st-hm-001"));
    private final Set<String> takenRooms = new HashSet<>(Set.of("hm-live-88"));
    private int made;

    @Test
    void streamerCreation() {
        fuzz.run("streamers", 250, () -> {
            double roll = random.nextDouble();
            if (roll < 0.08) {
                return probes.malformed("streamers", "/api/admin/streamers", "parkadmin1",
                        fuzz.bytes(Map.of("id", fresh(), "parkId", "humen")));
            }
            if (roll < 0.12) {
                return probes.anonymous("streamers", "POST", "/api/admin/streamers", fuzz.bytes(Map.of("id", fresh())));
            }
            String park = random.pick(List.of("humen", "dalang", "humen", "nowhere"));
            // a body of these fields only: an unknown field may not stand in for one of them
            Body body = new Body(json);
            for (Bodies.FieldGen field : List.of(id(), bodies.text("name", true, 200),
                    b -> bodies.put(b, "parkId", park, Validity.VALID, "parkId " + park), shops(), rooms())) {
                field.into(body);
            }
            if (body.values.get("name") instanceof String name && CONTROL.matcher(Bodies.stored(name)).find()) {
                body.worsen(Validity.INVALID_400, "name control character");
            }
            String user = random.pick(List.of("admin", "parkadmin1", "parkadmin2", "parkadmin1",
                    random.pick(AdminFuzzApiTests.OTHERS)));
            Set<Integer> refusal = refusal(user, park, body);
            Validity validity = body.validity;
            if (refusal != null && validity == Validity.VALID) {
                validity = Validity.INVALID_4XX;
            }
            if (refusal == null && validity == Validity.VALID) {
                takenIds.add(String.valueOf(body.values.get("id")));
                ((List<?>) body.values.get("rooms")).forEach(room -> takenRooms.add(String.valueOf(room).strip()));
            }
            return new Probe("streamers", body.label, "POST", "/api/admin/streamers", user, Fuzzer.PASSWORD,
                    "application/json", body.bytes(), Map.of(), validity,
                    validity == Validity.INVALID_4XX ? refusal : null, Write.STREAMER);
        });
    }

    /** What the contract answers a well-formed body: 403, 404, 422 or 409 in the order it checks; null: 201. */
    private Set<Integer> refusal(String user, String park, Body body) {
        List<String> parks = AdminFuzzApiTests.ADMINISTERS.get(user);
        if (parks == null) {
            return Set.of(403);
        }
        if (!parks.contains(park)) {
            return Set.of(404);
        }
        if (body.values.get("shopIds") instanceof List<?> shops && !shops.stream().allMatch(
                s -> park.equals(SHOP_PARK.get(String.valueOf(s))))) {
            return Set.of(422);
        }
        boolean roomTaken = body.values.get("rooms") instanceof List<?> rooms
                && rooms.stream().anyMatch(r -> takenRooms.contains(String.valueOf(r).strip()));
        return takenIds.contains(String.valueOf(body.values.get("id"))) || roomTaken ? Set.of(409) : null;
    }

    private Bodies.FieldGen id() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.8) {
                bodies.put(b, "id", fresh(), Validity.VALID, "id new");
            } else if (roll < 0.88) {
                bodies.put(b, "id", random.pick(List.copyOf(takenIds)), Validity.VALID, "id taken");
            } else {
                bodies.put(b, "id", random.pick(List.of("", "a b", "x".repeat(65), "中文", "../x")),
                        Validity.INVALID_400, "id invalid");
            }
        };
    }

    private Bodies.FieldGen shops() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.75) {
                bodies.put(b, "shopIds", List.of(random.pick(List.copyOf(SHOP_PARK.keySet()))), Validity.VALID,
                        "shops");
            } else if (roll < 0.85) {
                bodies.put(b, "shopIds", List.of(), Validity.INVALID_400, "no shops");
            } else {
                bodies.put(b, "shopIds", random.pick(List.of("shop-hm-001", List.of("a b"), Map.of("x", 1))),
                        Validity.INVALID_400, "shops invalid");
            }
        };
    }

    private Bodies.FieldGen rooms() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                bodies.put(b, "rooms", List.of("fz-room-" + fresh(), " fz-room-" + fresh() + " "),
                        Validity.VALID, "rooms new");
            } else if (roll < 0.8) {
                bodies.put(b, "rooms", List.of(random.pick(List.copyOf(takenRooms))), Validity.VALID, "room taken");
            } else {
                bodies.put(b, "rooms", random.pick(List.of(List.of(), List.of(""), List.of("r".repeat(129)),
                        List.of("line\nbreak"), "hm-live-1")), Validity.INVALID_400, "rooms invalid");
            }
        };
    }

    private String fresh() {
        return "st-fz-" + ++made + "-" + random.nextInt(1_000_000);
    }
}
