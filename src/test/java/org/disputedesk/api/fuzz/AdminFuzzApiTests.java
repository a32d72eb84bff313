package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The administration endpoints fuzzed: parks and shops created with generated bodies by every role,
 * and shop imports of generated CSV files, good, broken in some rows or as a whole, oversized, of
 * another media type or charset. An import writes all its rows or none. A backup asked for by every
 * role with whatever body and type.
 */
class AdminFuzzApiTests extends ApiFuzzing {

    static final List<String> OTHERS = List.of("buyer1", "shop1", "mediator2", "committee1");
    /** The parks each administrator administers. */
    static final Map<String, List<String>> ADMINISTERS = Map.of("admin", List.of("humen", "dalang"),
            "parkadmin1", List.of("humen"), "parkadmin2", List.of("dalang"));
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** The ids taken so far: of parks, or of shops, as the test fuzzes one or the other. */
    private final Set<String> taken = new HashSet<>();

    @Test
    void parkCreation() {
        taken.addAll(List.of("humen", "dalang"));
        fuzz.run("parks", 200, () -> {
            double roll = random.nextDouble();
            if (roll < 0.08) {
                return probes.malformed("parks", "/api/admin/parks", "admin", fuzz.bytes(Map.of("id", fresh(),
                        "name", "Malformed park")));
            }
            if (roll < 0.12) {
                return probes.wrongContentType("parks", "/api/admin/parks", "admin", fuzz.bytes(Map.of("id", fresh(),
                        "name", "Typed park")));
            }
            if (roll < 0.16) {
                return probes.anonymous("parks", "POST", "/api/admin/parks", fuzz.bytes(Map.of("id", fresh())));
            }
            Body body = body(id(), bodies.text("name", true, 200), bodies.text("nameZh", false, 200));
            String user = random.nextDouble() < 0.75 ? "admin" : random.pick(List.of("parkadmin1", "mediator1",
                    "shop1", "buyer2"));
            Set<Integer> refusal = !user.equals("admin") ? Set.of(403)
                    : taken.contains(String.valueOf(body.values.get("id"))) ? Set.of(409) : null;
            return probe("parks", "/api/admin/parks", user, body, refusal, Write.PARK);
        });
    }

    @Test
    void shopCreation() {
        taken.addAll(List.of("shop-hm-001", "shop-hm-002", "shop-dl-001"));
        fuzz.run("shops", 300, () -> {
            double roll = random.nextDouble();
            if (roll < 0.08) {
                return probes.malformed("shops", "/api/admin/shops", "parkadmin1", fuzz.bytes(Map.of("id", fresh(),
                        "parkId", "humen", "name", "Malformed shop")));
            }
            if (roll < 0.12) {
                return probes.anonymous("shops", "POST", "/api/admin/shops", fuzz.bytes(Map.of("id", fresh())));
            }
            String park = random.pick(List.of("humen", "dalang", "humen", "dalang", "nowhere"));
            Body body = body(id(), b -> bodies.put(b, "parkId", park, Validity.VALID, "parkId " + park),
                    bodies.text("name", true, 200), bodies.text("nameZh", false, 200),
                    bodies.text("platform", false, 40), bodies.text("platformShopId", false, 128));
            String user = random.pick(List.of("admin", "parkadmin1", "parkadmin2", "parkadmin1", "parkadmin2",
                    random.pick(OTHERS)));
            Set<Integer> refusal = !ADMINISTERS.containsKey(user) ? Set.of(403)
                    : !ADMINISTERS.get(user).contains(park) ? Set.of(404)
                    : taken.contains(String.valueOf(body.values.get("id"))) ? Set.of(409) : null;
            return probe("shops", "/api/admin/shops", user, body, refusal, Write.SHOP);
        });
    }

    @Test
    void shopImport() {
        ShopFiles files = new ShopFiles(random);
        fuzz.run("import", 250, () -> {
            String user = random.pick(List.of("admin", "parkadmin1", "parkadmin2", "admin", "parkadmin1",
                    "parkadmin2", random.pick(OTHERS)));
            List<String> parks = ADMINISTERS.getOrDefault(user, List.of("humen"));
            String other = parks.size() == 1 ? (parks.get(0).equals("humen") ? "dalang" : "humen") : null;
            double roll = random.nextDouble();
            if (roll < 0.05) {
                return probes.anonymous("import", "POST", "/api/admin/shops/import",
                        files.unreadable().bytes(), "text/csv");
            }
            if (roll < 0.1) {
                String type = random.pick(List.of("application/json", "text/plain", "text/csv; charset=ISO-8859-1",
                        "application/vnd.ms-excel"));
                return csv("type " + type, user, type, files.of(parks, known(parks), other).bytes(),
                        Validity.INVALID_4XX, Set.of(415));
            }
            if (roll < 0.11) {
                byte[] huge = (ShopFiles.HEADER + "\n" + "x,humen,Padding,,\n".repeat(250_000))
                        .getBytes(StandardCharsets.UTF_8);
                return csv("4.5 MB", user, "text/csv", huge, Validity.INVALID_4XX, Set.of(413));
            }
            ShopFiles.File file = roll < 0.2 ? files.unreadable() : files.of(parks, known(parks), other);
            boolean administrator = ADMINISTERS.containsKey(user);
            return csv(file.label(), user, random.pick(List.of("text/csv", "text/csv; charset=UTF-8",
                    "text/csv;charset=utf-8")), file.bytes(), administrator ? file.validity() : Validity.INVALID_4XX,
                    !administrator ? Set.of(403) : file.validity() == Validity.VALID ? null : Set.of(422));
        });
    }

    /**
     * A body of the fields; a name with a control character where it is stored (inside it, since
     * surrounding white space goes) is refused (400), whatever the generator said.
     */
    private Body body(Bodies.FieldGen... fields) {
        Body body = new Body(json);
        for (Bodies.FieldGen field : fields) {
            field.into(body);
        }
        body.values.forEach((name, value) -> {
            if (value instanceof String text && CONTROL.matcher(Bodies.stored(text)).find()) {
                body.worsen(Validity.INVALID_400, name + " control character");
            }
        });
        return body;
    }

    /** An id: new, taken, or of a shape the contract refuses. */
    private Bodies.FieldGen id() {
        return b -> {
            double roll = random.nextDouble();
            if (roll < 0.7) {
                bodies.put(b, "id", fresh(), Validity.VALID, "id new");
            } else if (roll < 0.8) {
                bodies.put(b, "id", random.pick(List.copyOf(taken)), Validity.VALID, "id taken");
            } else if (roll < 0.95) {
                bodies.put(b, "id", random.pick(List.of("", " ", "../x", "a b", "x".repeat(65), "-lead", "中文",
                        "id\u0000", "${7*7}")), Validity.INVALID_400, "id invalid");
            } else if (roll < 0.97) {
                bodies.put(b, "id", new RawValue(Long.toString(random.nextLong() & Long.MAX_VALUE)), Validity.LENIENT,
                        "id number");
            } else {
                b.worsen(Validity.INVALID_400, "id missing");
            }
        };
    }

    /**
     * A JSON probe of {@code body} by {@code user}, refused with {@code refusal} when valid but not
     * the caller's to make; an accepted one takes its id.
     */
    @Test
    void backupOnDemand() {
        fuzz.run("backup", 80, () -> {
            if (random.nextDouble() < 0.1) {
                return probes.anonymous("backup", "POST", "/api/admin/backup", null);
            }
            String user = random.pick(List.of("admin", "admin", "parkadmin1", "parkadmin2", random.pick(OTHERS)));
            String type = random.pick(Arrays.asList("application/json", "text/plain", null));
            byte[] body = random.nextBoolean() ? null : random.pick(List.of("{}", "garbage{", "\"x\"", ""))
                    .getBytes(StandardCharsets.UTF_8);
            boolean nothingSent = body == null || body.length == 0;
            String label = user + " type=" + type + " body=" + (nothingSent ? "none" : "junk");
            // the fuzzer's database is in memory: an administrator is told there is no H2 file to back up
            Set<Integer> expected = !"application/json".equals(type) && !(type == null && nothingSent) ? Set.of(415)
                    : user.equals("admin") ? Set.of(422) : Set.of(403);
            return new Probe("backup", label, "POST", "/api/admin/backup", user, PASSWORD, type, body, Map.of(),
                    expected.contains(422) ? Validity.VALID : Validity.INVALID_4XX, expected, Write.NONE);
        });
    }

    private Probe probe(String endpoint, String path, String user, Body body, Set<Integer> refusal, Write write) {
        Validity validity = body.validity;
        Set<Integer> expected = null;
        if (refusal != null && validity == Validity.VALID) {
            validity = Validity.INVALID_4XX;
            expected = refusal;
        }
        if (refusal == null && (validity == Validity.VALID || validity == Validity.LENIENT)) {
            taken.add(String.valueOf(body.values.get("id")));
        }
        return new Probe(endpoint, body.label, "POST", path, user, PASSWORD, "application/json", body.bytes(),
                Map.of(), validity, expected, write);
    }

    private Probe csv(String label, String user, String type, byte[] body, Validity validity, Set<Integer> expected) {
        return new Probe("import", label, "POST", "/api/admin/shops/import", user, PASSWORD, type, body, Map.of(),
                validity, expected, Write.IMPORT);
    }

    /** Shops an earlier import of this test created in {@code parks}, as (id, park). */
    private List<String[]> known(List<String> parks) {
        return jdbc.sql("select id, park_id from shops where id like 'fz-%' and park_id in (:parks) order by id")
                .param("parks", parks).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    private String fresh() {
        return "fz-" + Long.toHexString(random.nextLong());
    }
}
