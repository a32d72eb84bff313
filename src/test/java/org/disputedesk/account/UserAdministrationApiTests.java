package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.ValidatableResponse;

/**
 * Users administered through the API: an administrator creates any role in any park, a park
 * administrator the shop operators, mediators and streamers of their own park and no one else;
 * a created user must choose a new password before anything else; a disabled user is refused at
 * once; a refused request writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class UserAdministrationApiTests {

    static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aParkAdministratorCreatesAShopOperatorWhoMustChooseAPasswordBeforeAnythingElse() {
        String name = fresh("op");
        ValidatableResponse created = api.as("parkadmin1").body(user(name, "SHOP", null, List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201).contentType("application/json")
                .header("Location", endsWith("/api/admin/users/" + name))
                .body("username", equalTo(name)).body("role", equalTo("SHOP")).body("parkId", equalTo("humen"))
                .body("shopIds", contains("shop-hm-001")).body("email", equalTo(name + "@example.com"))
                .body("mustChangePassword", equalTo(true)).body("enabled", equalTo(true))
                .body("$", not(hasItem("passwordHash")));
        String temporary = created.extract().path("temporaryPassword");
        assertThat(temporary).hasSize(16);

        api.as(name, temporary).get("/api/complaints").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("passwordChangeRequired", equalTo(true));
        api.as(name, temporary).body(Map.of("text", "hello")).post("/api/complaints/x/messages").then()
                .statusCode(403).body("passwordChangeRequired", equalTo(true));
        api.as(name, temporary).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true))
                .body("shopIds", contains("shop-hm-001"));
        api.as(name, temporary).body(Map.of("currentPassword", temporary, "newPassword", "lace and pearls 7"))
                .post("/api/me/password").then().statusCode(204);

        api.as(name, "lace and pearls 7").get("/api/tasks").then().statusCode(200);
        api.as(name, "lace and pearls 7").get("/api/me").then().body("mustChangePassword", equalTo(false));
        api.as(name, temporary).get("/api/me").then().statusCode(401).contentType(PROBLEM_JSON);
        api.get("parkadmin1", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' && it.action == 'USER_CREATED' }.actor",
                        equalTo("parkadmin1"))
                .body("find { it.target == 'user:" + name + "' && it.action == 'USER_CREATED' }.detail",
                        equalTo("Shop of park humen; shops shop-hm-001"));
    }

    @Test
    void anAdministratorCreatesAnyRoleInAnyPark() {
        String committee = fresh("committee");
        api.as("admin").body(user(committee, "COMMITTEE", null, List.of())).post("/api/admin/users").then()
                .statusCode(201).body("parkId", nullValue()).body("role", equalTo("COMMITTEE"));
        String parkAdmin = fresh("pa");
        api.as("admin").body(user(parkAdmin, "PARK_ADMIN", "dalang", List.of())).post("/api/admin/users").then()
                .statusCode(201).body("parkId", equalTo("dalang"));
        String streamer = fresh("streamer");
        Map<String, Object> host = user(streamer, "STREAMER", "humen", List.of("shop-hm-001", "shop-hm-002"));
        host.put("streamerId", "st-hm-001");
        api.as("admin").body(host).post("/api/admin/users").then().statusCode(201)
                .body("streamerId", equalTo("st-hm-001")).body("shopIds", contains("shop-hm-001", "shop-hm-002"));
        api.get("parkadmin2", "/api/admin/audit").statusCode(200)
                .body("target", hasItem("user:" + parkAdmin)).body("target", not(hasItem("user:" + streamer)));
    }

    @Test
    void aParkAdministratorCreatesNoOtherRoleNorAnyoneInAnotherParkAndARefusalWritesNothing() {
        long[] before = counts();

        for (String role : List.of("BUYER", "COMMITTEE", "PARK_ADMIN", "ADMIN")) {
            refused(api.as("parkadmin1").body(user(fresh("x"), role, "humen", List.of())).post("/api/admin/users")
                    .then(), 403);
        }
        refused(api.as("parkadmin1").body(user(fresh("x"), "MEDIATOR", "dalang", List.of())).post("/api/admin/users")
                .then(), 404).body("detail", containsString("dalang"));
        refused(api.as("admin").body(user(fresh("x"), "MEDIATOR", "nowhere", List.of())).post("/api/admin/users")
                .then(), 404);
        refused(api.as("parkadmin1").body(user(fresh("x"), "SHOP", null, List.of("shop-hm-002", "shop-dl-001")))
                .post("/api/admin/users").then(), 422).body("detail", containsString("shop-dl-001"))
                .body("detail", not(containsString("shop-hm-002")));
        refused(api.as("admin").body(user(fresh("x"), "SHOP", "humen", List.of("no-such-shop")))
                .post("/api/admin/users").then(), 422);
        for (String user : List.of("buyer1", "shop1", "mediator1", "committee1", "streamer1")) {
            refused(api.as(user).body(user(fresh("x"), "SHOP", "humen", List.of("shop-hm-001")))
                    .post("/api/admin/users").then(), 403);
        }
        refused(api.anonymous().body(user(fresh("x"), "BUYER", null, List.of())).post("/api/admin/users").then(), 401);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsWritten() {
        long[] before = counts();

        invalid(user("Upper", "SHOP", "humen", List.of("shop-hm-001")), "username");
        invalid(user("ab", "MEDIATOR", "humen", List.of()), "username");
        invalid(user("x".repeat(65), "MEDIATOR", "humen", List.of()), "username");
        invalid(with(user(fresh("x"), "MEDIATOR", "humen", List.of()), "email", "not-an-email"), "email");
        invalid(with(user(fresh("x"), "MEDIATOR", "humen", List.of()), "displayName", "  "), "displayName");
        invalid(with(user(fresh("x"), "MEDIATOR", "humen", List.of()), "role", "KING"), "role");
        invalid(user(fresh("x"), "MEDIATOR", "humen", List.of("shop-hm-001")), "shopIds");
        invalid(user(fresh("x"), "SHOP", "humen", List.of()), "shopIds");
        invalid(user(fresh("x"), "BUYER", "humen", List.of()), "parkId");
        invalid(user(fresh("x"), "MEDIATOR", null, List.of()), "parkId");
        invalid(with(user(fresh("x"), "MEDIATOR", "humen", List.of()), "streamerId", "st-1"), "streamerId");

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameOrEmailIsOneAndTheSameConflict() {
        long[] before = counts();

        String username = refused(api.as("admin").body(user("buyer1", "COMMITTEE", null, List.of()))
                .post("/api/admin/users").then(), 409).extract().path("detail");
        String email = refused(api.as("admin").body(with(user(fresh("x"), "COMMITTEE", null, List.of()), "email",
                "Buyer1@Example.COM")).post("/api/admin/users").then(), 409).extract().path("detail");

        assertThat(email).isEqualTo(username);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDisabledUserIsRefusedAtOnceTheirOpenSessionTooAndMayBeEnabledAgain() {
        String name = created("parkadmin1", "MEDIATOR");
        String session = api.signIn(name, PASSWORD);
        api.inSession(session).get("/api/tasks").then().statusCode(200);
        api.as(name, PASSWORD).get("/api/tasks").then().statusCode(200);

        api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/" + name).then().statusCode(200)
                .body("enabled", equalTo(false));

        api.inSession(session).get("/api/tasks").then().statusCode(401).contentType(PROBLEM_JSON);
        api.inSession(session).get("/api/tasks").then().statusCode(401);
        api.as(name, PASSWORD).get("/api/tasks").then().statusCode(401).contentType(PROBLEM_JSON);
        api.as("parkadmin1").body(Map.of("enabled", true)).patch("/api/admin/users/" + name).then().statusCode(200);
        api.as(name, PASSWORD).get("/api/tasks").then().statusCode(200);
        api.get("parkadmin1", "/api/admin/audit?size=200").statusCode(200)
                .body("findAll { it.target == 'user:" + name + "' }.action",
                        hasItems("USER_CREATED", "USER_DISABLED", "USER_ENABLED"));
    }

    @Test
    void newShopsOrANewParkEndTheUsersSessionsSoThatTheySeeWhatTheyNowMay() {
        String name = created("admin", "SHOP");
        String session = api.signIn(name, PASSWORD);
        api.inSession(session).get("/api/me").then().statusCode(200);

        api.as("parkadmin1").body(Map.of("shopIds", List.of("shop-hm-002"), "displayName", "Kidswear operator"))
                .patch("/api/admin/users/" + name).then().statusCode(200).body("shopIds", contains("shop-hm-002"))
                .body("displayName", equalTo("Kidswear operator"));
        api.inSession(session).get("/api/me").then().statusCode(401);
        api.as(name, PASSWORD).get("/api/me").then().statusCode(200).body("shopIds", contains("shop-hm-002"));

        refused(api.as("parkadmin1").body(Map.of("parkId", "dalang", "shopIds", List.of("shop-dl-001")))
                .patch("/api/admin/users/" + name).then(), 404);
        refused(api.as("admin").body(Map.of("parkId", "dalang")).patch("/api/admin/users/" + name).then(), 422)
                .body("detail", containsString("shop-hm-002"));
        api.as("admin").body(Map.of("parkId", "dalang", "shopIds", List.of("shop-dl-001")))
                .patch("/api/admin/users/" + name).then().statusCode(200).body("parkId", equalTo("dalang"));
        // now another park's: the park administrator of humen no longer sees them
        refused(api.as("parkadmin1").body(Map.of("displayName", "Mine?")).patch("/api/admin/users/" + name).then(),
                404);
        api.get("parkadmin2", "/api/admin/users/" + name).statusCode(200).body("shopIds", contains("shop-dl-001"));
    }

    @Test
    void aParkAdministratorManagesOnlyTheirParksStaffAndARefusedChangeWritesNothing() {
        String otherAdmin = created("admin", "PARK_ADMIN");
        long[] before = counts();
        String users = fingerprint();

        refused(api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/mediator2").then(), 404);
        refused(api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/buyer1").then(), 404);
        refused(api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/nobody-at-all").then(),
                404);
        refused(api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/" + otherAdmin).then(),
                403);
        refused(api.as("parkadmin1").post("/api/admin/users/" + otherAdmin + "/password-reset").then(), 403);
        refused(api.as("parkadmin1").post("/api/admin/users/mediator2/password-reset").then(), 404);
        refused(api.as("parkadmin1").body(Map.of("displayName", "Me")).patch("/api/admin/users/parkadmin1").then(),
                403);
        refused(api.as("admin").body(Map.of("enabled", false)).patch("/api/admin/users/admin").then(), 422);
        refused(api.as("admin").post("/api/admin/users/admin/password-reset").then(), 422);
        refused(api.as("parkadmin1").body(Map.of("email", "shop2@example.com")).patch("/api/admin/users/shop1")
                .then(), 409);
        refused(api.as("parkadmin1").body(Map.of("shopIds", List.of())).patch("/api/admin/users/shop1").then(), 400)
                .body("errors.field", hasItem("shopIds"));
        refused(api.as("parkadmin1").body(Map.of("email", "nope")).patch("/api/admin/users/shop1").then(), 400)
                .body("errors.field", hasItem("email"));
        refused(api.as("mediator1").body(Map.of("enabled", false)).patch("/api/admin/users/shop1").then(), 403);

        assertThat(counts()).isEqualTo(before);
        assertThat(fingerprint()).isEqualTo(users);
    }

    @Test
    void usersAreListedByParkRoleAndText() {
        String name = created("parkadmin2", "MEDIATOR");

        api.get("parkadmin2", "/api/admin/users?size=200").statusCode(200)
                .body("username", hasItems("mediator2", "shop3", "parkadmin2", name))
                .body("parkId", everyItem(equalTo("dalang")));
        api.get("parkadmin2", "/api/admin/users?role=MEDIATOR&q=" + name.toUpperCase()).statusCode(200)
                .body("username", contains(name));
        api.get("parkadmin2", "/api/admin/users?q=MEDIATOR2@example").statusCode(200)
                .body("username", contains("mediator2"));
        api.get("admin", "/api/admin/users?role=STREAMER&q=streamer1").statusCode(200)
                .body("username", contains("streamer1")).body("[0].streamerId", equalTo("st-hm-001"))
                .body("[0].shopIds", contains("shop-hm-001"));
        api.get("admin", "/api/admin/users?parkId=humen&role=MEDIATOR&size=200").statusCode(200)
                .body("username", hasItems("mediator1", "mediator3")).body("username", not(hasItem("mediator2")));
        refused(api.get("parkadmin1", "/api/admin/users?parkId=dalang"), 404);
        refused(api.get("parkadmin1", "/api/admin/users/" + name), 404);
        refused(api.get("parkadmin1", "/api/admin/users?role=KING"), 400);
        refused(api.get("shop1", "/api/admin/users"), 403);
        refused(api.get("buyer1", "/api/admin/users/buyer1"), 403);
    }

    @Test
    void aPasswordResetEndsTheUsersSessionsAndDemandsANewPassword() {
        String name = created("parkadmin1", "STREAMER");
        String session = api.signIn(name, PASSWORD);

        String temporary = api.as("parkadmin1").post("/api/admin/users/" + name + "/password-reset").then()
                .statusCode(200).contentType("application/json").extract().path("temporaryPassword");

        assertThat(temporary).hasSize(16);
        api.inSession(session).get("/api/me").then().statusCode(401);
        api.as(name, PASSWORD).get("/api/me").then().statusCode(401);
        api.as(name, temporary).get("/api/tasks").then().statusCode(403).body("passwordChangeRequired", equalTo(true));
        api.as(name, temporary).get("/api/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        api.get("parkadmin1", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' && it.action == 'USER_PASSWORD_RESET' }.actor",
                        equalTo("parkadmin1"));
    }

    static final String PASSWORD = "a first password";

    /**
     * A user of {@code role} created by {@code creator} in their park (humen for the administrator),
     * signed in once to choose {@link #PASSWORD}.
     */
    private String created(String creator, String role) {
        String name = fresh(role.toLowerCase().replace("_", ""));
        String park = creator.equals("parkadmin2") ? "dalang" : "humen";
        List<String> shops = role.equals("SHOP") ? List.of(park.equals("humen") ? "shop-hm-001" : "shop-dl-001")
                : List.of();
        Map<String, Object> body = user(name, role, park, shops);
        if (role.equals("STREAMER")) {
            body.put("streamerId", "st-hm-001");
        }
        String temporary = api.as(creator).body(body).post("/api/admin/users").then()
                .statusCode(201).extract().path("temporaryPassword");
        api.as(name, temporary).body(Map.of("currentPassword", temporary, "newPassword", PASSWORD))
                .post("/api/me/password").then().statusCode(204);
        return name;
    }

    private void invalid(Map<String, Object> body, String field) {
        refused(api.as("admin").body(body).post("/api/admin/users").then(), 400).body("errors.field", hasItem(field));
    }

    static ValidatableResponse refused(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
    }

    static Map<String, Object> user(String username, String role, String parkId, List<String> shopIds) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Test " + username,
                "email", username + "@example.com", "role", role, "shopIds", shopIds));
        if (parkId != null) {
            body.put("parkId", parkId);
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long[] counts() {
        return new long[] {count("users"), count("shop_memberships"), count("admin_audit")};
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Every account's changeable state, to see that a refused change changed nothing. */
    private String fingerprint() {
        return String.join(",", jdbc.sql("""
                select username || ':' || display_name || ':' || coalesce(email, '') || ':' || coalesce(park_id, '')
                       || ':' || cast(enabled as varchar) || ':' || cast(must_change_password as varchar) || ':'
                       || coalesce(cast(access_changed_at as varchar), '')
                from users order by username""").query(String.class).list());
    }
}
