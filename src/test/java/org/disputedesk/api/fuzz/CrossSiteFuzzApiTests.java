package org.disputedesk.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Another site's forms and scripts against every state-changing endpoint of the API, found in the
 * application's own request mappings (so a new endpoint is tried without being listed here): each
 * origin a browser may name (another site, {@code null}, only a {@code Sec-Fetch-Site}) × each body
 * a page can send without asking first (URL-encoded, plain text, multipart, none) × each credential
 * a browser holds (cached Basic of the party who may take the step, the session without and with
 * its CSRF token). With no browser header at all, the form bodies are still refused. Every probe is
 * answered 403 or 415 as problem+json, and the database is exactly as it was.
 */
class CrossSiteFuzzApiTests extends ApiFuzzing {

    private static final Set<RequestMethod> STATE_CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
    /** The origins a browser may report for another site's page; the empty one: no browser header at all. */
    private static final List<Map<String, String>> ORIGINS = List.of(
            Map.of("Origin", "https://complaints-helper.example", "Sec-Fetch-Site", "cross-site"),
            Map.of("Origin", "null"),
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site"),
            Map.of());
    private static final List<String> BODIES = List.of("urlencoded", "text", "multipart", "none");
    private static final List<String> CREDENTIALS = List.of("basic", "session", "session and token");

    /** Where each step is open, so that a forgery that got through would change the case. */
    private static final Map<String, Fixture> OPEN_AT = Map.ofEntries(
            Map.entry("buyer-review", Fixture.BUYER_REVIEW), Map.entry("mediation/claim", Fixture.MEDIATION_UNCLAIMED),
            Map.entry("mediation/decision", Fixture.MEDIATION_CLAIMED),
            Map.entry("information", Fixture.INFORMATION_FROM_BUYER),
            Map.entry("committee-ruling", Fixture.COMMITTEE_REVIEW), Map.entry("fulfilment", Fixture.FULFILMENT),
            Map.entry("receipt", Fixture.BUYER_CONFIRMATION), Map.entry("rating", Fixture.RESOLVED));
    /** Who may take each step; the buyer everything else. */
    private static final Map<String, String> PARTY = Map.of("shop-response", "shop1", "fulfilment", "shop1",
            "mediation/claim", "mediator1", "mediation/decision", "mediator1", "committee-ruling", "committee1");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Per user: the session cookie and its CSRF token. */
    private final Map<String, String[]> sessions = new LinkedHashMap<>();

    @Test
    void noPageOfAnotherSiteChangesAnythingThroughAnyStateChangingEndpoint() {
        List<String[]> endpoints = stateChangingEndpoints();
        assertThat(endpoints).extracting(e -> e[1]).contains("/api/complaints", "/api/complaints/{id}/withdrawal",
                "/api/complaints/{id}/evidence", "/api/complaints/{id}/messages", "/api/complaints/{id}/rating");

        for (String[] endpoint : endpoints) {
            String step = endpoint[1].replaceFirst("^/api/complaints(/\\{id}/)?", "");
            String path = endpoint[1].replace("{id}", fuzz.caseAt(OPEN_AT.getOrDefault(step, Fixture.SHOP_RESPONSE),
                    "buyer1", "shop-hm-001")).replace("{username}", "shop1").replace("{messageId}", "msg_forged")
                    .replace("{parkId}", "humen").replace("{year}", "2026").replace("{family}", "GB")
                    .replace("{code}", "GB%205296.4-2012");
            List<Probe> probes = probes(endpoint[0], path, step.isEmpty() ? "filing" : step);
            Iterator<Probe> next = probes.iterator();
            fuzz.run("cross-site " + endpoint[0] + " " + endpoint[1], probes.size(), next::next);
        }
    }

    /** Every combination for one endpoint, each with the refusal it must meet. */
    private List<Probe> probes(String method, String path, String step) {
        String party = PARTY.getOrDefault(step, "buyer1");
        boolean upload = step.equals("evidence");
        List<Probe> probes = new ArrayList<>();
        for (Map<String, String> origin : ORIGINS) {
            for (String body : BODIES) {
                for (String credential : CREDENTIALS) {
                    Set<Integer> refusal = refusal(origin, body, credential, upload);
                    if (refusal != null) {
                        probes.add(probe(method, path, step, party, origin, body, credential, refusal));
                    }
                }
            }
        }
        return probes;
    }

    /**
     * 403 for another site's page, before anything else; without a browser header, 415 for a form
     * body and 403 for a session without its token. Null for what is then the API in use: an upload
     * or an empty step by its party.
     */
    private static Set<Integer> refusal(Map<String, String> origin, String body, String credential, boolean upload) {
        if (!origin.isEmpty()) {
            return Set.of(403);
        }
        boolean typeTaken = body.equals("none") || (body.equals("multipart") && upload);
        if (!typeTaken) {
            return Set.of(415);
        }
        return credential.equals("session") ? Set.of(403) : null;
    }

    private Probe probe(String method, String path, String step, String party, Map<String, String> origin,
                        String body, String credential, Set<Integer> refusal) {
        Map<String, String> headers = new LinkedHashMap<>(origin);
        String user = null;
        if (credential.equals("basic")) {
            user = party;
        } else {
            String[] session = sessions.computeIfAbsent(party, this::signIn);
            headers.put("Cookie", Api.SESSION + "=" + session[0]);
            if (credential.equals("session and token")) {
                headers.put("X-CSRF-TOKEN", session[1]);
            }
        }
        String label = (origin.isEmpty() ? "no browser header" : origin.toString()) + " " + body + " " + credential;
        Multipart multipart = new Multipart(random).field("text", "forged").field("decision", "ACCEPT")
                .file("file", "label.png", "image/png", SampleInputs.tinyPng());
        String type = switch (body) {
            case "urlencoded" -> "application/x-www-form-urlencoded";
            case "text" -> "text/plain";
            case "multipart" -> multipart.contentType();
            default -> null;
        };
        byte[] bytes = switch (body) {
            case "urlencoded" -> "text=forged&decision=ACCEPT&received=true&score=1".getBytes(StandardCharsets.UTF_8);
            // the plain-text form trick: a body that reads as the step's JSON
            case "text" -> fuzz.bytes(Map.of("text", "forged", "decision", "ACCEPT", "received", true, "score", 1,
                    "proof", "forged", "reasoning", "forged", "finding", "CONFORMING"));
            case "multipart" -> multipart.bytes();
            default -> null;
        };
        return new Probe(step, label, method, path, user, Fuzzer.PASSWORD, type, bytes, headers, Validity.INVALID_4XX,
                refusal, Write.NONE);
    }

    /** The API's state-changing endpoints, as (method, path pattern), from the application's request mappings. */
    private List<String[]> stateChangingEndpoints() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                mapping.getMethodsCondition().getMethods().stream().filter(STATE_CHANGING::contains)
                        .filter(m -> pattern.startsWith("/api/")).forEach(m -> found.add(m + " " + pattern));
            }
        }
        return found.stream().map(e -> e.split(" ", 2)).toList();
    }

    private String[] signIn(String user) {
        String session = Api.signIn(port, user);
        return new String[] {session, Api.csrfToken(port, session)};
    }
}
