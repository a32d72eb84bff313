package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends probes and checks each answer against the contract: a 2xx for a valid request only, never
 * a 5xx, every 4xx a problem+json whose {@code status} is the HTTP status, and a database that
 * holds exactly what the accepted requests wrote (a refused request writes nothing at all). It
 * also files the cases a test fuzzes, each driven to its stage through the API.
 */
final class Fuzzer {

    static final long SEED = 0xD15B_07E5L;
    static final String PASSWORD = "demo";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** Bodies over this size may be refused with 413 before they are parsed. */
    private static final int JSON_BODY_LIMIT = 64 * 1024;
    private static final List<String> SHOPS = List.of("shop-hm-001", "shop-hm-002", "shop-dl-001");
    private static final Set<Write> ADMINISTRATION = EnumSet.of(Write.PARK, Write.SHOP, Write.IMPORT,
            Write.STANDARD, Write.WEBHOOK, Write.STREAMER);
    private static final Set<Write> ACCOUNTS = EnumSet.of(Write.USER, Write.ACCOUNT);

    record CaseInfo(String id, String buyer, String shopId, String park) {
    }

    /** Where a case is driven before the fuzzing starts. */
    enum Fixture {
        SHOP_RESPONSE, BUYER_REVIEW, MEDIATION_UNCLAIMED, MEDIATION_CLAIMED, INFORMATION_FROM_BUYER,
        INFORMATION_FROM_SHOP, COMMITTEE_REVIEW, APPEAL_WINDOW, APPEAL_REVIEW, FULFILMENT, BUYER_CONFIRMATION,
        WITHDRAWN, RESOLVED
    }

    private final int port;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final FuzzRandom random;
    private final Bodies bodies;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, CaseInfo> cases = new LinkedHashMap<>();

    // what the current run has sent and seen
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> failureKinds = new TreeMap<>();
    private final Map<String, Integer> byStatusClass = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private int requests;
    private int accepted;
    // complaints, messages, evidence, ratings, committee rulings, timeline, parks, shops
    private final long[] tally = new long[8];

    Fuzzer(int port, JdbcClient jdbc, ObjectMapper json, FuzzRandom random) {
        this.port = port;
        this.jdbc = jdbc;
        this.json = json;
        this.random = random;
        bodies = new Bodies(random, json);
    }

    /** The body generators, drawing on the same seeded random as this fuzzer. */
    Bodies bodies() {
        return bodies;
    }

    // ------------------------------------------------------------------ the cases fuzzed

    /**
     * A case at every stage, so that valid-looking steps reach the service layer: two buyers, the
     * three shops of both parks, requests for information to either party.
     */
    void casesAtEveryStage() {
        String first = caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-001");
        caseAt(Fixture.SHOP_RESPONSE, "buyer1", "shop-hm-002");
        caseAt(Fixture.BUYER_REVIEW, "buyer1", "shop-hm-001");
        String unclaimed = caseAt(Fixture.MEDIATION_UNCLAIMED, "buyer1", "shop-hm-001");
        caseAt(Fixture.MEDIATION_CLAIMED, "buyer1", "shop-hm-001");
        caseAt(Fixture.INFORMATION_FROM_BUYER, "buyer1", "shop-hm-001");
        caseAt(Fixture.WITHDRAWN, "buyer1", "shop-hm-001");
        caseAt(Fixture.COMMITTEE_REVIEW, "buyer2", "shop-hm-001");
        caseAt(Fixture.COMMITTEE_REVIEW, "buyer2", "shop-hm-001");
        caseAt(Fixture.FULFILMENT, "buyer2", "shop-hm-001");
        caseAt(Fixture.BUYER_CONFIRMATION, "buyer2", "shop-hm-001");
        caseAt(Fixture.WITHDRAWN, "buyer2", "shop-hm-001");
        caseAt(Fixture.INFORMATION_FROM_SHOP, "buyer2", "shop-hm-001");
        caseAt(Fixture.SHOP_RESPONSE, "buyer2", "shop-dl-001");
        // the cases filed later did not move the earlier ones
        assertThat(stage(first)).isEqualTo("SHOP_RESPONSE");
        assertThat(stage(unclaimed)).isEqualTo("MEDIATION");
    }

    /**
     * {@code n} more cases at {@code fixture}, by both buyers against the three shops: enough for the
     * valid requests of a step to find a case still waiting for it.
     */
    void more(Fixture fixture, int n) {
        for (int i = 0; i < n; i++) {
            caseAt(fixture, i % 2 == 0 ? "buyer1" : "buyer2", SHOPS.get(i % SHOPS.size()));
        }
    }

    /** A case filed by {@code buyer} against {@code shopId} and driven through the API to {@code fixture}. */
    String caseAt(Fixture fixture, String buyer, String shopId) {
        String id = file(buyer, shopId);
        String shop = shopUser(shopId);
        String mediator = shopId.startsWith("shop-hm") ? "mediator1" : "mediator2";
        if (fixture == Fixture.SHOP_RESPONSE) {
            return id;
        }
        if (fixture == Fixture.WITHDRAWN) {
            drive(buyer, id, "withdrawal", null, "CLOSED");
            return id;
        }
        if (Set.of(Fixture.FULFILMENT, Fixture.BUYER_CONFIRMATION, Fixture.RESOLVED).contains(fixture)) {
            drive(shop, id, "shop-response", Map.of("decision", "ACCEPT", "message", "Sorry."), "FULFILMENT");
            if (fixture != Fixture.FULFILMENT) {
                drive(shop, id, "fulfilment", Map.of("proof", "Refunded, tx 1"), "BUYER_CONFIRMATION");
            }
            if (fixture == Fixture.RESOLVED) {
                drive(buyer, id, "receipt", Map.of("received", true), "CLOSED");
            }
            return id;
        }
        drive(shop, id, "shop-response", Map.of("decision", "REJECT", "message", "No."), "BUYER_REVIEW");
        if (fixture == Fixture.BUYER_REVIEW) {
            return id;
        }
        drive(buyer, id, "buyer-review", Map.of("decision", "ESCALATE"), "MEDIATION");
        if (fixture == Fixture.MEDIATION_UNCLAIMED) {
            return id;
        }
        drive(mediator, id, "mediation/claim", null, "MEDIATION");
        switch (fixture) {
            case INFORMATION_FROM_BUYER -> drive(mediator, id, "mediation/decision", Map.of("decision",
                    "REQUEST_INFO", "party", "BUYER", "question", "Photo of the label?", "reasoning", "Need it."),
                    "INFORMATION_REQUEST");
            case INFORMATION_FROM_SHOP -> drive(mediator, id, "mediation/decision", Map.of("decision",
                    "REQUEST_INFO", "party", "SHOP", "question", "Fibre test report?", "reasoning", "Need it."),
                    "INFORMATION_REQUEST");
            case COMMITTEE_REVIEW -> drive(mediator, id, "mediation/decision", Map.of("decision", "ESCALATE",
                    "question", "Does the label conform?", "reasoning", "Standards question."), "COMMITTEE_REVIEW");
            case APPEAL_WINDOW, APPEAL_REVIEW -> ruledForTheShop(mediator, buyer, shop, id, fixture);
            default -> {
                // claimed, waiting for the mediator's decision
            }
        }
        return id;
    }

    /** A ruling for the shop and new evidence of both parties; for APPEAL_REVIEW the buyer's, appealed with. */
    private void ruledForTheShop(String mediator, String buyer, String shop, String id, Fixture fixture) {
        drive(mediator, id, "mediation/decision", Map.of("decision", "RULE_FOR_SHOP", "reasoning", "Ruled."),
                "APPEAL_WINDOW");
        Multipart file = new Multipart(random).file("file", "new.png", "image/png", SampleInputs.tinyPng());
        for (String party : fixture == Fixture.APPEAL_REVIEW ? List.of(buyer) : List.of(shop, buyer)) {
            HttpResponse<byte[]> added = send("POST", "/api/complaints/" + id + "/evidence", party, PASSWORD,
                    file.contentType(), file.bytes(), Map.of());
            assertThat(added.statusCode()).as("setup evidence: %s", text(added)).isEqualTo(201);
            if (fixture == Fixture.APPEAL_REVIEW) {
                drive(buyer, id, "appeal", Map.of("grounds", "A new photo.", "evidenceIds",
                        List.of(readTree(added.body()).path("id").asLong())), "APPEAL_REVIEW");
            }
        }
    }

    private String file(String buyer, String shopId) {
        HttpResponse<byte[]> response = send("POST", "/api/complaints", buyer, PASSWORD, "application/json",
                bytes(bodies.validFiling(shopId)), Map.of());
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

    /** The user who answers for the shop {@code shopId}. */
    static String shopUser(String shopId) {
        return switch (shopId) {
            case "shop-hm-001" -> "shop1";
            case "shop-hm-002" -> "shop2";
            default -> "shop3";
        };
    }

    /** A known case; with {@code stage}, one at that stage most of the time, when there is one. */
    CaseInfo pickCase(String stage) {
        List<CaseInfo> all = new ArrayList<>(cases.values());
        if (stage != null && random.nextDouble() < 0.75) {
            List<String> ids = jdbc.sql("select id from complaints where stage = ? order by id").param(stage)
                    .query(String.class).list();
            List<CaseInfo> at = all.stream().filter(c -> ids.contains(c.id())).toList();
            if (!at.isEmpty()) {
                return random.pick(at);
            }
        }
        return random.pick(all);
    }

    BigDecimal orderAmount(String id) {
        return jdbc.sql("select order_amount from complaints where id = ?").param(id).query(BigDecimal.class).single();
    }

    /** The standards catalog's clauses, as (standard code, clause). */
    List<String[]> standardClauses() {
        List<String[]> clauses = jdbc.sql("select standard_code, clause from standard_clauses order by standard_code, clause")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(clauses).isNotEmpty();
        return clauses;
    }

    private String stage(String id) {
        return jdbc.sql("select stage from complaints where id = ?").param(id).query(String.class).single();
    }

    // ------------------------------------------------------------------ running and checking

    /**
     * Sends {@code count} probes to {@code endpoint}; then no answer may have broken the contract,
     * and the database must hold exactly what the accepted ones wrote.
     */
    void run(String endpoint, int count, Supplier<Probe> probes) {
        run(endpoint, count, probes, (probe, response) -> null);
    }

    /** Sends each of {@code probes} once, in order, and checks them as {@link #run(String, int, Supplier)} does. */
    void runEach(String endpoint, List<Probe> probes) {
        runEach(endpoint, probes, (probe, response) -> null);
    }

    /** As {@link #runEach(String, List)}, and each answer is also asked to {@code check}. */
    void runEach(String endpoint, List<Probe> probes, BiFunction<Probe, HttpResponse<byte[]>, String> check) {
        Iterator<Probe> each = probes.iterator();
        run(endpoint, probes.size(), each::next, check);
    }

    /**
     * As {@link #run(String, int, Supplier)}, and each answer is also asked to {@code check}, which
     * says what is wrong with it (null: nothing).
     */
    void run(String endpoint, int count, Supplier<Probe> probes, BiFunction<Probe, HttpResponse<byte[]>, String> check) {
        failures.clear();
        failureKinds.clear();
        byStatusClass.clear();
        byStatus.clear();
        requests = 0;
        accepted = 0;
        java.util.Arrays.fill(tally, 0);
        long startedAt = System.nanoTime();
        Snapshot atStart = snapshot();
        for (int i = 0; i < count; i++) {
            Probe probe = probes.get();
            HttpResponse<byte[]> response = execute(probe);
            String wrong = response == null ? null : check.apply(probe, response);
            if (wrong != null) {
                fail(probe, wrong, response);
            }
        }
        System.out.printf("FUZZ %s seed=%d requests=%d byClass=%s byStatus=%s accepted=%d tally[complaints=%d "
                        + "messages=%d evidence=%d ratings=%d rulings=%d timeline>=%d parks=%d shops=%d] failures=%d "
                        + "time=%ds%n",
                endpoint, random.seed(), requests, byStatusClass, byStatus, accepted, tally[0], tally[1], tally[2],
                tally[3], tally[4], tally[5], tally[6], tally[7], failures.size(),
                (System.nanoTime() - startedAt) / 1_000_000_000L);
        failureKinds.forEach((kind, n) -> System.out.println("FUZZ FAILURE x" + n + " " + kind));

        assertThat(failures).as("%s: %d of %d requests broke the contract; first ones:%n%s", endpoint,
                failures.size(), count, String.join("\n", failures.subList(0, Math.min(15, failures.size()))))
                .isEmpty();
        Snapshot end = snapshot();
        assertThat(end.complaints() - atStart.complaints()).as("complaints").isEqualTo(tally[0]);
        assertThat(end.messages() - atStart.messages()).as("messages").isEqualTo(tally[1]);
        assertThat(end.evidence() - atStart.evidence()).as("evidence").isEqualTo(tally[2]);
        assertThat(end.ratings() - atStart.ratings()).as("ratings").isEqualTo(tally[3]);
        assertThat(end.rulings() - atStart.rulings()).as("committee rulings").isEqualTo(tally[4]);
        assertThat(end.timeline() - atStart.timeline()).as("timeline").isGreaterThanOrEqualTo(tally[5]);
        assertThat(end.parks() - atStart.parks()).as("parks").isEqualTo(tally[6]);
        assertThat(end.shops() - atStart.shops()).as("shops").isEqualTo(tally[7]);
        assertThat(requests).as("requests sent").isGreaterThanOrEqualTo(count);
        for (CaseInfo info : cases.values()) {
            assertThat(send("GET", "/api/complaints/" + info.id() + "/timeline", "admin", PASSWORD, null, null,
                    Map.of()).statusCode()).isEqualTo(200);
        }
    }

    /** Sends one probe and checks its answer; null when the request did not get one. */
    HttpResponse<byte[]> execute(Probe probe) {
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
        byStatus.merge(status, 1, Integer::sum);
        Snapshot after = snapshot();
        String type = response.headers().firstValue("Content-Type").orElse("");

        if (status >= 500) {
            fail(probe, "5xx", response);
        } else if (status >= 400) {
            checkProblem(probe, response, type);
        } else if (status >= 200 && status < 300) {
            if (probe.validity() == Validity.INVALID_400 || probe.validity() == Validity.INVALID_4XX) {
                fail(probe, "2xx for an invalid request", response);
            } else if (!type.startsWith("application/json") && !(status == 204 && response.body().length == 0)
                    && !(type.startsWith("text/csv") && probe.path().startsWith("/api/exports/"))) {
                fail(probe, "2xx not application/json but '" + type + "'", response);
            }
        } else {
            fail(probe, "unexpected status class", response);
        }
        boolean rateLimited = status == 429 && probe.endpoint().equals("filing") && probe.user() != null
                && probe.user().startsWith("buyer");
        if (probe.expected() != null && !probe.expected().contains(status) && !rateLimited) {
            fail(probe, "status " + status + " not in " + probe.expected(), response);
        } else if (rateLimited) {
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
        boolean acceptedNow = status >= 200 && status < 300;
        if (!acceptedNow || probe.write() == Write.NONE || (probe.write() == Write.FILE && status == 200)) {
            if (!before.equals(after)) {
                fail(probe, "status " + status + " but the database changed: " + before + " -> " + after, response);
            }
            return;
        }
        accepted++;
        if (ACCOUNTS.contains(probe.write())) {
            checkAccounts(probe, before, after, response);
            return;
        }
        if (ADMINISTRATION.contains(probe.write())) {
            checkAdministration(probe, before, after, response);
            return;
        }
        if (probe.write() == Write.INQUIRY) {
            if (!after.isInquiryStepAfter(before)) {
                fail(probe, "accepted, but wrote " + before + " -> " + after, response);
            }
            return;
        }
        if (probe.write() == Write.SETTING || probe.write() == Write.EXPORT) {
            // the setting's own rows are the test's to check; here, at most one audit entry (an export's: one)
            long entries = after.audit() - before.audit();
            if (entries > 1 || probe.write() == Write.EXPORT && entries != 1
                    || !after.equals(before.plus(0, 0, entries, before.shopsFingerprint()))) {
                fail(probe, "accepted, but wrote " + before + " -> " + after, response);
            }
            return;
        }
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
            JsonNode filed = readTree(response.body());
            String id = filed.path("id").asText();
            cases.put(id, new CaseInfo(id, probe.user(), filed.path("shopId").asText(), filed.path("parkId").asText()));
        }
    }

    /**
     * An accepted administrative action wrote its park or shops and one audit entry (an import one a
     * park of its file), and nothing else; a park leaves the shops as they were, and so do a webhook and a
     * streamer profile.
     */
    private void checkAdministration(Probe probe, Snapshot before, Snapshot after, HttpResponse<byte[]> response) {
        long parks = probe.write() == Write.PARK ? 1 : 0;
        long shops = switch (probe.write()) {
            case SHOP -> 1;
            case IMPORT -> readTree(response.body()).path("created").asLong(-1);
            default -> 0;
        };
        long entries = probe.write() == Write.IMPORT ? ShopFiles.parks(probe.body()) : 1;
        Snapshot expected = before.plus(parks, shops, entries,
                probe.write() == Write.PARK ? before.shopsFingerprint() : after.shopsFingerprint());
        if (!after.equals(expected)) {
            fail(probe, "accepted, but wrote " + before + " -> " + after, response);
            return;
        }
        tally[6] += parks;
        tally[7] += shops;
    }

    /**
     * An accepted account action wrote accounts (a created one: one more, and one audit entry), their
     * shops and audit entries, and nothing else.
     */
    private void checkAccounts(Probe probe, Snapshot before, Snapshot after, HttpResponse<byte[]> response) {
        long added = after.users() - before.users();
        long entries = after.audit() - before.audit();
        boolean created = probe.write() == Write.USER;
        if (!after.equals(before.withAccountsOf(after)) || added != (created ? 1 : 0) || entries < (created ? 1 : 0)
                || entries > 2) {
            fail(probe, "accepted, but wrote " + before + " -> " + after, response);
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
        // each case's changeable state and each shop, joined here rather than by the database: H2 and
        // PostgreSQL name their string aggregates differently
        String cases = String.join(",", jdbc.sql("""
                select id || ':' || stage || ':' || coalesce(outcome, '') || ':' || coalesce(mediator, '') || ':'
                       || coalesce(shop_decision, '') || ':' || coalesce(ruling_decision, '') || ':'
                       || coalesce(information_party, '') || ':' || coalesce(cast(agreed_amount as varchar), '')
                       || ':' || coalesce(appeal_party, '') || ':' || coalesce(appeal_decision, '')
                       || ':' || cast(updated_at as varchar)
                from complaints order by id
                """).query(String.class).list());
        String inquiries = Snapshot.inquiries(jdbc);
        String shops = String.join(",", jdbc.sql("""
                select id || ':' || park_id || ':' || name || ':' || coalesce(name_zh, '') || ':'
                       || coalesce(platform, '') || ':' || coalesce(platform_shop_id, '')
                from shops order by id
                """).query(String.class).list());
        String users = String.join(",", jdbc.sql("""
                select username || ':' || role || ':' || display_name || ':' || coalesce(email, '') || ':'
                       || coalesce(park_id, '') || ':' || coalesce(locale, '') || ':' || cast(enabled as varchar) || ':'
                       || cast(must_change_password as varchar) || ':' || password_hash || ':'
                       || coalesce(cast(access_changed_at as varchar), '') || ':'
                       || cast((select count(*) from shop_memberships m where m.username = users.username) as varchar)
                from users order by username
                """).query(String.class).list());
        return jdbc.sql("""
                select (select count(*) from complaints), (select count(*) from messages),
                       (select count(*) from evidence), (select count(*) from ratings),
                       (select count(*) from timeline), (select count(*) from committee_rulings),
                       (select count(*) from violations), (select count(*) from ACT_RU_TASK),
                       (select count(*) from ACT_HI_ACTINST),
                       (select count(*) from parks), (select count(*) from shops), (select count(*) from admin_audit),
                       (select count(*) from users)
                """).query((rs, n) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), cases + "|" + inquiries,
                rs.getLong(10), rs.getLong(11), rs.getLong(12), shops, rs.getLong(13), users))
                .single();
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

    byte[] bytes(Object body) {
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

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "·");
        return clean.length() <= 240 ? clean : clean.substring(0, 200) + "…(" + clean.length() + " chars)";
    }
}
