package org.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputedesk.security.ParkIdentityProvider.signOn;
import static org.disputedesk.security.ParkIdentityProvider.verified;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.Api;
import org.disputedesk.security.ParkIdentityProvider.SignOn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Single sign-on with a real OpenID provider, its redirects followed as a browser follows them: a
 * person the provider vouches for gets a buyer's account, or the account an administrator created
 * for their email; someone's own account is never taken over; an email the provider does not vouch
 * for, a disabled account, a forged return are refused on the sign-in page, and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class SingleSignOnApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        ParkIdentityProvider.register(registry);
    }

    @Test
    void aPersonTheProviderVouchesForGetsABuyersAccountNamedAfterTheirEmailAndComesBackToItBySubject() {
        String local = "mei.lin-" + fresh();
        String subject = fresh();

        SignOn first = signOn(api.port(), subject, Map.of("email", local + "@Example.com", "email_verified", true,
                "name", "林美"));

        assertThat(URI.create(first.landedAt()).getPath()).isEqualTo("/");
        me(first).body("username", equalTo(local)).body("role", equalTo("BUYER"))
                .body("email", equalTo(local + "@example.com")).body("displayName", equalTo("林美"))
                .body("mustChangePassword", equalTo(false));
        api.get("admin", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + local + "' }.action", equalTo("USER_SIGNED_UP"))
                .body("find { it.target == 'user:" + local + "' }.detail",
                        equalTo("Buyer; by single sign-on with " + ParkIdentityProvider.issuer()));

        long users = count("users");
        me(signOn(api.port(), subject, verified("mei.lin.new-" + fresh() + "@example.com")))
                .body("username", equalTo(local)).body("email", equalTo(local + "@example.com"));
        me(signOn(api.port(), fresh(), verified(local + "@elsewhere.example"))).body("username", equalTo(local + "-2"));
        assertThat(count("users")).isEqualTo(users + 1);
    }

    @Test
    void anAccountAnAdministratorCreatedForTheEmailIsLinkedAndItsTemporaryPasswordRetired() {
        String name = "op-" + fresh();
        String temporary = api.as("parkadmin1").body(Map.of("username", name, "displayName", "虎门蕾丝店运营",
                        "email", name + "@example.com", "role", "SHOP", "shopIds", List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201).extract().path("temporaryPassword");

        SignOn signedOn = signOn(api.port(), fresh(), verified(name.toUpperCase() + "@example.com"));

        me(signedOn).body("username", equalTo(name)).body("role", equalTo("SHOP"))
                .body("shopIds", equalTo(List.of("shop-hm-001"))).body("mustChangePassword", equalTo(false));
        api.inSession(signedOn.session()).get("/api/complaints").then().statusCode(200);
        api.as(name, temporary).get("/api/me").then().statusCode(401);
        api.get("parkadmin1", "/api/admin/audit").statusCode(200)
                .body("find { it.target == 'user:" + name + "' && it.action == 'SIGN_ON_LINKED' }.actor", equalTo(name))
                .body("find { it.target == 'user:" + name + "' && it.action == 'SIGN_ON_LINKED' }.detail",
                        containsString("the temporary password retired"));
    }

    @Test
    void anAccountItsUserOpenedOrGaveTheEmailIsNotTakenOver() {
        String buyer = "self-" + fresh();
        api.anonymous().body(Map.of("username", buyer, "displayName", "自己注册", "email", buyer + "@example.com",
                "password", "pearl river 2026")).post("/api/signup").then().statusCode(201);
        String operator = "op-" + fresh();
        String temporary = api.as("parkadmin1").body(Map.of("username", operator, "displayName", "运营",
                        "email", operator + "@example.com", "role", "SHOP", "shopIds", List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201).extract().path("temporaryPassword");
        api.as(operator, temporary).body(Map.of("currentPassword", temporary, "newPassword", "lace and pearls"))
                .post("/api/me/password").then().statusCode(204);
        api.as(operator, "lace and pearls").body(Map.of("email", operator + "@mine.example")).patch("/api/me")
                .then().statusCode(200);
        String subject = fresh();
        long users = count("users");
        long audit = count("admin_audit");

        for (String email : List.of(buyer + "@example.com", operator + "@mine.example")) {
            SignOn refused = signOn(api.port(), subject, verified(email));
            assertThat(refused.landedAt()).endsWith("/login?sso=email-taken");
            api.inSession(refused.session()).get("/api/me").then().statusCode(401);
        }

        assertThat(count("users")).isEqualTo(users);
        assertThat(count("admin_audit")).isEqualTo(audit);
        assertThat(count("external_identities where subject = '" + subject + "'")).isZero();
        api.as(buyer, "pearl river 2026").get("/api/me").then().statusCode(200).body("username", equalTo(buyer));
    }

    @Test
    void anEmailTheProviderDoesNotVouchForOpensAndLinksNothing() {
        String name = "op-" + fresh();
        api.as("parkadmin1").body(Map.of("username", name, "displayName", "运营", "email", name + "@example.com",
                "role", "SHOP", "shopIds", List.of("shop-hm-001"))).post("/api/admin/users").then().statusCode(201);
        long users = count("users");
        long links = count("external_identities");

        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("email", name + "@example.com", "email_verified", false),
                Map.of("email", name + "@example.com"),
                Map.of("email", "not an address", "email_verified", true),
                Map.of("name", "Nobody"))) {
            assertThat(signOn(api.port(), fresh(), claims).landedAt()).endsWith("/login?sso=unverified-email");
        }

        assertThat(count("users")).isEqualTo(users);
        assertThat(count("external_identities")).isEqualTo(links);
    }

    @Test
    void aDisabledAccountIsRefusedWhetherLinkedAlreadyOrNot() {
        String subject = fresh();
        String buyer = "buyer-" + fresh();
        me(signOn(api.port(), subject, verified(buyer + "@example.com"))).body("username", equalTo(buyer));
        String operator = "op-" + fresh();
        api.as("parkadmin1").body(Map.of("username", operator, "displayName", "运营",
                "email", operator + "@example.com", "role", "SHOP", "shopIds", List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201);
        api.as("admin").body(Map.of("enabled", false)).patch("/api/admin/users/" + buyer).then().statusCode(200);
        api.as("parkadmin1").body(Map.of("enabled", false)).patch("/api/admin/users/" + operator).then()
                .statusCode(200);

        assertThat(signOn(api.port(), subject, verified(buyer + "@example.com")).landedAt())
                .endsWith("/login?sso=disabled");
        String other = fresh();
        assertThat(signOn(api.port(), other, verified(operator + "@example.com")).landedAt())
                .endsWith("/login?sso=disabled");
        assertThat(count("external_identities where subject = '" + other + "'")).isZero();
    }

    @Test
    void aSignedOnSessionIsThePortalsOwnSessionWhoseWritesNeedItsToken() {
        String buyer = "buyer-" + fresh();
        SignOn signedOn = signOn(api.port(), fresh(), verified(buyer + "@example.com"));

        api.inSession(signedOn.session()).body(SampleInputs.complaint("shop-hm-001", "SSO-" + buyer))
                .post("/api/complaints").then().statusCode(403);
        api.inSession(signedOn.session()).header("X-CSRF-TOKEN", api.csrfToken(signedOn.session()))
                .body(SampleInputs.complaint("shop-hm-001", "SSO-" + buyer)).post("/api/complaints").then()
                .statusCode(201).body("buyer", equalTo(buyer));
        RestAssured.given().port(api.port()).redirects().follow(false).cookie(Api.SESSION, signedOn.session())
                .get("/inbox").then().statusCode(200);
    }

    @Test
    void thePasswordFormBesideTheProviderSignsInAndLocksAfterFiveWrongPasswordsAsItDid() {
        String buyer = "buyer-" + fresh();
        api.anonymous().body(Map.of("username", buyer, "displayName", "买家", "email", buyer + "@example.com",
                "password", "pearl river 2026")).post("/api/signup").then().statusCode(201);

        assertThat(URI.create(formSignIn(buyer, "pearl river 2026")).getPath()).isEqualTo("/");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(formSignIn(buyer, "wrong " + i)).endsWith("/login?error");
        }
        assertThat(formSignIn(buyer, "pearl river 2026")).as("locked").endsWith("/login?error");
    }

    @Test
    void anUnknownProviderOrAForgedReturnIsSentBackToTheSignInPage() {
        RestAssured.given().port(api.port()).redirects().follow(false).accept("text/html")
                .get("/oauth2/authorization/elsewhere").then().statusCode(302)
                .header("Location", containsString("/login?sso=failed"));
        RestAssured.given().port(api.port()).redirects().follow(false).accept("text/html")
                .get("/login/oauth2/code/" + ParkIdentityProvider.REGISTRATION + "?code=forged&state=forged").then()
                .statusCode(302).header("Location", containsString("/login?sso=failed"));
    }

    @Test
    void theSignInPageOffersTheProviderAndSaysWhyASignOnWasRefusedInBothLanguages() {
        page("en", "/login").body(containsString("Sign in with Park ID"))
                .body(containsString("href=\"" + ParkIdentityProvider.START + "\""));
        page("zh-CN", "/login").body(containsString("使用 Park ID 登录"));
        page("en", "/login?sso=email-taken").body(containsString("An account opened by signing up has this email"));
        page("zh-CN", "/login?sso=unverified-email").body(containsString("登录服务未验证您的邮箱地址"));
        page("en", "/login?sso=<b>forged</b>").body(not(containsString("sso-refused")))
                .body(not(containsString("<b>forged")));
    }

    private ValidatableResponse page(String language, String path) {
        return RestAssured.given().port(api.port()).header("Accept-Language", language).get(path).then()
                .statusCode(200);
    }

    /** Where the password form sends the browser. */
    private String formSignIn(String username, String password) {
        Response page = RestAssured.given().port(api.port()).get("/login");
        return RestAssured.given().port(api.port()).redirects().follow(false)
                .cookie(Api.SESSION, page.cookie(Api.SESSION)).formParam("username", username).formParam("password", password)
                .formParam("_csrf", page.htmlPath().getString("**.find { it.@name == '_csrf' }.@value"))
                .post("/login").then().statusCode(302).extract().header("Location");
    }

    private ValidatableResponse me(SignOn signOn) {
        return api.inSession(signOn.session()).get("/api/me").then().statusCode(200);
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }

    private static String fresh() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
