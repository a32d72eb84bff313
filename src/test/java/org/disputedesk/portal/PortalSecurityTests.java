package org.disputedesk.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.filter.session.SessionFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The portal's own doors: pages need a session, a session's writes need its CSRF token, and text
 * a party typed is shown as text under a policy that runs no inline script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PortalSecurityTests {

    private static final Pattern PAGE_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void pagesSendStrangersToTheSignInPage() {
        given().port(port).redirects().follow(false).accept("text/html,application/xhtml+xml").get("/inbox")
                .then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void theIconIsServedToStrangersAndTheSignInPageNamesIt() {
        given().port(port).get("/login").then().statusCode(200)
                .body(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon.svg\">"));
        given().port(port).redirects().follow(false).get("/assets/favicon.svg").then().statusCode(200)
                .contentType("image/svg+xml").body(containsString("<svg"));
    }

    @Test
    void aSessionWritesToTheApiOnlyWithItsCsrfToken() {
        SessionFilter session = signIn("buyer1");
        given().port(port).filter(session).contentType(ContentType.JSON)
                .body(SampleInputs.complaint("shop-hm-001", "CSRF-1")).post("/api/complaints")
                .then().statusCode(403).contentType("application/problem+json");
        String token = token(PAGE_TOKEN, given().port(port).filter(session).get("/inbox"));
        given().port(port).filter(session).contentType(ContentType.JSON).header("X-CSRF-TOKEN", token)
                .body(SampleInputs.complaint("shop-hm-001", "CSRF-1")).post("/api/complaints")
                .then().statusCode(201);
    }

    @Test
    void pagesAndTheApiKeepTheirOwnHeadersHoweverTheCallerSignedIn() {
        for (var page : java.util.List.of(given().port(port).filter(signIn("buyer1")),
                given().port(port).auth().preemptive().basic("buyer1", "demo"))) {
            page.get("/inbox").then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Frame-Options", "SAMEORIGIN").header("Referrer-Policy", "same-origin");
        }
        given().port(port).filter(signIn("buyer1")).get("/api/complaints").then().statusCode(200)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer");
    }

    /** Lax: another site's form, fetch or frame carries no session; a link from an e-mail still opens the page signed in. */
    @Test
    void theSessionCookieIsSameSiteLaxBeforeAndAfterSignIn() {
        Response loginPage = given().port(port).get("/login");
        assertThat(loginPage.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly"));

        Response signedIn = given().port(port).redirects().follow(false).cookie("JSESSIONID", loginPage.cookie("JSESSIONID"))
                .formParam("username", "buyer1").formParam("password", "demo")
                .formParam("_csrf", token(FORM_TOKEN, loginPage)).post("/login");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().getValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void typedTextIsShownAsTextUnderAPolicyWithoutInlineScript() {
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "XSS-1");
        body.put("description", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        String id = given().port(port).auth().preemptive().basic("buyer1", "demo").contentType(ContentType.JSON)
                .body(body).post("/api/complaints").then().statusCode(201).extract().path("id");
        given().port(port).filter(signIn("buyer1")).get("/cases/" + id)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
                .body(not(containsString("<script>alert(1)")));
    }

    private SessionFilter signIn(String user) {
        SessionFilter session = new SessionFilter();
        String token = token(FORM_TOKEN, given().port(port).filter(session).get("/login"));
        given().port(port).filter(session).redirects().follow(false)
                .formParam("username", user).formParam("password", "demo").formParam("_csrf", token)
                .post("/login").then().statusCode(302).header("Location", endsWith("/"));
        return session;
    }

    private static String token(Pattern pattern, Response page) {
        Matcher m = pattern.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }
}
