package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

/**
 * One's own notifications fuzzed: mail choices with generated bodies, and marking read with ids
 * that are one's own, another's, unknown or no number at all. A user marks only their own notice
 * read (another's is 404, as if it did not exist), and a refused request changes no choice.
 */
class NotificationsFuzzApiTests extends ApiFuzzing {

    private static final List<String> USERS = List.of("buyer1", "buyer2", "shop1", "shop2", "mediator1", "mediator2",
            "committee1", "admin", "parkadmin1", "streamer1");

    @Test
    void mailChoices() {
        fuzz.run("mail choices", 200, () -> {
            String user = random.pick(USERS);
            if (random.nextDouble() < 0.1) {
                Probe malformed = probes.malformed("mail choices", "/api/notifications/mail", user,
                        fuzz.bytes(Map.of("actionRequired", true, "reminders", true, "outcomes", true)));
                return new Probe(malformed.endpoint(), malformed.label(), "PUT", malformed.path(), user, PASSWORD,
                        malformed.contentType(), malformed.body(), Map.of(), malformed.validity(),
                        malformed.expected(), Write.NONE);
            }
            Body body = bodies.object(bodies.bool("actionRequired"), bodies.bool("reminders"), bodies.bool("outcomes"));
            return new Probe("mail choices", body.label, "PUT", "/api/notifications/mail", user, PASSWORD,
                    "application/json", body.bytes(), Map.of(), body.validity, null, Write.NONE);
        });
        // a choice is stored once per user, however often it changed
        assertThat(jdbc.sql("select count(*) from notification_preferences").query(Long.class).single())
                .isLessThanOrEqualTo(USERS.size() + 1);
    }

    @Test
    void markingRead() {
        String id = fuzz.caseAt(Fuzzer.Fixture.BUYER_REVIEW, "buyer1", "shop-hm-001");
        Map<String, Long> own = Map.of(
                "shop1", noticeOf("shop1", id), "buyer1", noticeOf("buyer1", id));
        fuzz.run("notification read", 200, () -> {
            String user = random.pick(USERS);
            double roll = random.nextDouble();
            if (roll < 0.1) {
                return probes.anonymous("notification read", "POST", "/api/notifications/" + own.get("shop1")
                        + "/read", null);
            }
            if (roll < 0.25) {
                String bad = random.pick(List.of("abc", "1.5", "-", "%20", "99999999999999999999", "0x10"));
                return new Probe("notification read", "not a number", "POST", "/api/notifications/" + bad + "/read",
                        user, PASSWORD, null, null, Map.of(), Validity.INVALID_4XX, Set.of(400, 404), Write.NONE);
            }
            long target = roll < 0.6 ? random.pick(List.copyOf(own.values()))
                    : random.pick(List.of(-1L, 0L, Long.MAX_VALUE, 987_654_321L));
            boolean mine = own.getOrDefault(user, -2L) == target;
            return new Probe("notification read", mine ? "own" : "not own", "POST",
                    "/api/notifications/" + target + "/read", user, PASSWORD, null, null, Map.of(),
                    mine ? Validity.VALID : Validity.INVALID_4XX, mine ? null : Set.of(404), Write.NONE);
        });
        assertThat(jdbc.sql("select count(*) from notifications where read_at is not null and complaint_id = ?"
                + " and username not in ('shop1', 'buyer1')").param(id).query(Long.class).single()).isZero();
    }

    private long noticeOf(String username, String complaintId) {
        return jdbc.sql("select min(id) from notifications where username = ? and complaint_id = ?")
                .params(username, complaintId).query(Long.class).single();
    }
}
