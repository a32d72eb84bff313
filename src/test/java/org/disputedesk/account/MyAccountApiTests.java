package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.account.UserAdministrationApiTests.fresh;
import static org.disputedesk.account.UserAdministrationApiTests.refused;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Everyone's own account: reading it, changing name, email and language, choosing a new password,
 * which ends the user's other sessions but not the one that asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class MyAccountApiTests {

    private static final String PASSWORD = "my own password";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoUserReadsTheirOwnAccountWithItsParkShopsAndEmail() {
        api.get("shop1", "/api/me").statusCode(200).contentType("application/json")
                .body("username", equalTo("shop1")).body("role", equalTo("SHOP")).body("parkId", equalTo("humen"))
                .body("shopIds", contains("shop-hm-001")).body("email", equalTo("shop1@example.com"))
                .body("locale", equalTo("zh-CN")).body("mustChangePassword", equalTo(false));
        api.get("streamer1", "/api/me").statusCode(200).body("role", equalTo("STREAMER"))
                .body("streamerId", equalTo("st-hm-001")).body("shopIds", contains("shop-hm-001"));
        api.get("mediator3", "/api/me").statusCode(200).body("parkId", equalTo("humen"));
        api.get("buyer2", "/api/me").statusCode(200).body("parkId", nullValue()).body("shopIds", empty());
        api.anonymous().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aUserChangesTheirNameEmailAndLanguageAndNothingElse() {
        String name = signedUp();

        api.as(name, PASSWORD).body(Map.of("displayName", "Wang Fang", "email", "Wang.Fang@Example.com",
                        "locale", "en", "role", "ADMIN", "parkId", "humen"))
                .patch("/api/me").then().statusCode(200).body("displayName", equalTo("Wang Fang"))
                .body("email", equalTo("wang.fang@example.com")).body("locale", equalTo("en"))
                .body("role", equalTo("BUYER")).body("parkId", nullValue());

        api.as(name, PASSWORD).get("/api/me").then().body("locale", equalTo("en")).body("role", equalTo("BUYER"));
        api.get("admin", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' && it.action == 'ACCOUNT_CHANGED' }.detail",
                        equalTo("display name; email; language English"));
    }

    @Test
    void aRefusedChangeOfOnesOwnAccountWritesNothing() {
        String name = signedUp();
        String before = state(name);

        refused(api.as(name, PASSWORD).body(Map.of("locale", "fr")).patch("/api/me").then(), 400)
                .body("errors.field", hasItem("locale"));
        refused(api.as(name, PASSWORD).body(Map.of("email", "no")).patch("/api/me").then(), 400);
        refused(api.as(name, PASSWORD).body(Map.of("displayName", " ")).patch("/api/me").then(), 400);
        refused(api.as(name, PASSWORD).body(Map.of("email", "buyer1@example.com")).patch("/api/me").then(), 409);
        refused(api.as(name, PASSWORD).body("{\"locale\":").patch("/api/me").then(), 400);

        assertThat(state(name)).isEqualTo(before);
    }

    @Test
    void aNewPasswordEndsTheUsersOtherSessionsButNotTheOneThatChoseIt() {
        String name = signedUp();
        String other = api.signIn(name, PASSWORD);
        String current = api.signIn(name, PASSWORD);
        api.inSession(other).get("/api/me").then().statusCode(200);

        api.inSession(current).header("X-CSRF-TOKEN", api.csrfToken(current))
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "a better password"))
                .post("/api/me/password").then().statusCode(204);

        api.inSession(current).get("/api/me").then().statusCode(200).body("username", equalTo(name));
        api.inSession(other).get("/api/me").then().statusCode(401);
        api.as(name, PASSWORD).get("/api/me").then().statusCode(401);
        api.as(name, "a better password").get("/api/me").then().statusCode(200);
        api.get("admin", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' }.action", equalTo("PASSWORD_CHANGED"));
    }

    @Test
    void aNewPasswordMustBeLongNotTheUsernameNorTheCurrentOneAndARefusalChangesNothing() {
        String name = signedUp();
        String before = state(name);

        newPassword(name, PASSWORD, "short", "newPassword");
        newPassword(name, PASSWORD, name.toUpperCase(), "newPassword");
        newPassword(name, PASSWORD, PASSWORD, "newPassword");
        newPassword(name, PASSWORD, "x".repeat(73), "newPassword");
        newPassword(name, "not my password", "a perfectly good one", "currentPassword");
        refused(api.as(name, PASSWORD).body(Map.of("newPassword", "a perfectly good one")).post("/api/me/password")
                .then(), 400).body("errors.field", hasItem("currentPassword"));

        assertThat(state(name)).isEqualTo(before);
        api.as(name, PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void wrongCurrentPasswordsGuessedInAnOpenSessionCountTowardsTheLockOut() {
        String name = signedUp();
        String session = api.signIn(name, PASSWORD);
        String token = api.csrfToken(session);

        for (int i = 0; i < 5; i++) {
            refused(api.inSession(session).header("X-CSRF-TOKEN", token)
                    .body(Map.of("currentPassword", "guess number " + i, "newPassword", "a perfectly good one"))
                    .post("/api/me/password").then(), 400).body("errors.field", hasItem("currentPassword"));
        }

        api.as(name, PASSWORD).get("/api/me").then().statusCode(401);
    }

    private void newPassword(String name, String current, String chosen, String field) {
        refused(api.as(name, PASSWORD).body(Map.of("currentPassword", current, "newPassword", chosen))
                .post("/api/me/password").then(), 400).body("errors.field", hasItem(field));
    }

    private String signedUp() {
        String name = fresh("me");
        api.anonymous().body(Map.of("username", name, "displayName", "Me " + name, "email", name + "@example.com",
                "password", PASSWORD)).post("/api/signup").then().statusCode(201);
        return name;
    }

    /** The account's row as stored. */
    private String state(String name) {
        return jdbc.sql("""
                select display_name || ':' || email || ':' || coalesce(locale, '') || ':' || password_hash || ':'
                       || cast(must_change_password as varchar) || ':'
                       || coalesce(cast(access_changed_at as varchar), '')
                from users where username = ?""").param(name).query(String.class).single();
    }
}
