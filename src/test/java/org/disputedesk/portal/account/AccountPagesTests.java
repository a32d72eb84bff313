package org.disputedesk.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.disputedesk.api.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The account's pages: sign-up for strangers, linked from the sign-in page; a temporary password
 * sends every page to the new-password page; the portal speaks the language the user chose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class AccountPagesTests {

    @Autowired
    Api api;

    @Test
    void strangersFindTheSignUpPageFromTheSignInPageInEitherLanguage() {
        given().port(api.port()).header("Accept-Language", "en").get("/login").then().statusCode(200)
                .body(containsString("href=\"/signup\"")).body(containsString("Sign up as a buyer"));
        given().port(api.port()).header("Accept-Language", "zh-CN").get("/signup").then().statusCode(200)
                .body(containsString("<h1>注册</h1>")).body(containsString("data-api=\"/api/signup\""));
        given().port(api.port()).header("Accept-Language", "en").get("/signup").then().statusCode(200)
                .body(containsString("<h1>Sign up</h1>"));
    }

    @Test
    void aTemporaryPasswordSendsEveryPageToTheNewPasswordPage() {
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = api.as("parkadmin1").body(Map.of("username", name, "displayName", "Operator",
                        "email", name + "@example.com", "role", "SHOP", "shopIds", java.util.List.of("shop-hm-001")))
                .post("/api/admin/users").then().statusCode(201).extract().path("temporaryPassword");
        String session = api.signIn(name, temporary);

        for (String page : new String[] {"/", "/inbox", "/cases", "/account"}) {
            given().port(api.port()).redirects().follow(false).cookie(Api.SESSION, session)
                    .header("Accept", "text/html").get(page).then().statusCode(302)
                    .header("Location", endsWith("/account/password"));
        }
        given().port(api.port()).cookie(Api.SESSION, session).header("Accept-Language", "en")
                .get("/account/password").then().statusCode(200)
                .body(containsString("Choose your own password")).body(containsString("Temporary password"));
    }

    @Test
    void thePortalSpeaksTheLanguageTheUserChoseWhateverTheBrowserPrefers() {
        String name = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        api.anonymous().body(Map.of("username", name, "displayName", "Reader", "email", name + "@example.com",
                "password", "a reader's password")).post("/api/signup").then().statusCode(201);
        String session = api.signIn(name, "a reader's password");
        given().port(api.port()).cookie(Api.SESSION, session).header("Accept-Language", "zh-CN").get("/account")
                .then().statusCode(200).body(containsString("<h1>我的账户</h1>"));

        api.inSession(session).header("X-CSRF-TOKEN", api.csrfToken(session)).body(Map.of("locale", "en"))
                .patch("/api/me").then().statusCode(200);

        given().port(api.port()).cookie(Api.SESSION, session).header("Accept-Language", "zh-CN").get("/account")
                .then().statusCode(200).body(containsString("<h1>My account</h1>"))
                .body(not(containsString("<h1>我的账户</h1>")));
        String again = api.signIn(name, "a reader's password");
        given().port(api.port()).cookie(Api.SESSION, again).header("Accept-Language", "zh-CN").get("/inbox")
                .then().statusCode(200).body(containsString("Sign out"));
    }
}
