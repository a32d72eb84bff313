package org.disputedesk.api.fuzz;

import static io.restassured.RestAssured.given;
import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.disputedesk.api.fuzz.Bodies.Body;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * The deadlines' and the calendar's bodies fuzzed: a park's deadlines set with generated bodies by
 * every role for their own park, the other and one that does not exist, and years of the calendar
 * by administrators and others. After every answer the stored settings are those of the last body
 * accepted, as its answer said them: a refused request changes nothing.
 */
class DeadlinesFuzzApiTests extends ApiFuzzing {

    private static final List<String> STAGES = List.of("shopResponse", "buyerReview", "mediation",
            "informationRequest", "committeeReview", "fulfilment", "buyerConfirmation");
    private static final List<String> UNITS = List.of("HOURS", "CALENDAR_DAYS", "WORKING_DAYS");
    private static final List<String> PARKS = List.of("humen", "dalang");
    /** Years no other test counts in, and two the API does not take. */
    private static final List<Integer> YEARS = List.of(2040, 2041, 2040, 2041, 2040, 2041, 1999, 2101);

    @AfterEach
    void theParksTakeTheInstallationsDeadlinesAgain() {
        for (String park : PARKS) {
            given().port(port).auth().preemptive().basic("admin", PASSWORD).contentType("application/json")
                    .body("{}").put("/api/admin/parks/" + park + "/deadlines").then().statusCode(200);
        }
    }

    @Test
    void parkDeadlines() {
        Map<String, String> stored = new HashMap<>();
        PARKS.forEach(park -> stored.put(park, deadlinesOf(park)));
        fuzz.run("park deadlines", 250, () -> {
            String park = random.pick(List.of("humen", "dalang", "humen", "dalang", "nowhere"));
            String path = "/api/admin/parks/" + park + "/deadlines";
            String user = random.pick(List.of("admin", "parkadmin1", "parkadmin2", "parkadmin1", "parkadmin2",
                    random.pick(AdminFuzzApiTests.OTHERS)));
            Supplier<Body> body = () -> bodies.object(deadline(STAGES.get(0)), deadline(STAGES.get(1)),
                    deadline(STAGES.get(2)), deadline(STAGES.get(3)), deadline(STAGES.get(4)),
                    deadline(STAGES.get(5)), deadline(STAGES.get(6)), timeZone());
            boolean administers = AdminFuzzApiTests.ADMINISTERS.getOrDefault(user, List.of()).contains(park);
            Set<Integer> refusal = !AdminFuzzApiTests.ADMINISTERS.containsKey(user) ? Set.of(403)
                    : administers ? null : Set.of(404);
            return probe("park deadlines", path, user, body, refusal);
        }, (probe, response) -> {
            for (String park : PARKS) {
                String now = deadlinesOf(park);
                boolean set = response.statusCode() == 200 && probe.path().contains("/" + park + "/");
                if (set) {
                    stored.put(park, now);
                    String answered = deadlinesIn(read(response));
                    if (!answered.equals(now)) {
                        return "answered " + answered + " but stored " + now;
                    }
                } else if (!now.equals(stored.get(park))) {
                    return park + "'s deadlines changed from " + stored.get(park) + " to " + now;
                }
            }
            return null;
        });
    }

    @Test
    void calendarYears() {
        Map<Integer, String> stored = new HashMap<>();
        YEARS.forEach(year -> stored.put(year, daysOf(year)));
        fuzz.run("calendar", 200, () -> {
            int year = random.pick(YEARS);
            String user = random.nextDouble() < 0.75 ? "admin"
                    : random.pick(List.of("parkadmin1", "mediator1", "buyer1", "committee1", "shop2"));
            Set<Integer> refusal = user.equals("admin") ? null : Set.of(403);
            return probe("calendar", "/api/admin/calendar/" + year, user, () -> {
                Body days = bodies.object(days(year));
                if (year < 2000 || year > 2100) {
                    days.worsen(Validity.INVALID_400, "year " + year);
                }
                return days;
            }, refusal);
        }, (probe, response) -> {
            for (int year : YEARS) {
                String now = daysOf(year);
                if (response.statusCode() == 200 && probe.path().endsWith("/" + year)) {
                    stored.put(year, now);
                    JsonNode answer = read(response);
                    String answered = dates(answer.path("holidays")) + "|" + dates(answer.path("workdays"));
                    if (!answered.equals(now)) {
                        return "answered " + answered + " but stored " + now;
                    }
                } else if (!now.equals(stored.get(year))) {
                    return year + " changed from " + stored.get(year) + " to " + now;
                }
            }
            return null;
        });
    }

    // ---- generators

    /**
     * A stage's deadline: left out, null or valid mostly (eight fields make a body, and one broken
     * field refuses it), else out of range, of an unknown unit, incomplete or of another type.
     */
    private Bodies.FieldGen deadline(String name) {
        return body -> {
            double roll = random.nextDouble();
            String unit = random.pick(UNITS);
            int most = unit.equals("HOURS") ? 8760 : 366;
            if (roll < 0.45) {
                body.worsen(Validity.VALID, name + " unset");
            } else if (roll < 0.88) {
                int amount = random.nextDouble() < 0.2 ? random.pick(List.of(1, most)) : 1 + random.nextInt(most);
                bodies.put(body, name, Map.of("amount", amount, "unit", unit), Validity.VALID, name + " valid");
            } else if (roll < 0.9) {
                bodies.put(body, name, null, Validity.VALID, name + " null");
            } else if (roll < 0.91) {
                bodies.put(body, name, Map.of("amount", "12", "unit", unit), Validity.LENIENT, name + " amount string");
            } else {
                broken(body, name, unit);
            }
        };
    }

    private void broken(Body body, String name, String unit) {
        switch (random.nextInt(6)) {
            case 0 -> bodies.put(body, name, Map.of("amount", 367 + random.nextInt(8394), "unit",
                    random.pick(UNITS.subList(1, 3))), Validity.INVALID_400, name + " over a year");
            case 1 -> bodies.put(body, name, Map.of("amount", new RawValue(random.pick(List.of("0", "-1", "8761",
                    "2147483648", "1e9"))), "unit", unit), Validity.INVALID_400, name + " amount out of range");
            case 2 -> bodies.put(body, name, Map.of("amount", 2, "unit", random.pick(List.of("DAYS", "hours", "",
                    "WORKING_DAY", "${7*7}"))), Validity.INVALID_400, name + " unknown unit");
            case 3 -> bodies.put(body, name, random.nextBoolean() ? Map.of("amount", 2) : Map.of("unit", unit),
                    Validity.INVALID_400, name + " incomplete");
            case 4 -> bodies.put(body, name, Map.of("amount", new RawValue(random.pick(List.of("2.5", "true",
                    "[2]"))), "unit", unit), Validity.INVALID_400, name + " amount of another type");
            default -> bodies.put(body, name, random.pick(List.of("P2D", 48, List.of(2, "HOURS"), true)),
                    Validity.INVALID_400, name + " not an object");
        }
    }

    private Bodies.FieldGen timeZone() {
        return body -> {
            double roll = random.nextDouble();
            if (roll < 0.5) {
                body.worsen(Validity.VALID, "timeZone unset");
            } else if (roll < 0.85) {
                bodies.put(body, "timeZone", random.pick(List.of("Asia/Shanghai", "Asia/Urumqi", "UTC",
                        "Europe/Berlin")), Validity.VALID, "timeZone valid");
            } else if (roll < 0.94) {
                bodies.put(body, "timeZone", random.pick(List.of("Mars/Olympus_Mons", "+08:00", "GMT+8", "asia/shanghai",
                        "Asia/Shanghai\u0000", "x".repeat(65), "Asia/Shanghai ; drop table parks")),
                        Validity.INVALID_400, "timeZone invalid");
            } else if (roll < 0.97) {
                bodies.put(body, "timeZone", random.pick(List.of("", " ", "\u3000")), Validity.LENIENT,
                        "timeZone blank");
            } else {
                bodies.put(body, "timeZone", random.pick(List.of(8, true)), Validity.INVALID_400,
                        "timeZone not a text");
            }
        };
    }

    /** A year's holidays and make-up working days, each list good, or broken in one of many ways. */
    private Bodies.FieldGen days(int year) {
        return body -> {
            List<Object> holidays = dates(year, false);
            List<Object> workdays = dates(year, true);
            bodies.put(body, "holidays", holidays, Validity.VALID, "valid");
            bodies.put(body, "workdays", workdays, Validity.VALID, "valid");
            double roll = random.nextDouble();
            if (roll < 0.08 && !workdays.isEmpty()) {
                holidays.add(workdays.get(0));
                body.worsen(Validity.INVALID_400, "a day both");
            } else if (roll < 0.14) {
                workdays.add(weekday(year).toString());
                body.worsen(Validity.INVALID_400, "a weekday made working");
            } else if (roll < 0.2) {
                holidays.add(LocalDate.of(year + 1, 1, 1 + random.nextInt(28)).toString());
                body.worsen(Validity.INVALID_400, "a day of another year");
            } else if (roll < 0.26) {
                holidays.add(random.pick(List.of(year + "-02-30", year + "0101", "tomorrow", "", year + "-13-01")));
                body.worsen(Validity.INVALID_400, "not a date");
            } else if (roll < 0.3) {
                holidays.add(null);
                body.worsen(Validity.INVALID_400, "a null day");
            } else if (roll < 0.35) {
                String list = random.pick(List.of("holidays", "workdays"));
                if (random.nextBoolean()) {
                    body.values.remove(list);
                } else {
                    body.values.put(list, random.pick(List.of(year + "-01-01", 5, Map.of())));
                }
                body.worsen(Validity.INVALID_400, list + " missing or not a list");
            } else if (roll < 0.37) {
                List<Object> many = new ArrayList<>();
                for (int i = 0; i < 367; i++) {
                    many.add(LocalDate.of(year, 1, 1).plusDays(i % 365).toString());
                }
                body.values.put("holidays", many);
                body.worsen(Validity.INVALID_400, "367 holidays");
            }
        };
    }

    /** Up to six distinct days of {@code year}; weekend days only for make-up working days. */
    private List<Object> dates(int year, boolean weekends) {
        List<Object> days = new ArrayList<>();
        int n = random.nextInt(7);
        while (days.size() < n) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            if (weekends == isWeekend(day) && !days.contains(day.toString())) {
                days.add(day.toString());
            }
        }
        return days;
    }

    private LocalDate weekday(int year) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return isWeekend(day) ? day.plusDays(2) : day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    // ---- probes and what is stored

    /**
     * A PUT of a generated body by {@code user}, refused with {@code refusal} when valid but not the
     * caller's to make; or malformed, or without credentials.
     */
    private Probe probe(String endpoint, String path, String user, Supplier<Body> bodies, Set<Integer> refusal) {
        double roll = random.nextDouble();
        if (roll < 0.06) {
            Probe malformed = probes.malformed(endpoint, path, user, bodies.get().bytes());
            return new Probe(endpoint, malformed.label(), "PUT", path, user, PASSWORD, malformed.contentType(),
                    malformed.body(), Map.of(), malformed.validity(), malformed.expected(), Write.NONE);
        }
        if (roll < 0.1) {
            return probes.anonymous(endpoint, "PUT", path, bodies.get().bytes());
        }
        Body body = bodies.get();
        Validity validity = body.validity;
        Set<Integer> expected = null;
        if (refusal != null && validity == Validity.VALID) {
            validity = Validity.INVALID_4XX;
            expected = refusal;
        }
        return new Probe(endpoint, body.label, "PUT", path, user, PASSWORD, "application/json", body.bytes(),
                Map.of(), validity, expected, Write.SETTING);
    }

    /** A park's deadlines as stored: each set stage's amount and unit, and the time zone. */
    private String deadlinesOf(String park) {
        Map<String, String> set = new LinkedHashMap<>();
        jdbc.sql("select stage, amount, unit from park_deadlines where park_id = ? order by stage").param(park)
                .query(rs -> {
                    set.put(rs.getString(1), rs.getInt(2) + " " + rs.getString(3));
                });
        String zone = jdbc.sql("select time_zone from park_time_zones where park_id = ?").param(park)
                .query(String.class).optional().orElse("");
        return set + " " + zone;
    }

    /** The same, as an answer says it. */
    private static String deadlinesIn(JsonNode answer) {
        Map<String, String> set = new LinkedHashMap<>();
        STAGES.stream().sorted(Comparator.comparing(DeadlinesFuzzApiTests::stageOf))
                .filter(stage -> !answer.path(stage).isNull() && !answer.path(stage).isMissingNode())
                .forEach(stage -> set.put(stageOf(stage), answer.path(stage).path("amount").asInt() + " "
                        + answer.path(stage).path("unit").asText()));
        return set + " " + (answer.path("timeZone").isNull() ? "" : answer.path("timeZone").asText());
    }

    /** shopResponse is SHOP_RESPONSE. */
    private static String stageOf(String field) {
        return field.replaceAll("([A-Z])", "_$1").toUpperCase();
    }

    /** A year's listed days as stored: holidays, then make-up working days, each in order. */
    private String daysOf(int year) {
        List<String[]> rows = jdbc.sql("select calendar_date, kind from calendar_days where calendar_date between ? "
                        + "and ? order by calendar_date").params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new String[] {rs.getObject(1, LocalDate.class).toString(), rs.getString(2)}).list();
        return rows.stream().filter(r -> r[1].equals("HOLIDAY")).map(r -> r[0]).collect(Collectors.joining(","))
                + "|" + rows.stream().filter(r -> r[1].equals("WORKDAY")).map(r -> r[0])
                .collect(Collectors.joining(","));
    }

    private static String dates(JsonNode list) {
        Set<String> days = new TreeSet<>();
        list.forEach(day -> days.add(day.asText()));
        return String.join(",", days);
    }

    private JsonNode read(HttpResponse<byte[]> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
