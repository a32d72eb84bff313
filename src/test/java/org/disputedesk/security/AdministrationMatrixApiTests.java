package org.disputedesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The administration endpoints (parks, shops, streamers, users, the audit log, deadlines, webhooks) and one's own
 * account × every demo user × their own and the other park; one's own notifications, the calendar,
 * the anchors, the erasure of personal data and the backup × every demo user. Each expectation is written out
 * here from the REST contract (API.md), never computed by production code.
 */
class AdministrationMatrixApiTests extends DemoUsersMatrix {

    @Test
    @Order(7)
    void theAdministrationEndpointsAnswerEveryDemoUserForTheirOwnParkAndTheOther() {
        for (String user : USERS) {
            boolean parkAdmin = ROLE.get(user).equals("PARK_ADMIN");
            Set<String> administered = ADMINISTERS.getOrDefault(user, Set.of());
            long[] before = {count("parks"), count("shops"), count("admin_audit"), count("streamers")};
            int parksMade = 0;
            int shopsMade = 0;
            int streamersMade = 0;

            String parkId = "authz-" + UUID.randomUUID().toString().substring(0, 8);
            int park = status(as(user).body(Map.of("id", parkId, "name", "Matrix park")).post("/api/admin/parks"));
            assertThat(park).as("%s POST admin/parks", user).isEqualTo(user.equals("admin") ? 201 : 403);
            parksMade += park == 201 ? 1 : 0;

            for (String parkOf : List.of("humen", "dalang")) {
                // another park does not exist for a park administrator; other roles administer none
                int refused = parkAdmin ? 404 : 403;
                boolean own = administered.contains(parkOf);
                String shopId = "authz-" + UUID.randomUUID().toString().substring(0, 8);
                int shop = status(as(user).body(Map.of("id", shopId, "parkId", parkOf, "name", "Matrix shop"))
                        .post("/api/admin/shops"));
                assertThat(shop).as("%s POST admin/shops in %s", user, parkOf).isEqualTo(own ? 201 : refused);
                shopsMade += shop == 201 ? 1 : 0;

                String csv = "id,parkId,name,platform,platformShopId\nauthz-" + UUID.randomUUID().toString()
                        .substring(0, 8) + "," + parkOf + ",Imported matrix shop,,\n";
                // a park administrator's row for another park is a bad row of the file
                int imported = status(plain(user).contentType("text/csv; charset=UTF-8").body(csv)
                        .post("/api/admin/shops/import"));
                assertThat(imported).as("%s POST admin/shops/import for %s", user, parkOf)
                        .isEqualTo(own ? 200 : parkAdmin ? 422 : 403);
                shopsMade += imported == 200 ? 1 : 0;

                String streamerId = "authz-" + UUID.randomUUID().toString().substring(0, 8);
                int streamer = status(as(user).body(Map.of("id", streamerId, "name", "Matrix live", "parkId", parkOf,
                        "shopIds", List.of(parkOf.equals("humen") ? "shop-hm-001" : "shop-dl-001"),
                        "rooms", List.of("room-" + streamerId))).post("/api/admin/streamers"));
                assertThat(streamer).as("%s POST admin/streamers in %s", user, parkOf).isEqualTo(own ? 201 : refused);
                streamersMade += streamer == 201 ? 1 : 0;
                assertThat(status(as(user).get("/api/admin/streamers?parkId=" + parkOf)))
                        .as("%s GET admin/streamers?parkId=%s", user, parkOf).isEqualTo(own ? 200 : refused);

                int audit = status(as(user).get("/api/admin/audit?parkId=" + parkOf));
                assertThat(audit).as("%s GET admin/audit?parkId=%s", user, parkOf)
                        .isEqualTo(own ? 200 : refused);
            }
            assertThat(status(as(user).get("/api/admin/audit"))).as("%s GET admin/audit", user)
                    .isEqualTo(administered.isEmpty() ? 403 : 200);
            assertThat(status(as(user).get("/api/admin/streamers"))).as("%s GET admin/streamers", user)
                    .isEqualTo(administered.isEmpty() ? 403 : 200);
            for (String read : List.of("/api/parks", "/api/parks/dalang", "/api/shops?q=shop",
                    "/api/shops/shop-dl-001")) {
                assertThat(status(as(user).get(read))).as("%s GET %s", user, read).isEqualTo(200);
            }

            assertThat(count("parks")).as("parks after %s", user).isEqualTo(before[0] + parksMade);
            assertThat(count("shops")).as("shops after %s", user).isEqualTo(before[1] + shopsMade);
            assertThat(count("streamers")).as("streamers after %s", user).isEqualTo(before[3] + streamersMade);
            // each creation and each import of one park is one entry
            assertThat(count("admin_audit")).as("audit entries after %s", user)
                    .isEqualTo(before[2] + parksMade + shopsMade + streamersMade);
        }
    }

    /** A mediator of each park, created once, whose password the matrix resets. */
    private final Map<String, String> matrixMediators = new LinkedHashMap<>();

    @Test
    @Order(8)
    void theUserEndpointsAnswerEveryDemoUserForTheirOwnParkAndTheOther() {
        for (String park : List.of("humen", "dalang")) {
            String name = "authz-med-" + park + "-" + UUID.randomUUID().toString().substring(0, 6);
            as("admin").body(newUser(name, park)).post("/api/admin/users").then().statusCode(201);
            matrixMediators.put(park, name);
        }
        for (String user : USERS) {
            boolean parkAdmin = ROLE.get(user).equals("PARK_ADMIN");
            Set<String> administered = ADMINISTERS.getOrDefault(user, Set.of());
            long[] before = {count("users"), count("admin_audit")};
            int usersMade = 0;
            int entries = 0;
            for (String parkOf : List.of("humen", "dalang")) {
                int refused = parkAdmin ? 404 : 403;
                boolean own = administered.contains(parkOf);
                String demoMediator = parkOf.equals("humen") ? "mediator1" : "mediator2";
                String created = "authz-" + UUID.randomUUID().toString().substring(0, 8);

                int create = status(as(user).body(newUser(created, parkOf)).post("/api/admin/users"));
                assertThat(create).as("%s POST admin/users in %s", user, parkOf).isEqualTo(own ? 201 : refused);
                usersMade += create == 201 ? 1 : 0;
                entries += create == 201 ? 1 : 0;
                assertThat(status(as(user).get("/api/admin/users?parkId=" + parkOf)))
                        .as("%s GET admin/users?parkId=%s", user, parkOf).isEqualTo(own ? 200 : refused);
                assertThat(status(as(user).get("/api/admin/users/" + demoMediator)))
                        .as("%s GET admin/users/%s", user, demoMediator).isEqualTo(own ? 200 : refused);
                // the name it has: a change that changes nothing, and writes nothing
                String name = parkOf.equals("humen") ? "Humen park mediator" : "Dalang park mediator";
                assertThat(status(as(user).body(Map.of("displayName", name)).patch("/api/admin/users/" + demoMediator)))
                        .as("%s PATCH admin/users/%s", user, demoMediator).isEqualTo(own ? 200 : refused);
                int reset = status(as(user).post("/api/admin/users/" + matrixMediators.get(parkOf)
                        + "/password-reset"));
                assertThat(reset).as("%s POST admin/users/…/password-reset in %s", user, parkOf)
                        .isEqualTo(own ? 200 : refused);
                entries += reset == 200 ? 1 : 0;
            }
            assertThat(status(as(user).get("/api/admin/users"))).as("%s GET admin/users", user)
                    .isEqualTo(administered.isEmpty() ? 403 : 200);
            assertThat(status(as(user).get("/api/me"))).as("%s GET me", user).isEqualTo(200);
            assertThat(status(as(user).body(Map.of()).patch("/api/me"))).as("%s PATCH me", user).isEqualTo(200);
            // a body the endpoint refuses before it proves anything: no demo password changes
            assertThat(status(as(user).body(Map.of("currentPassword", PASSWORD)).post("/api/me/password")))
                    .as("%s POST me/password", user).isEqualTo(400);
            String buyer = "authz-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(status(as(user).body(Map.of("username", buyer, "displayName", "Matrix buyer", "email",
                    buyer + "@example.com", "password", "matrix password")).post("/api/signup")))
                    .as("%s POST signup", user).isEqualTo(201);

            assertThat(count("users")).as("users after %s", user).isEqualTo(before[0] + usersMade + 1);
            assertThat(count("admin_audit")).as("audit entries after %s", user).isEqualTo(before[1] + entries + 1);
        }
        assertThat(status(given().port(port).get("/api/me"))).as("anonymous GET me").isEqualTo(401);
    }

    @Test
    @Order(9)
    void everyUserReadsAndMarksOnlyTheirOwnNotifications() {
        // a case against shop-hm-001: its first notice is shop1's
        String id = as("buyer1").body(SampleInputs.complaint("shop-hm-001", "AUTHZ-N-" + UUID.randomUUID()))
                .post("/api/complaints").then().statusCode(201).extract().path("id");
        long shop1s = jdbc.sql("select min(id) from notifications where complaint_id = ? and username = 'shop1'")
                .param(id).query(Long.class).single();
        for (String user : USERS) {
            assertThat(status(as(user).get("/api/notifications"))).as("%s GET notifications", user).isEqualTo(200);
            assertThat(status(as(user).get("/api/notifications/mail"))).as("%s GET mail", user).isEqualTo(200);
            assertThat(status(as(user).body(Map.of("actionRequired", true, "reminders", true, "outcomes", true))
                    .put("/api/notifications/mail"))).as("%s PUT mail", user).isEqualTo(200);
            assertThat(status(as(user).post("/api/notifications/" + shop1s + "/read")))
                    .as("%s POST notifications/{shop1's}/read", user).isEqualTo(user.equals("shop1") ? 204 : 404);
        }
        assertThat(status(given().port(port).get("/api/notifications"))).as("anonymous").isEqualTo(401);
        assertThat(status(given().port(port).contentType(ContentType.JSON).post("/api/notifications/read")))
                .as("anonymous mark all").isIn(401, 403);
    }

    @Test
    @Order(10)
    void everyoneReadsTheDeadlinesAndTheCalendarAndOnlyTheirAdministratorsSetThem() {
        Map<String, Object> year = as("admin").get("/api/calendar/2026").then().statusCode(200).extract()
                .jsonPath().getMap("$");
        for (String user : USERS) {
            boolean parkAdmin = ROLE.get(user).equals("PARK_ADMIN");
            long[] before = {count("park_deadlines"), count("calendar_days"), count("admin_audit")};
            for (String parkOf : List.of("humen", "dalang")) {
                boolean own = ADMINISTERS.getOrDefault(user, Set.of()).contains(parkOf);
                Response read = as(user).get("/api/parks/" + parkOf + "/deadlines");
                assertThat(status(read)).as("%s GET parks/%s/deadlines", user, parkOf).isEqualTo(200);
                // the deadlines the park has: a change that changes nothing
                Map<String, Object> has = read.jsonPath().getMap("$");
                assertThat(status(as(user).body(has).put("/api/admin/parks/" + parkOf + "/deadlines")))
                        .as("%s PUT admin/parks/%s/deadlines", user, parkOf).isEqualTo(own ? 200 : parkAdmin ? 404 : 403);
            }
            assertThat(status(as(user).get("/api/calendar/2026"))).as("%s GET calendar", user).isEqualTo(200);
            assertThat(status(as(user).body(year).put("/api/admin/calendar/2026"))).as("%s PUT calendar", user)
                    .isEqualTo(user.equals("admin") ? 200 : 403);
            assertThat(new long[] {count("park_deadlines"), count("calendar_days"), count("admin_audit")})
                    .as("deadlines, calendar and audit after %s", user).containsExactly(before);
        }
        for (String path : List.of("/api/parks/humen/deadlines", "/api/calendar/2026")) {
            assertThat(status(given().port(port).get(path))).as("anonymous GET %s", path).isEqualTo(401);
        }
    }

    @Test
    @Order(11)
    void anchorsAreForAnyoneAndPublishingThemAndErasingPersonalDataForTheAdministrator() {
        // a buyer of no case (a buyer belongs to no park), and each park's mediator, whose data is not erased so
        String buyer = "authz-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(status(given().port(port).contentType(ContentType.JSON).body(Map.of("username", buyer,
                "displayName", "Matrix buyer", "email", buyer + "@example.com", "password", "matrix password"))
                .post("/api/signup"))).isEqualTo(201);
        for (String user : USERS) {
            boolean admin = user.equals("admin");
            assertThat(status(as(user).get("/api/anchors"))).as("%s GET anchors", user).isEqualTo(200);
            Response anchor = as(user).post("/api/admin/anchors");
            assertThat(status(anchor)).as("%s POST admin/anchors", user).isIn(admin ? Set.of(201, 422) : Set.of(403));
            if (anchor.statusCode() == 201) {
                assertThat(status(given().port(port).get("/api/anchors/" + anchor.jsonPath().getLong("id"))))
                        .as("anonymous GET anchors/{id}").isEqualTo(200);
            }
            for (String person : List.of(buyer, "mediator1", "mediator2")) {
                assertThat(status(as(user).post("/api/admin/users/" + person + "/erasure")))
                        .as("%s POST admin/users/%s/erasure", user, person)
                        .isEqualTo(!admin ? 403 : person.equals(buyer) ? 200 : 422);
            }
        }
        assertThat(status(given().port(port).get("/api/anchors"))).as("anonymous GET anchors").isEqualTo(200);
        for (String write : List.of("/api/admin/anchors", "/api/admin/users/" + buyer + "/erasure")) {
            assertThat(status(given().port(port).contentType(ContentType.JSON).post(write))).as(write).isEqualTo(401);
        }
    }

    @Test
    @Order(13)
    void onlyTheAdministratorMayAskForABackupAndANodeWithoutAnH2FileSaysHowToBackItUp() {
        for (String user : USERS) {
            assertThat(status(as(user).post("/api/admin/backup"))).as("%s POST admin/backup", user)
                    .isEqualTo(user.equals("admin") ? 422 : 403);
        }
        // these tests run on an in-memory database, or on PostgreSQL: pg_dump backs that up
        assertThat(as("admin").header("Accept-Language", "zh-CN").post("/api/admin/backup").then().statusCode(422)
                .extract().path("detail").toString()).contains("pg_dump");
        assertThat(status(given().port(port).contentType(ContentType.JSON).post("/api/admin/backup")))
                .as("anonymous POST admin/backup").isEqualTo(401);
    }

    private static Map<String, Object> newUser(String username, String parkId) {
        return Map.of("username", username, "displayName", "Matrix mediator", "email", username + "@example.com",
                "role", "MEDIATOR", "parkId", parkId);
    }

    @Test
    @Order(12)
    void theWebhookEndpointsAnswerEveryDemoUserForTheirOwnParkAndTheOther() {
        // each park's webhook, with a message in its log, pointing where the sender refuses to go
        Map<String, String> hooks = new LinkedHashMap<>();
        for (String park : List.of("humen", "dalang")) {
            hooks.put(park, UUID.randomUUID().toString());
            jdbc.sql("insert into webhook_subscriptions (id, park_id, url, events, secret, created_by, "
                    + "created_at) values (?, ?, 'http://127.0.0.1:9/', ',inquiry.opened,', 'whsec_eA==', 'admin', "
                    + "current_timestamp)").params(hooks.get(park), park).update();
            jdbc.sql("insert into webhook_deliveries (subscription_id, message_id, event, complaint_id, payload, "
                    + "created_at, attempts, schedule_start) values (?, 'msg_matrix', 'inquiry.opened', 'none', '{}', "
                    + "current_timestamp, 0, 0)").param(hooks.get(park)).update();
        }
        for (String user : USERS) {
            Set<String> administered = ADMINISTERS.getOrDefault(user, Set.of());
            long[] before = {count("webhook_subscriptions"), count("admin_audit")};
            int entries = 0;
            for (String parkOf : List.of("humen", "dalang")) {
                int refused = ROLE.get(user).equals("PARK_ADMIN") ? 404 : 403;
                boolean own = administered.contains(parkOf);
                String hook = "/api/webhooks/" + hooks.get(parkOf);
                Response created = as(user).body(Map.of("url", "https://203.0.113.10/matrix", "events",
                        List.of("inquiry.opened"), "parkId", parkOf)).post("/api/webhooks");
                assertThat(status(created)).as("%s POST webhooks in %s", user, parkOf).isEqualTo(own ? 201 : refused);
                assertThat(status(as(user).get("/api/webhooks?parkId=" + parkOf)))
                        .as("%s GET webhooks?parkId=%s", user, parkOf).isEqualTo(own ? 200 : refused);
                assertThat(status(as(user).get(hook + "/deliveries")))
                        .as("%s GET webhooks/…/deliveries in %s", user, parkOf).isEqualTo(own ? 200 : refused);
                assertThat(status(as(user).post(hook + "/deliveries/msg_matrix/replay")))
                        .as("%s POST webhooks/…/replay in %s", user, parkOf).isEqualTo(own ? 202 : refused);
                // one may delete the webhook one made; the park's, which others try, must survive them
                String doomed = own ? "/api/webhooks/" + created.path("id") : hook;
                assertThat(status(as(user).delete(doomed))).as("%s DELETE webhooks/… in %s", user, parkOf)
                        .isEqualTo(own ? 204 : refused);
                entries += own ? 2 : 0;
            }
            assertThat(status(as(user).get("/api/webhooks"))).as("%s GET webhooks", user)
                    .isEqualTo(administered.isEmpty() ? 403 : 200);
            assertThat(count("webhook_subscriptions")).as("webhooks after %s", user).isEqualTo(before[0]);
            assertThat(count("admin_audit")).as("audit entries after %s", user).isEqualTo(before[1] + entries);
        }
        hooks.values().forEach(id -> as("admin").delete("/api/webhooks/" + id).then().statusCode(204));
    }
}
