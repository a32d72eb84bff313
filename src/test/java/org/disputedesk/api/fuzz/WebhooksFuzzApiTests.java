package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The webhook endpoints fuzzed: subscriptions created by every role with generated bodies (addresses
 * public, private, malformed or of other schemes; events known, unknown, none or of the wrong type;
 * the caller's park, another, none), malformed JSON and other media types; and a webhook's log,
 * replay and deletion with ids of every kind. A refused request stores nothing; an accepted creation
 * one webhook and one audit entry. The webhooks made here point at documentation addresses
 * (TEST-NET-3) and are removed afterwards.
 */
class WebhooksFuzzApiTests extends ApiFuzzing {

    private static final List<String> CALLERS = List.of("admin", "parkadmin1", "parkadmin2", "admin", "parkadmin1",
            "parkadmin2", "buyer1", "shop1", "mediator2", "committee1", "streamer1");
    private static final List<String> EVENTS = List.of("complaint.filed", "complaint.stage_changed",
            "complaint.deadline_missed", "complaint.closed", "ruling.issued", "inquiry.opened");
    private static final List<String> PRIVATE = List.of("http://127.0.0.1/hooks", "http://10.0.0.8/hooks",
            "http://169.254.169.254/latest/meta-data/", "http://localhost:9000/", "http://[::1]/hooks",
            "https://192.168.0.1/hooks", "http://172.16.5.4/", "http://0.0.0.0/");
    private static final List<String> NOT_URLS = List.of("", " ", "ftp://203.0.113.1/x", "hooks", "/relative",
            "http:///no-host", "http://a b/", "javascript:alert(1)", "https://203.0.113.1/" + "x".repeat(2000),
            "http://203.0.113.1/%zz", "mailto:ops@example.com", "https://user@/x");

    @AfterEach
    void removeTheWebhooks() {
        jdbc.sql("delete from webhook_subscriptions where url like 'https://203.0.113.%' or url like 'http://127.0.0.1:9/%'")
                .update();
    }

    @Test
    void webhookCreation() {
        long[] stored = {webhooks()};
        fuzz.run("webhooks", 400, () -> {
            double roll = random.nextDouble();
            byte[] valid = fuzz.bytes(Map.of("url", publicUrl(), "events", List.of("complaint.filed"), "parkId",
                    "humen"));
            if (roll < 0.08) {
                return probes.malformed("webhooks", "/api/webhooks", "parkadmin1", valid);
            }
            if (roll < 0.11) {
                return probes.wrongContentType("webhooks", "/api/webhooks", "parkadmin1", valid);
            }
            if (roll < 0.14) {
                return probes.anonymous("webhooks", "POST", "/api/webhooks", valid);
            }
            String park = random.pick(List.of("humen", "dalang", "humen", "dalang", "nowhere"));
            Set<String> refusedByRule = new LinkedHashSet<>();
            Body body = bodies.object(url(refusedByRule), events(refusedByRule),
                    b -> bodies.put(b, "parkId", park, Validity.VALID, "parkId " + park));
            String caller = random.pick(CALLERS);
            List<String> parks = AdminFuzzApiTests.ADMINISTERS.get(caller);
            Set<Integer> refusal = parks == null ? Set.of(403) : !parks.contains(park) ? Set.of(404)
                    : refusedByRule.isEmpty() ? null : Set.of(422);
            Validity validity = body.validity;
            if (refusal != null && validity == Validity.VALID) {
                validity = Validity.INVALID_4XX;
            }
            return new Probe("webhooks", body.label + (refusedByRule.isEmpty() ? "" : " " + refusedByRule), "POST",
                    "/api/webhooks", caller, PASSWORD, "application/json", body.bytes(), Map.of(), validity,
                    validity == Validity.INVALID_4XX ? refusal : null, Write.WEBHOOK);
        }, (probe, response) -> {
            stored[0] += response.statusCode() == 201 ? 1 : 0;
            return webhooks() == stored[0] ? null : "webhooks stored " + webhooks() + ", created " + stored[0];
        });
    }

    @Test
    void aWebhooksLogReplayAndDeletionWithIdsOfEveryKind() {
        // each park's webhook, with a message, pointing where the sender refuses to go
        Map<String, String> hooks = Map.of("humen", UUID.randomUUID().toString(), "dalang",
                UUID.randomUUID().toString());
        hooks.forEach((park, id) -> {
            jdbc.sql("insert into webhook_subscriptions (id, park_id, url, events, secret, created_by, created_at) "
                    + "values (?, ?, 'http://127.0.0.1:9/fz', ',inquiry.opened,', 'whsec_eA==', 'admin', "
                    + "current_timestamp)").params(id, park).update();
            jdbc.sql("insert into webhook_deliveries (subscription_id, message_id, event, complaint_id, payload, "
                    + "created_at, attempts, schedule_start) values (?, 'msg_fz', 'inquiry.opened', 'none', '{}', "
                    + "current_timestamp, 0, 0)").param(id).update();
        });
        long count = webhooks();
        List<String> ids = new ArrayList<>(List.of(UUID.randomUUID().toString(), "0", "-1", "null", "..x",
                "x".repeat(300), "%E4%B8%AD%E6%96%87", "msg_fz", "%20", "a.b_c-d"));
        fuzz.run("webhook paths", 200, () -> {
            String caller = random.pick(CALLERS);
            List<String> parks = AdminFuzzApiTests.ADMINISTERS.get(caller);
            boolean known = random.nextDouble() < 0.6;
            String park = random.pick(List.of("humen", "dalang"));
            String id = known ? hooks.get(park) : random.pick(ids);
            String message = random.nextDouble() < 0.7 ? "msg_fz" : random.pick(ids);
            boolean mine = known && parks != null && parks.contains(park);
            String what = random.pick(List.of("log", "replay", "delete"));
            // a webhook of one's own is never deleted here: its log and replay stay to be fuzzed
            if (what.equals("delete") && mine) {
                what = "log";
            }
            int status = parks == null ? 403 : !mine ? 404 : what.equals("log") ? 200
                    : message.equals("msg_fz") ? 202 : 404;
            Validity validity = status < 300 ? Validity.VALID : Validity.INVALID_4XX;
            Set<Integer> expected = Set.of(status);
            String base = "/api/webhooks/" + id;
            return switch (what) {
                case "log" -> new Probe("webhook paths", "log " + id, "GET", base + "/deliveries", caller, PASSWORD,
                        null, null, Map.of(), validity, expected, Write.NONE);
                case "replay" -> new Probe("webhook paths", "replay " + message, "POST", base + "/deliveries/"
                        + message + "/replay", caller, PASSWORD, null, null, Map.of(), validity, expected, Write.NONE);
                default -> new Probe("webhook paths", "delete " + id, "DELETE", base, caller, PASSWORD, null, null,
                        Map.of(), validity, expected, Write.NONE);
            };
        }, (probe, response) -> webhooks() == count ? null : "webhooks stored " + webhooks() + ", not " + count);
    }

    /** An address: public, private (refused by the rule), not an http(s) URL, missing or of another type. */
    private Bodies.FieldGen url(Set<String> refusedByRule) {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                bodies.put(b, "url", publicUrl(), Validity.VALID, "url public");
            } else if (roll < 0.67) {
                String url = random.pick(PRIVATE);
                bodies.put(b, "url", url, Validity.VALID, "url private");
                refusedByRule.add(url);
            } else if (roll < 0.85) {
                bodies.put(b, "url", random.pick(NOT_URLS), Validity.INVALID_400, "url not one");
            } else if (roll < 0.9) {
                b.worsen(Validity.INVALID_400, "url missing");
            } else if (roll < 0.95) {
                bodies.put(b, "url", null, Validity.INVALID_400, "url null");
            } else {
                bodies.put(b, "url", random.pick(List.of(new RawValue("42"), true, Map.of("href", publicUrl()),
                        List.of(publicUrl()))), Validity.INVALID_400, "url of another type");
            }
        };
    }

    /** Events: known ones, with an unknown one (refused by the rule), none, too many, or not a list of names. */
    private Bodies.FieldGen events(Set<String> refusedByRule) {
        return b -> {
            double roll = random.nextDouble();
            List<String> known = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                known.add(random.pick(EVENTS));
            }
            if (roll < 0.6) {
                bodies.put(b, "events", known, Validity.VALID, "events known");
            } else if (roll < 0.7) {
                String unknown = random.pick(List.of("complaint.exploded", "COMPLAINT.FILED", "complaint.*",
                        "${7*7}", "ruling", "inquiry.opened "));
                known.add(unknown);
                bodies.put(b, "events", known, Validity.VALID, "events with an unknown one");
                if (!unknown.equals("inquiry.opened ")) {
                    refusedByRule.add(unknown);
                }
            } else if (roll < 0.76) {
                bodies.put(b, "events", List.of(), Validity.INVALID_400, "events none");
            } else if (roll < 0.82) {
                b.worsen(Validity.INVALID_400, "events missing");
            } else if (roll < 0.86) {
                bodies.put(b, "events", List.of("x".repeat(41)), Validity.INVALID_400, "event too long");
            } else if (roll < 0.9) {
                known.add(random.pick(List.of("", " ", "\u0000", "a\u202Eb")));
                bodies.put(b, "events", known, Validity.INVALID_400, "events with a blank or control character");
            } else if (roll < 0.94) {
                bodies.put(b, "events", java.util.Collections.nCopies(21, "complaint.filed"), Validity.INVALID_400,
                        "events 21");
            } else {
                bodies.put(b, "events", random.pick(List.of("complaint.filed", 7, Map.of("a", 1),
                        java.util.Arrays.asList("complaint.filed", null))), Validity.INVALID_400, "events not names");
            }
        };
    }

    private String publicUrl() {
        return "https://203.0.113." + random.nextInt(255) + "/fz-" + Long.toHexString(random.nextLong());
    }

    private long webhooks() {
        return jdbc.sql("select count(*) from webhook_subscriptions").query(Long.class).single();
    }
}
