package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.specification.RequestSpecification;

/**
 * A browser's write sent by another site's page is refused with 403 on every URL, whatever
 * credentials the browser attaches (a cached Basic answer, the session cookie, even a valid CSRF
 * token), and changes nothing. Our own pages, tools that send no Origin, and the site as a reverse
 * proxy forwards it write as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class CrossSiteApiTests {

    private static final String ELSEWHERE = "https://complaints-helper.example";

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    /** The browser answered the API's Basic prompt once; another site's form now posts to us in each encoding. */
    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data"})
    void aFormOfAnotherSiteCannotUseTheBrowsersBasicCredentials(String encoding) {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());
        long complaints = count("complaints");

        for (String[] step : List.of(new String[] {"buyer1", "/api/complaints/" + id + "/withdrawal"},
                new String[] {"buyer1", "/api/complaints/" + id + "/messages"},
                new String[] {"shop1", "/api/complaints/" + id + "/shop-response"},
                new String[] {"buyer1", "/api/complaints/" + id + "/evidence"},
                new String[] {"buyer1", "/api/complaints"})) {
            formOfAnotherSite(encoding, step[0]).post(step[1])
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON).body("title", equalTo("Cross-site request"));
        }

        assertUntouched(id);
        assertThat(count("complaints")).isEqualTo(complaints);
    }

    @ParameterizedTest
    @ValueSource(strings = {ELSEWHERE, "null", "http://localhost:1", "https://localhost:{port}",
            "http://localhost.complaints-helper.example:{port}", "not an origin at all"})
    void anyOriginButOurOwnIsRefusedEvenForJsonWithValidCredentials(String origin) {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());

        api.as("buyer1").header("Origin", origin.replace("{port}", String.valueOf(api.port())))
                .post("/api/complaints/" + id + "/withdrawal")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);

        assertUntouched(id);
    }

    @ParameterizedTest
    @CsvSource({"cross-site, 403", "same-site, 403", "same-origin, 201", "none, 201"})
    void withoutAnOriginTheBrowsersFetchSiteDecides(String fetchSite, int status) {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());

        api.as("buyer1").header("Sec-Fetch-Site", fetchSite).body(Map.of("text", "Sent from " + fetchSite))
                .post("/api/complaints/" + id + "/messages").then().statusCode(status);

        assertThat(messages(id)).isEqualTo(status == 201 ? 1 : 0);
    }

    @Test
    void ourOwnPagesWriteAsUsual() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());
        String session = api.signIn("buyer1");

        api.inSession(session).header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin")
                .header("X-CSRF-TOKEN", api.csrfToken(session)).body(Map.of("text", "From the case page"))
                .post("/api/complaints/" + id + "/messages").then().statusCode(201);
        api.as("buyer1").header("Origin", ownOrigin()).post("/api/complaints/" + id + "/withdrawal")
                .then().statusCode(200).body("stage", equalTo("CLOSED"));
    }

    @Test
    void aValidCsrfTokenDoesNotLetAnotherSiteWrite() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());
        String session = api.signIn("buyer1");

        api.inSession(session).header("Origin", ELSEWHERE).header("X-CSRF-TOKEN", api.csrfToken(session))
                .post("/api/complaints/" + id + "/withdrawal").then().statusCode(403);

        assertUntouched(id);
    }

    @Test
    void anotherSiteMayStillReadWhatItIsShownLinksTo() {
        // Reads change nothing; what a foreign page may read is the browser's same-origin policy's business.
        api.as("buyer1").header("Origin", ELSEWHERE).header("Sec-Fetch-Site", "cross-site").get("/api/complaints")
                .then().statusCode(200);
    }

    /** Every door, with and without credentials: the refusal comes before anything looks at them. */
    @ParameterizedTest
    @CsvSource({"POST, /login", "POST, /logout", "POST, /inbox", "POST, /camunda/api/admin/auth/user/default/logout",
            "POST, /camunda/api/engine/engine/default/task", "POST, /engine-rest/task", "DELETE, /engine-rest/task/x",
            "POST, /engine-rest/deployment/create", "PUT, /api/complaints/x/rating", "PATCH, /api/complaints/x",
            "DELETE, /api/complaints/x", "POST, /actuator/health"})
    void writesFromAnotherSiteAreRefusedOnEveryUrl(String method, String path) {
        for (RequestSpecification caller : List.of(api.anonymous(), api.plain("admin"), api.plain("buyer1"))) {
            caller.redirects().follow(false).header("Origin", ELSEWHERE).request(method, path)
                    .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        api.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").request(method, path)
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    /** Behind the TLS-terminating proxy, the browser's origin is the proxy's, as its forwarded headers say. */
    @Test
    void theOriginAReverseProxyForwardsIsOurOwn() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "XS-" + UUID.randomUUID());

        api.as("buyer1").header("Origin", "https://desk.example.org")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "desk.example.org")
                .body(Map.of("text", "Through the proxy")).post("/api/complaints/" + id + "/messages")
                .then().statusCode(201);
        api.as("buyer1").header("Origin", "https://desk.example.org")
                .body(Map.of("text", "Not through the proxy")).post("/api/complaints/" + id + "/messages")
                .then().statusCode(403);

        assertThat(messages(id)).isEqualTo(1);
    }

    private RequestSpecification formOfAnotherSite(String encoding, String user) {
        RequestSpecification request = api.plain(user).header("Origin", ELSEWHERE).header("Sec-Fetch-Site", "cross-site");
        return switch (encoding) {
            case "text/plain" -> request.contentType("text/plain").body("{\"text\": \"forged\", \"ignore\": \"=\"}");
            case "multipart/form-data" -> request.multiPart("text", "forged")
                    .multiPart("file", "label.png", SampleInputs.tinyPng(), "image/png");
            default -> request.formParam("text", "forged").formParam("decision", "ACCEPT");
        };
    }

    private void assertUntouched(String id) {
        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
        assertThat(messages(id)).isZero();
        api.as("admin").get("/api/complaints/" + id + "/evidence").then().body("size()", equalTo(0));
    }

    private int messages(String id) {
        return api.as("admin").get("/api/complaints/" + id + "/messages").then().statusCode(200)
                .extract().path("size()");
    }

    private String ownOrigin() {
        return "http://localhost:" + api.port();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
