package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A park's administrators register its livestream hosts' profiles: in their own park only, each room
 * once, with the park's own shops; every registration is audited, and a streamer's account hosts for
 * a profile of its park.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class StreamerProfilesApiTests {

    @Autowired Api api;
    @Autowired JdbcClient jdbc;

    @Test
    void aParkAdministratorRegistersAStreamerOfTheirParkWhoseRoomNamesItOnNewComplaints() {
        String id = fresh("st");
        String room = fresh("room");

        api.as("parkadmin1").body(profile(id, "humen", List.of("shop-hm-002", "shop-hm-001"), List.of(" " + room)))
                .post("/api/admin/streamers").then().statusCode(201)
                .header("Location", containsString("/api/streamers/" + id + "/record"))
                .body("shopIds", contains("shop-hm-001", "shop-hm-002")).body("rooms", contains(room));

        api.get("parkadmin1", "/api/admin/streamers?size=200").statusCode(200).body("id", hasItem(id))
                .body("parkId", everyItem(equalTo("humen")));
        api.get("parkadmin2", "/api/admin/streamers?size=200").statusCode(200).body("id", not(hasItem(id)));
        api.get("admin", "/api/admin/streamers?parkId=humen&size=200").statusCode(200).body("id", hasItem(id));
        api.get("parkadmin1", "/api/admin/audit").statusCode(200).body("target", hasItem("streamer:" + id));
        api.get("parkadmin2", "/api/admin/audit").statusCode(200).body("target", not(hasItem("streamer:" + id)));

        Map<String, Object> filing = org.disputedesk.SampleInputs.complaint("shop-hm-002", fresh("ORD"));
        filing.put("livestream", Map.of("room", room, "offsetSeconds", 5));
        String complaint = api.fileComplaint("buyer2", filing);
        api.get("buyer2", "/api/complaints/" + complaint).statusCode(200).body("streamerId", equalTo(id));
    }

    @Test
    void aRegistrationThatBreaksARuleIsRefusedWholeAndWritesNothing() {
        long before = rows();
        String id = fresh("st");

        // a room of another profile, a taken id
        api.as("parkadmin1").body(profile(id, "humen", List.of("shop-hm-001"), List.of(fresh("room"), "hm-live-88")))
                .post("/api/admin/streamers").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("hm-live-88 belongs to the streamer profile st-hm-001"));
        api.as("admin").body(profile("st-hm-001", "humen", List.of("shop-hm-001"), List.of(fresh("room"))))
                .post("/api/admin/streamers").then().statusCode(409);
        // a shop of another park, another park, a role that administers none, a bad body
        api.as("parkadmin1").body(profile(id, "humen", List.of("shop-dl-001"), List.of(fresh("room"))))
                .post("/api/admin/streamers").then().statusCode(422).body("detail", containsString("shop-dl-001"));
        api.as("parkadmin2").body(profile(id, "humen", List.of("shop-hm-001"), List.of(fresh("room"))))
                .post("/api/admin/streamers").then().statusCode(404);
        api.as("mediator1").body(profile(id, "humen", List.of("shop-hm-001"), List.of(fresh("room"))))
                .post("/api/admin/streamers").then().statusCode(403);
        api.get("streamer1", "/api/admin/streamers").statusCode(403);
        api.as("admin").body(profile(id, "humen", List.of(), List.of())).post("/api/admin/streamers").then()
                .statusCode(400).body("errors.field", hasItem("rooms")).body("errors.field", hasItem("shopIds"));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aStreamersAccountHostsForAProfileOfItsPark() {
        Map<String, Object> host = new HashMap<>(Map.of("username", fresh("host"), "displayName", "Host",
                "email", fresh("host") + "@example.com", "role", "STREAMER", "parkId", "humen",
                "shopIds", List.of("shop-hm-001")));

        api.as("parkadmin1").body(host).post("/api/admin/users").then().statusCode(400)
                .body("errors.field", hasItem("streamerId"));
        host.put("streamerId", "st-nobody");
        api.as("parkadmin1").body(host).post("/api/admin/users").then().statusCode(422)
                .body("detail", containsString("no streamer profile st-nobody"));
        host.put("streamerId", "st-hm-001");
        api.as("parkadmin1").body(host).post("/api/admin/users").then().statusCode(201)
                .body("streamerId", equalTo("st-hm-001"));
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from streamers) + (select count(*) from streamer_rooms)"
                + " + (select count(*) from admin_audit)").query(Long.class).single();
    }

    private static Map<String, Object> profile(String id, String park, List<String> shops, List<String> rooms) {
        return Map.of("id", id, "name", "Live " + id, "parkId", park, "shopIds", shops, "rooms", rooms);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
