package org.disputedesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.account.UserAdministrationApiTests.fresh;
import static org.disputedesk.account.UserAdministrationApiTests.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.RestAssured;

/**
 * Anyone opens a buyer's account without credentials and files with it at once; a taken username
 * or email is one conflict that says no more; bad input and another site's page write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SignUpApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneSignsUpAsABuyerAndFilesAtOnce() {
        String name = fresh("buyer");

        api.anonymous().body(signUp(name, name + "@example.com")).post("/api/signup").then().statusCode(201)
                .contentType("application/json").body("username", equalTo(name)).body("role", equalTo("BUYER"))
                .body("mustChangePassword", equalTo(false)).body("email", equalTo(name + "@example.com"));

        api.as(name, "pearl river 2026").body(SampleInputs.complaint("shop-hm-001", "SIGNUP-" + name))
                .post("/api/complaints").then().statusCode(201).body("buyer", equalTo(name));
        api.get("admin", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' }.action", equalTo("USER_SIGNED_UP"))
                .body("find { it.target == 'user:" + name + "' }.actor", equalTo(name));
    }

    @Test
    void aTakenUsernameAndATakenEmailGetTheSameAnswerAndCreateNothingThoughTheAttemptsCount() {
        long[] before = counts();
        long attempts = count("signup_attempts");

        String username = refused(api.anonymous().body(signUp("buyer1", fresh("x") + "@example.com"))
                .post("/api/signup").then(), 409).extract().asString();
        String email = refused(api.anonymous().body(signUp(fresh("x"), "BUYER1@example.com"))
                .post("/api/signup").then(), 409).extract().asString();

        assertThat(email).isEqualTo(username);
        assertThat(counts()).isEqualTo(before);
        assertThat(count("signup_attempts")).isEqualTo(attempts + 2);
    }

    @Test
    void badInputIsNamedFieldByFieldAndWritesNothing() {
        long[] before = counts();
        long attempts = count("signup_attempts");

        invalid(signUp("Li Na", "li@example.com"), "username");
        invalid(signUp("li", "li@example.com"), "username");
        invalid(signUp(fresh("x"), "li-at-example.com"), "email");
        invalid(with(signUp(fresh("x"), "li@example.com"), "password", "too short"), "password");
        String name = fresh("same");
        invalid(with(signUp(name, "li@example.com"), "password", name), "password");
        invalid(with(signUp(fresh("x"), "li@example.com"), "displayName", "\t"), "displayName");
        refused(api.anonymous().body("{\"username\": ").post("/api/signup").then(), 400);

        assertThat(counts()).isEqualTo(before);
        assertThat(count("signup_attempts")).isEqualTo(attempts);
    }

    @Test
    void aPasswordIsKeptExactlyAsTypedSpacesAndAll() {
        String name = fresh("spaces");

        api.anonymous().body(with(signUp(name, name + "@example.com"), "password", "  padded password  "))
                .post("/api/signup").then().statusCode(201);

        api.as(name, "  padded password  ").get("/api/me").then().statusCode(200);
        api.as(name, "padded password").get("/api/me").then().statusCode(401);
    }

    @Test
    void anotherSitesPageCannotSignUpButThePortalsOwnPageCan() {
        long[] before = counts();

        refused(api.anonymous().header("Origin", "https://elsewhere.example")
                .body(signUp(fresh("x"), fresh("x") + "@example.com")).post("/api/signup").then(), 403);
        refused(RestAssured.given().port(api.port()).contentType("application/x-www-form-urlencoded")
                .formParams(signUp(fresh("x"), fresh("x") + "@example.com")).post("/api/signup").then(), 415);
        assertThat(counts()).isEqualTo(before);

        // the sign-up page's session and its token, as the page's script sends them
        var page = RestAssured.given().port(api.port()).get("/signup");
        String session = page.cookie(Api.SESSION);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@content");
        String name = fresh("portal");
        // without the token the session's stranger is refused as any stranger is
        refused(api.inSession(session).body(signUp(name, name + "@example.com")).post("/api/signup").then(), 401);
        api.inSession(session).header("X-CSRF-TOKEN", token).header("Origin", "http://localhost:" + api.port())
                .body(signUp(name, name + "@example.com")).post("/api/signup").then().statusCode(201);
    }

    private void invalid(Map<String, Object> body, String field) {
        refused(api.anonymous().body(body).post("/api/signup").then(), 400).body("errors.field", hasItem(field));
    }

    static Map<String, Object> signUp(String username, String email) {
        return new HashMap<>(Map.of("username", username, "displayName", "Buyer " + username, "email", email,
                "password", "pearl river 2026"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private long[] counts() {
        return new long[] {count("users"), count("shop_memberships"), count("admin_audit")};
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
