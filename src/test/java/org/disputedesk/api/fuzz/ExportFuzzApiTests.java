package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

/**
 * The export fuzzed through its query: parks of every kind, dates well and badly formed or reversed,
 * formats asked for in every spelling, parameters missing, by every role. A bad parameter is a 400
 * whoever asks; a good request is the file for the park's staff and administrators, 403 for other
 * roles, 404 for another park's staff or a park that is not there; an export writes its audit entry
 * and nothing else, a refusal nothing.
 */
class ExportFuzzApiTests extends ApiFuzzing {

    private static final List<String> USERS = List.of("buyer1", "shop1", "mediator1", "mediator2", "mediator3",
            "committee1", "parkadmin1", "parkadmin2", "streamer1", "admin");
    private static final List<String> PARKS = List.of("humen", "dalang", "no-such-park", "humen%2Fx", "HUMEN",
            "x".repeat(65), "%E8%99%8E%E9%97%A8");
    private static final List<String> GOOD_DATES = List.of("2026-01-01", "2026-12-31", "2024-02-29", "2099-06-30");
    private static final List<String> BAD_DATES = List.of("2026-02-30", "07.12.2026", "2026-1-1", "20261207",
            "2026-12-07T00:00:00", "abc", "%00", "-1", "2026-13-01", "x".repeat(300));
    private static final List<String> BAD_FORMATS = List.of("CSV", "Json", "xlsx", "xml", "", "csvx", "%00");

    @Test
    void theExportsQuery() {
        fuzz.caseAt(Fuzzer.Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        fuzz.run("export", 250, () -> {
            List<String> query = new ArrayList<>();
            boolean bad = false;
            String park = random.nextDouble() < 0.7 ? random.pick(PARKS.subList(0, 2)) : random.pick(PARKS);
            if (random.nextDouble() < 0.05) {
                bad = true; // no park at all
            } else {
                query.add("parkId=" + park);
                bad = park.length() > 64;
            }
            String from = date();
            String to = date();
            if (from != null) {
                query.add("from=" + from);
            }
            if (to != null) {
                query.add("to=" + to);
            }
            bad |= !good(from) || !good(to) || from != null && to != null && from.compareTo(to) > 0;
            double roll = random.nextDouble();
            if (roll < 0.15) {
                query.add("format=" + random.pick(BAD_FORMATS));
                bad = true;
            } else if (roll < 0.6) {
                query.add("format=" + random.pick(List.of("csv", "json")));
            }
            String path = "/api/exports/complaints" + (query.isEmpty() ? "" : "?" + String.join("&", query));
            if (random.nextDouble() < 0.08) {
                return probes.anonymous("export", "GET", path, null);
            }
            String user = random.pick(USERS);
            if (bad) {
                return new Probe("export", "bad query", "GET", path, user, PASSWORD, null, null, Map.of(),
                        Validity.INVALID_400, Set.of(400), Write.NONE);
            }
            int status = allowed(user, park);
            return new Probe("export", status == 200 ? "export" : "refused", "GET", path, user, PASSWORD, null,
                    null, Map.of(), status == 200 ? Validity.VALID : Validity.INVALID_4XX, Set.of(status),
                    status == 200 ? Write.EXPORT : Write.NONE);
        });
    }

    /** A date or none, good or bad; none a quarter of the time. */
    private String date() {
        double roll = random.nextDouble();
        return roll < 0.25 ? null : roll < 0.85 ? random.pick(GOOD_DATES) : random.pick(BAD_DATES);
    }

    private static boolean good(String date) {
        return date == null || GOOD_DATES.contains(date);
    }

    /** The park's staff and administrators export; another park's staff and an unknown park: 404. */
    private static int allowed(String user, String park) {
        if (!park.equals("humen") && !park.equals("dalang")) {
            return 404;
        }
        return switch (user) {
            case "admin" -> 200;
            case "mediator1", "mediator3", "parkadmin1" -> park.equals("humen") ? 200 : 404;
            case "mediator2", "parkadmin2" -> park.equals("dalang") ? 200 : 404;
            default -> 403;
        };
    }
}
