package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The account endpoints fuzzed: users created and changed by every role with generated bodies,
 * sign-ups, and one's own account. Each answer is judged by rules written here from the contract
 * (who may manage whom, what each role's account holds, taken usernames and emails); a refused
 * request writes nothing, an accepted one only accounts and audit entries.
 */
class AccountsFuzzApiTests extends ApiFuzzing {

    private static final List<String> ROLES = List.of("BUYER", "SHOP", "MEDIATOR", "COMMITTEE", "ADMIN", "PARK_ADMIN",
            "STREAMER");
    private static final Set<String> PARK_STAFF = Set.of("SHOP", "MEDIATOR", "STREAMER");
    private static final Set<String> IN_A_PARK = Set.of("SHOP", "MEDIATOR", "STREAMER", "PARK_ADMIN");
    private static final Map<String, String> SHOP_PARK = Map.of("shop-hm-001", "humen", "shop-hm-002", "humen",
            "shop-dl-001", "dalang");
    /** The demo's streamer profile and its park: a STREAMER account must host for a profile of its park. */
    private static final Map<String, String> STREAMER_PARK = Map.of("st-hm-001", "humen");
    private static final Map<String, String> OWN_PARK = Map.of("parkadmin1", "humen", "parkadmin2", "dalang");
    private static final List<String> CALLERS = List.of("admin", "parkadmin1", "parkadmin2", "admin", "parkadmin1",
            "parkadmin2", "buyer1", "shop1", "mediator2", "committee1", "streamer1");

    @Test
    void userCreation() {
        fuzz.run("users", 250, () -> {
            double roll = random.nextDouble();
            if (roll < 0.06) {
                return probes.malformed("users", "/api/admin/users", "admin", fuzz.bytes(Map.of("username", fresh())));
            }
            if (roll < 0.09) {
                return probes.anonymous("users", "POST", "/api/admin/users", fuzz.bytes(Map.of("username", fresh())));
            }
            String caller = random.pick(CALLERS);
            // most generated role, park and shop combinations are refused: some go together on purpose
            boolean coherent = random.nextDouble() < 0.4;
            Body body = coherent ? bodies.object(username(), bodies.text("displayName", true, 200), email(true))
                    : bodies.object(username(), bodies.text("displayName", true, 200), email(true),
                            bodies.enumField("role", true, ROLES), parkId(), shopIds(), streamerId());
            if (coherent) {
                coherent(body, caller);
            }
            oneLine(body, "displayName");
            return probe("users", "POST", "/api/admin/users", caller, PASSWORD, body, creation(caller, body),
                    Write.USER);
        });
    }

    @Test
    void userChanges() {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String role : List.of("SHOP", "MEDIATOR", "STREAMER", "PARK_ADMIN")) {
            for (String park : List.of("humen", "dalang")) {
                String name = fresh();
                create(name, role, park);
                targets.put(name, role);
            }
        }
        targets.put("fz-nobody", "BUYER");
        fuzz.run("user changes", 250, () -> {
            String target = random.pick(List.copyOf(targets.keySet()));
            String path = "/api/admin/users/" + target;
            double roll = random.nextDouble();
            if (roll < 0.06) {
                Probe malformed = probes.malformed("user changes", path, "admin", fuzz.bytes(Map.of("enabled", true)));
                return new Probe(malformed.endpoint(), malformed.label(), "PATCH", path, "admin", PASSWORD,
                        malformed.contentType(), malformed.body(), Map.of(), malformed.validity(), malformed.expected(),
                        Write.NONE);
            }
            String caller = random.pick(CALLERS);
            if (roll < 0.16) {
                Set<Integer> refused = managing(caller, target);
                return new Probe("password reset", "reset", "POST", path + "/password-reset", caller, PASSWORD, null,
                        null, Map.of(), refused == null ? Validity.VALID : Validity.INVALID_4XX, refused,
                        Write.ACCOUNT);
            }
            Body body = bodies.object(enabled(), bodies.text("displayName", false, 200), email(false), shopIds(),
                    parkId());
            oneLine(body, "displayName");
            return probe("user changes", "PATCH", path, caller, PASSWORD, body, change(caller, target, body),
                    Write.ACCOUNT);
        });
    }

    @Test
    void signingUp() {
        fuzz.run("signup", 200, () -> {
            double roll = random.nextDouble();
            if (roll < 0.08) {
                return new Probe("signup", "anonymous malformed", "POST", "/api/signup", null, null, "application/json",
                        probes.malformed("signup", "/api/signup", null, fuzz.bytes(Map.of("username", fresh()))).body(),
                        Map.of(), Validity.INVALID_4XX, Set.of(400, 413), Write.NONE);
            }
            Body body = bodies.object(username(), bodies.text("displayName", true, 200), email(true), password());
            oneLine(body, "displayName");
            String name = String.valueOf(body.values.get("username"));
            Object chosen = body.values.get("password");
            if (body.validity == Validity.VALID && chosen instanceof String p
                    && p.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                body.worsen(Validity.INVALID_400, "password is the username");
            }
            Set<Integer> refusal = body.validity == Validity.VALID && taken(body) ? Set.of(409) : null;
            return probe("signup", "POST", "/api/signup", null, null, body, refusal, Write.USER);
        });
    }

    @Test
    void ownAccounts() {
        Map<String, String> passwords = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String name = fresh();
            passwords.put(name, PASSWORD + " of " + name);
            fuzz.runEach("setup", List.of(new Probe("setup", "sign-up", "POST", "/api/signup", null, null,
                    "application/json", fuzz.bytes(Map.of("username", name, "displayName", "Fuzz " + name, "email",
                    name + "@example.com", "password", passwords.get(name))), Map.of(), Validity.VALID, null,
                    Write.USER)));
        }
        fuzz.run("me", 200, () -> {
            String user = random.pick(new ArrayList<>(new TreeSet<>(passwords.keySet())));
            String password = passwords.get(user);
            if (random.nextDouble() < 0.3) {
                // a wrong current password, a bad new one, or a good one, which the user keeps from then on
                String current = random.nextDouble() < 0.3 ? "not " + password : password;
                String chosen = random.pick(List.of("short", user, password, "x".repeat(73), "good new " + fresh()));
                boolean good = current.equals(password) && chosen.startsWith("good new") && !chosen.equals(password);
                if (good) {
                    passwords.put(user, chosen);
                }
                return new Probe("me/password", "current " + (current.equals(password) ? "right" : "wrong") + ", new "
                        + (good ? "good" : "bad"), "POST", "/api/me/password", user, password, "application/json",
                        fuzz.bytes(Map.of("currentPassword", current, "newPassword", chosen)), Map.of(),
                        good ? Validity.VALID : Validity.INVALID_400, good ? null : Set.of(400), Write.ACCOUNT);
            }
            Body body = bodies.object(bodies.text("displayName", false, 200), email(false),
                    bodies.enumField("locale", false, List.of("zh-CN", "en")));
            oneLine(body, "displayName");
            Set<Integer> refusal = body.validity == Validity.VALID && emailTaken(body, user) ? Set.of(409) : null;
            return probe("me", "PATCH", "/api/me", user, password, body, refusal, Write.ACCOUNT);
        });
    }

    // ------------------------------------------------------------------ the contract's rules

    /** What creating {@code body} by {@code caller} answers, when its fields are well-formed; null: 201. */
    private Set<Integer> creation(String caller, Body body) {
        boolean admin = caller.equals("admin");
        String own = OWN_PARK.get(caller);
        String role = String.valueOf(body.values.get("role"));
        if (!admin && own == null || own != null && !PARK_STAFF.contains(role)) {
            return Set.of(403);
        }
        String park = body.values.get("parkId") instanceof String p ? p : own;
        Set<Integer> fields = roleFields(role, park, shops(body.values.get("shopIds")),
                body.values.get("streamerId") != null);
        if (fields != null) {
            return fields;
        }
        if (park != null && (own != null && !own.equals(park) || !SHOP_PARK.containsValue(park))) {
            return Set.of(404);
        }
        if (park != null && !shops(body.values.get("shopIds")).stream().allMatch(s -> park.equals(SHOP_PARK.get(s)))) {
            return Set.of(422);
        }
        if (role.equals("STREAMER") && !park.equals(STREAMER_PARK.get(body.values.get("streamerId")))) {
            return Set.of(422);
        }
        return taken(body) ? Set.of(409) : null;
    }

    /** What changing {@code target} by {@code caller} with {@code body} answers, when well-formed; null: 200. */
    private Set<Integer> change(String caller, String target, Body body) {
        Set<Integer> refused = managing(caller, target);
        if (refused != null) {
            return refused;
        }
        String own = OWN_PARK.get(caller);
        Map<String, Object> now = jdbc.sql("select role, park_id, email from users where username = ?").param(target)
                .query((rs, n) -> Map.<String, Object>of("role", rs.getString(1), "park", rs.getString(2), "email",
                        rs.getString(3))).single();
        List<String> stored = jdbc.sql("select shop_id from shop_memberships where username = ?").param(target)
                .query(String.class).list();
        String park = body.values.get("parkId") instanceof String p ? p : (String) now.get("park");
        Set<String> shops = body.values.get("shopIds") instanceof List<?> ? shops(body.values.get("shopIds"))
                : new TreeSet<>(stored);
        // an account keeps the streamer profile it hosts for: a change cannot name another
        Set<Integer> fields = roleFields((String) now.get("role"), park, shops, "STREAMER".equals(now.get("role")));
        if (fields != null) {
            return fields;
        }
        boolean parkChanged = !park.equals(now.get("park"));
        if (parkChanged && (own != null && !own.equals(park) || !SHOP_PARK.containsValue(park))) {
            return Set.of(404);
        }
        if ((parkChanged || !shops.equals(new TreeSet<>(stored)))
                && !shops.stream().allMatch(s -> park.equals(SHOP_PARK.get(s)))) {
            return Set.of(422);
        }
        return emailTaken(body, target) ? Set.of(409) : null;
    }

    /** 403 for a caller who manages no one or not this role, 404 for a user not theirs to see; null: theirs. */
    private Set<Integer> managing(String caller, String target) {
        String own = OWN_PARK.get(caller);
        if (!caller.equals("admin") && own == null) {
            return Set.of(403);
        }
        List<String[]> found = jdbc.sql("select role, coalesce(park_id, '') from users where username = ?")
                .param(target).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (found.isEmpty() || own != null && !own.equals(found.get(0)[1])) {
            return Set.of(404);
        }
        return own != null && !PARK_STAFF.contains(found.get(0)[0]) ? Set.of(403) : null;
    }

    /** 400 when the role's account cannot hold the park, shops or streamer profile given (or lacks one); null when it can. */
    private static Set<Integer> roleFields(String role, String park, Set<String> shops, boolean streamer) {
        boolean parkRight = IN_A_PARK.contains(role) == (park != null);
        boolean shopsRight = role.equals("SHOP") ? !shops.isEmpty() : role.equals("STREAMER") || shops.isEmpty();
        return parkRight && shopsRight && streamer == role.equals("STREAMER") ? null : Set.of(400);
    }

    /**
     * Whether an account holds the body's username or email. A text the contract refuses (a NUL, say)
     * is held by none, and is not asked of the database: PostgreSQL cannot even take it as a parameter.
     */
    private boolean taken(Body body) {
        if (refused(body.values.get("username")) || refused(body.values.get("email"))) {
            return false;
        }
        return jdbc.sql("select count(*) from users where username = ? or email = ?")
                .params(String.valueOf(body.values.get("username")), lower(body.values.get("email")))
                .query(Integer.class).single() > 0;
    }

    private boolean emailTaken(Body body, String owner) {
        return body.values.get("email") instanceof String && !refused(body.values.get("email")) && jdbc.sql(
                "select count(*) from users where email = ? and username <> ?")
                .params(lower(body.values.get("email")), owner).query(Integer.class).single() > 0;
    }

    private static boolean refused(Object value) {
        return value instanceof String text && Bodies.refusesText(text);
    }

    // ------------------------------------------------------------------ generators

    /** A role, park and shops that go together, as a park administrator onboarding their people sends them. */
    private void coherent(Body body, String caller) {
        String role = random.pick(List.of("SHOP", "MEDIATOR", "STREAMER"));
        String park = OWN_PARK.getOrDefault(caller, random.pick(List.of("humen", "dalang")));
        body.values.put("role", role);
        body.values.put("parkId", park);
        body.values.put("shopIds", role.equals("MEDIATOR") ? List.of()
                : List.of(park.equals("humen") ? random.pick(List.of("shop-hm-001", "shop-hm-002")) : "shop-dl-001"));
        if (role.equals("STREAMER")) {
            body.values.put("streamerId", "st-hm-001");
        }
    }

    private Bodies.FieldGen username() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                bodies.put(b, "username", fresh(), Validity.VALID, "username new");
            } else if (roll < 0.8) {
                bodies.put(b, "username", random.pick(List.of("buyer1", "shop1", "parkadmin1", "admin")),
                        Validity.VALID, "username taken");
            } else if (roll < 0.97) {
                bodies.put(b, "username", random.pick(List.of("", "ab", "Upper", "a b", "x".repeat(65), "名字",
                        "a\u0000b", "${7*7}", "../x")), Validity.INVALID_400, "username invalid");
            } else {
                b.worsen(Validity.INVALID_400, "username missing");
            }
        };
    }

    private Bodies.FieldGen email(boolean required) {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.65) {
                String local = fresh();
                bodies.put(b, "email", random.nextBoolean() ? local + "@example.com"
                                : local.toUpperCase(Locale.ROOT) + "@Example.CN",
                        Validity.VALID, "email new");
            } else if (roll < 0.75) {
                bodies.put(b, "email", random.pick(List.of("buyer1@example.com", "SHOP2@example.com")), Validity.VALID,
                        "email taken");
            } else if (roll < 0.92) {
                bodies.put(b, "email", random.pick(List.of("", "no-at", "a@b", "x@y.", "a b@c.de", "@c.de",
                        "x".repeat(250) + "@c.de", "a@b@c.de")), Validity.INVALID_400, "email invalid");
            } else {
                b.worsen(required ? Validity.INVALID_400 : Validity.VALID, "email missing");
            }
        };
    }

    private Bodies.FieldGen parkId() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                bodies.put(b, "parkId", random.pick(List.of("humen", "dalang", "nowhere")), Validity.VALID, "parkId");
            } else if (roll < 0.78) {
                bodies.put(b, "parkId", random.pick(List.of("a b", "", "-x")), Validity.INVALID_400, "parkId invalid");
            }
        };
    }

    private Bodies.FieldGen shopIds() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.6) {
                List<String> shops = new ArrayList<>();
                for (String shop : List.of("shop-hm-001", "shop-hm-002", "shop-dl-001", "no-such-shop")) {
                    if (random.nextDouble() < 0.35) {
                        shops.add(shop);
                    }
                }
                bodies.put(b, "shopIds", shops, Validity.VALID, "shopIds " + shops);
            } else if (roll < 0.68) {
                bodies.put(b, "shopIds", random.pick(List.of(List.of("a b"), "shop-hm-001", Map.of("x", 1))),
                        Validity.INVALID_400, "shopIds invalid");
            }
        };
    }

    private Bodies.FieldGen streamerId() {
        return b -> {
            if (random.nextDouble() < 0.15) {
                bodies.put(b, "streamerId", random.pick(List.of("st-hm-001", "st-hm-009", "a b")), Validity.VALID, "streamerId");
                if ("a b".equals(b.values.get("streamerId"))) {
                    b.worsen(Validity.INVALID_400, "streamerId invalid");
                }
            }
        };
    }

    private Bodies.FieldGen password() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                bodies.put(b, "password", random.pick(List.of("pearl river delta", "  spaced out  ", "长城长城长城长城长城长",
                        "x".repeat(72))), Validity.VALID, "password good");
            } else if (roll < 0.95) {
                bodies.put(b, "password", random.pick(List.of("", "short", "123456789", "x".repeat(73),
                        "长".repeat(25))), Validity.INVALID_400, "password bad");
            } else {
                b.worsen(Validity.INVALID_400, "password missing");
            }
        };
    }

    /**
     * A name is one line and, once given, not blank: a control character (a line break) or nothing but
     * white space is refused, whatever the generator said.
     */
    private static void oneLine(Body body, String field) {
        if (body.values.get(field) instanceof String text && (text.codePoints().anyMatch(Character::isISOControl)
                || text.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "").isEmpty())) {
            body.worsen(Validity.INVALID_400, field + " control character or blank");
        }
    }

    /** Enabling or disabling, or neither. */
    private Bodies.FieldGen enabled() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.4) {
                bodies.put(b, "enabled", random.nextBoolean(), Validity.VALID, "enabled");
            } else if (roll < 0.5) {
                bodies.put(b, "enabled", random.pick(List.of("maybe", new RawValue("1"), List.of(true))),
                        Validity.INVALID_400, "enabled invalid");
            }
        };
    }

    private Probe probe(String endpoint, String method, String path, String user, String password, Body body,
                        Set<Integer> refusal, Write write) {
        Validity validity = body.validity;
        Set<Integer> expected = null;
        if (refusal != null && validity == Validity.VALID) {
            validity = Validity.INVALID_4XX;
            expected = refusal;
        }
        return new Probe(endpoint, body.label, method, path, user, password, "application/json", body.bytes(), Map.of(),
                validity, expected, write);
    }

    private void create(String name, String role, String park) {
        Map<String, Object> user = new HashMap<>(Map.of("username", name, "displayName", "Fuzz " + role, "email",
                name + "@example.com", "role", role, "parkId", park));
        if (role.equals("SHOP")) {
            user.put("shopIds", List.of(park.equals("humen") ? "shop-hm-001" : "shop-dl-001"));
        }
        if (role.equals("STREAMER")) {
            String shop = park.equals("humen") ? "shop-hm-001" : "shop-dl-001";
            user.put("streamerId", "st-" + name);
            fuzz.runEach("setup", List.of(new Probe("setup", "streamer", "POST", "/api/admin/streamers", "admin",
                    PASSWORD, "application/json", fuzz.bytes(Map.of("id", "st-" + name, "name", "Fuzz live",
                    "parkId", park, "shopIds", List.of(shop), "rooms", List.of("room-" + name))), Map.of(),
                    Validity.VALID, null, Write.STREAMER)));
        }
        fuzz.runEach("setup", List.of(new Probe("setup", "user", "POST", "/api/admin/users", "admin", PASSWORD,
                "application/json", fuzz.bytes(user), Map.of(), Validity.VALID, null, Write.USER)));
    }

    private static Set<String> shops(Object value) {
        Set<String> shops = new TreeSet<>();
        if (value instanceof List<?> list) {
            list.forEach(s -> shops.add(String.valueOf(s)));
        }
        return shops;
    }

    private static String lower(Object email) {
        return String.valueOf(email).toLowerCase(Locale.ROOT);
    }

    private String fresh() {
        return "fz-" + Long.toHexString(random.nextLong());
    }
}
