package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Bodies.FieldGen;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

/**
 * The catalog's upkeep fuzzed: standards, clauses and status changes with generated bodies, by the
 * committee and by roles that may not keep it. A refusal writes nothing; the seeded standards are
 * never superseded by a refused request.
 */
class CatalogFuzzApiTests extends ApiFuzzing {

    private static final List<String> CALLERS = List.of("committee1", "committee1", "admin", "shop1", "mediator1",
            "buyer1");
    private static final Set<String> KEEPERS = Set.of("committee1", "admin");

    @Test
    void standards() {
        fuzz.run("standards", 200, () -> {
            String caller = random.pick(CALLERS);
            if (random.nextDouble() < 0.08) {
                return probes.malformed("standards", "/api/standards", caller,
                        fuzz.bytes(Map.of("code", "GB 1-2026", "title", "x")));
            }
            Body body = bodies.object(code(), bodies.text("title", true, 300), bodies.text("titleZh", false, 300),
                    bodies.text("scope", false, 1000));
            Set<Integer> refusal = !KEEPERS.contains(caller) ? Set.of(403)
                    : body.validity == Validity.VALID && exists(body.values.get("code")) ? Set.of(409) : null;
            return probe("standards", "POST", "/api/standards", caller, body, refusal);
        });
    }

    @Test
    void clausesAndStatus() {
        fuzz.run("standard upkeep", 200, () -> {
            String caller = random.pick(CALLERS);
            String standard = random.pick(List.of("GB/T 29862-2013", "GB 31701-2015", "GB 1-1900"));
            boolean known = !standard.equals("GB 1-1900");
            String path = "/api/standards/" + standard.replace(" ", "%20");
            if (random.nextDouble() < 0.5) {
                Body body = bodies.object(clause(), bodies.text("title", true, 300),
                        bodies.text("titleZh", false, 300));
                Set<Integer> refusal = !KEEPERS.contains(caller) ? Set.of(403) : !known ? Set.of(404)
                        : body.validity == Validity.VALID && hasClause(standard, body.values.get("clause"))
                        ? Set.of(409) : null;
                return probe("clauses", "POST", path + "/clauses", caller, body, refusal);
            }
            // only a refused status change is sent: an accepted one would supersede a seeded standard
            Body body = bodies.object(bodies.enumField("status", true, List.of("CURRENT", "SUPERSEDED")));
            Set<Integer> refusal = !KEEPERS.contains(caller) ? Set.of(403) : Set.of(404);
            return probe("status", "PATCH", "/api/standards/GB%201-1900", caller, body, refusal);
        });
        assertThat(jdbc.sql("select count(*) from standards where status <> 'CURRENT'").query(Long.class).single())
                .isZero();
    }

    private Probe probe(String endpoint, String method, String path, String caller, Body body, Set<Integer> refusal) {
        Validity validity = body.validity;
        Set<Integer> expected = null;
        if (refusal != null && validity == Validity.VALID) {
            validity = Validity.INVALID_4XX;
            expected = refusal;
        }
        // a role that may not keep the catalog is refused before its body is read
        if (refusal != null && refusal.contains(403)) {
            validity = Validity.INVALID_4XX;
            expected = Set.of(400, 403);
        }
        return new Probe(endpoint, body.label, method, path, caller, PASSWORD, "application/json", body.bytes(),
                Map.of(), validity, expected, Write.STANDARD);
    }

    /** Codes as published, and not. */
    private FieldGen code() {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                body.values.put("code", random.pick(List.of("GB ", "GB/T ", "FZ/T ")) + (1000 + random.nextInt(90000))
                        + "-20" + (10 + random.nextInt(16)));
            } else if (roll < 0.7) {
                body.values.put("code", random.pick(List.of("GB 5296.4-2012", "GB/T 29862-2013")));
            } else {
                body.values.put("code", random.pick(List.of("", "gb 1-2020", "GB1-2020", "GB 1", "GB/T/X 1-2020",
                        "GB 1-20201", "GB " + "9".repeat(40) + "-2020", "${7*7}")));
                body.worsen(Validity.INVALID_400, "bad code");
            }
        };
    }

    private FieldGen clause() {
        return body -> {
            if (random.nextDouble() < 0.75) {
                body.values.put("clause", random.nextInt(12) + "." + random.nextInt(9));
            } else {
                body.values.put("clause", random.pick(List.of("", "5 6", "5..6", ".5", "5.", "x".repeat(21))));
                body.worsen(Validity.INVALID_400, "bad clause");
            }
        };
    }

    private boolean exists(Object code) {
        return jdbc.sql("select count(*) from standards where code = ?").param(String.valueOf(code))
                .query(Long.class).single() > 0;
    }

    private boolean hasClause(String standard, Object clause) {
        return jdbc.sql("select count(*) from standard_clauses where standard_code = ? and clause = ?")
                .params(standard, String.valueOf(clause)).query(Long.class).single() > 0;
    }
}
