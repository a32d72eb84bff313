package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;

/**
 * The shapes a request to a step takes: malformed JSON, a wrong content type, no or bad
 * credentials, the wrong role, or a generated body sent by a party to the case.
 */
final class Probes {

    private final FuzzRandom random;

    Probes(FuzzRandom random) {
        this.random = random;
    }

    /** A step that takes a JSON body, by one of {@code roles} on {@code target}. */
    Probe jsonStep(String endpoint, CaseInfo target, List<String> roles, Write write, Supplier<Body> bodies) {
        String path = "/api/complaints/" + target.id() + "/" + endpoint;
        double roll = random.nextDouble();
        String rightUser = rightUser(target, roles);
        if (roll < 0.12) {
            return malformed(endpoint, path, rightUser, bodies.get().bytes());
        }
        if (roll < 0.17) {
            return wrongContentType(endpoint, path, rightUser, bodies.get().bytes());
        }
        if (roll < 0.22) {
            return anonymous(endpoint, "POST", path, bodies.get().bytes());
        }
        if (roll < 0.24) {
            return new Probe(endpoint, "bad credentials", "POST", path, "intruder", "wrong", "application/json",
                    bodies.get().bytes(), Map.of(), Validity.INVALID_4XX, Set.of(401), Write.NONE);
        }
        Body body = bodies.get();
        String user = rightUser;
        Validity validity = body.validity;
        Set<Integer> expected = null;
        String label = body.label;
        if (roll < 0.36) {
            user = wrongRoleUser(roles);
            label = "wrong role; " + label;
            if (validity == Validity.VALID) {
                validity = Validity.INVALID_4XX;
                expected = Set.of(403, 404);
            }
        }
        return new Probe(endpoint, label, "POST", path, user, PASSWORD, "application/json", body.bytes(), Map.of(),
                validity, expected, write);
    }

    /**
     * A step that takes no body (a claim, a withdrawal): whatever JSON comes with it does not matter,
     * and neither does a missing type when nothing comes. Any other type is refused (415) first: it
     * is what another site's form would send.
     */
    Probe bodilessStep(String endpoint, CaseInfo target) {
        String path = "/api/complaints/" + target.id() + "/" + endpoint;
        List<String> roles = endpoint.equals("withdrawal") ? List.of("BUYER") : List.of("MEDIATOR");
        double roll = random.nextDouble();
        if (roll < 0.1) {
            return anonymous(endpoint, "POST", path, null);
        }
        String user = roll < 0.35 ? wrongRoleUser(roles) : rightUser(target, roles);
        boolean wrong = roll < 0.35;
        String type = random.pick(Arrays.asList("application/json", "text/plain", null, "application/xml"));
        byte[] body = random.nextBoolean() ? null : random.pick(List.of("{}", "garbage{", "null", "[1,2]", ""))
                .getBytes(StandardCharsets.UTF_8);
        String label = (wrong ? "wrong role" : "party") + " type=" + type + " body=" + (body == null ? "none" : "junk");
        boolean nothingSent = body == null || body.length == 0;
        if (!"application/json".equals(type) && !(type == null && nothingSent)) {
            return new Probe(endpoint, label, "POST", path, user, PASSWORD, type, body, Map.of(), Validity.INVALID_4XX,
                    Set.of(415), Write.NONE);
        }
        return new Probe(endpoint, label, "POST", path, user, PASSWORD, type, body, Map.of(),
                wrong ? Validity.INVALID_4XX : Validity.VALID, wrong ? Set.of(403, 404) : null, Write.STEP);
    }

    /** {@code valid} broken in one of many ways: cut, padded, not an object, not JSON, or too large. */
    Probe malformed(String endpoint, String path, String user, byte[] valid) {
        String s = new String(valid, StandardCharsets.UTF_8);
        int cut = 1 + random.nextInt(Math.max(1, s.length() - 1));
        String[] labels = {"truncated", "trailing garbage", "trailing brace", "wrong brackets", "empty body", "null",
                "array", "array of body", "string", "number", "true", "single quotes", "unquoted keys",
                "comment", "NaN", "deep nesting", "huge number", "invalid utf-8", "5 MB body", "1 MB string",
                "duplicate braces", "missing value"};
        int which = random.nextInt(labels.length);
        byte[] body = switch (which) {
            case 0 -> s.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            case 1 -> (s + " xyz").getBytes(StandardCharsets.UTF_8);
            case 2 -> (s + "}").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("[" + s.substring(1, s.length() - 1) + "]").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> "null".getBytes(StandardCharsets.UTF_8);
            case 6 -> "[]".getBytes(StandardCharsets.UTF_8);
            case 7 -> ("[" + s + "]").getBytes(StandardCharsets.UTF_8);
            case 8 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
            case 9 -> "42".getBytes(StandardCharsets.UTF_8);
            case 10 -> "true".getBytes(StandardCharsets.UTF_8);
            case 11 -> s.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 12 -> s.replaceAll("\"(\\w+)\":", "$1:").getBytes(StandardCharsets.UTF_8);
            case 13 -> ("/* c */ " + s).getBytes(StandardCharsets.UTF_8);
            case 14 -> "{\"text\": NaN, \"score\": NaN, \"amount\": NaN}".getBytes(StandardCharsets.UTF_8);
            case 15 -> ("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            case 16 -> ("{\"score\": 1" + "0".repeat(5000) + ", \"amount\": 1" + "0".repeat(5000) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            case 17 -> Multipart.concat("{\"text\": \"a".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, "\"}".getBytes(StandardCharsets.UTF_8));
            case 18 -> ("{\"pad\": [" + "1,".repeat((1 + random.nextInt(5)) * 1024 * 1024 / 2) + "1]}")
                    .getBytes(StandardCharsets.UTF_8);
            case 19 -> ("{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 20 -> ("{" + s).getBytes(StandardCharsets.UTF_8);
            default -> "{\"text\": }".getBytes(StandardCharsets.UTF_8);
        };
        Validity validity = Validity.INVALID_400;
        Set<Integer> expected = Set.of(400);
        if (which == 18 || which == 19) {
            // Valid JSON, but an unknown field of megabytes or a text over every limit: 400, or 413 for its size.
            expected = Set.of(400, 413);
            validity = Validity.INVALID_4XX;
        }
        return new Probe(endpoint, "malformed: " + labels[which], "POST", path, user, PASSWORD, "application/json",
                body, Map.of(), validity, expected, Write.NONE);
    }

    Probe wrongContentType(String endpoint, String path, String user, byte[] valid) {
        String type = random.pick(Arrays.asList("text/plain", "application/x-www-form-urlencoded", null,
                "application/xml", "multipart/form-data; boundary=x", "not a mime type", "image/png"));
        return new Probe(endpoint, "content type " + type, "POST", path, user, PASSWORD, type, valid, Map.of(),
                Validity.INVALID_4XX, Set.of(415), Write.NONE);
    }

    Probe anonymous(String endpoint, String method, String path, byte[] body) {
        return anonymous(endpoint, method, path, body, "application/json");
    }

    Probe anonymous(String endpoint, String method, String path, byte[] body, String type) {
        return new Probe(endpoint, "anonymous", method, path, null, null, type, body, Map.of(),
                Validity.INVALID_4XX, Set.of(401), Write.NONE);
    }

    /** A caller whose role may take the step on the case (the case's own buyer, its shop, its park's mediator). */
    String rightUser(CaseInfo target, List<String> roles) {
        String role = random.pick(roles);
        boolean stranger = random.nextDouble() < 0.1;
        return switch (role) {
            case "BUYER" -> stranger ? (target.buyer().equals("buyer1") ? "buyer2" : "buyer1") : target.buyer();
            case "SHOP" -> stranger ? "shop3" : Fuzzer.shopUser(target.shopId());
            case "MEDIATOR" -> stranger || target.park().equals("dalang") ? "mediator2" : "mediator1";
            default -> "committee1";
        };
    }

    private String wrongRoleUser(List<String> roles) {
        List<String> others = new ArrayList<>();
        if (!roles.contains("BUYER")) {
            others.addAll(List.of("buyer1", "buyer2"));
        }
        if (!roles.contains("SHOP")) {
            others.addAll(List.of("shop1", "shop3"));
        }
        if (!roles.contains("MEDIATOR")) {
            others.addAll(List.of("mediator1", "mediator2"));
        }
        if (!roles.contains("COMMITTEE")) {
            others.add("committee1");
        }
        others.add("admin");
        return random.pick(others);
    }
}
