package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import io.restassured.response.Response;

/**
 * How a request proves who sent it, and what that asks of it: a browser session writes only with
 * its CSRF token; credentials in a header are checked on every request, alone (the session beside
 * them is neither read nor changed), and then need no token. Each test signs in a buyer of its
 * own, so that the wrong passwords it sends lock no one else out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class CredentialsApiTests {

    @Autowired
    Api api;
    @Autowired
    DeskUsers users;
    @Autowired
    PasswordEncoder encoder;

    String buyer;
    String session;
    String id;

    @BeforeEach
    void aBuyerSignedInThroughThePortalWithAComplaint() {
        buyer = "credentials-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(buyer, encoder.encode("demo"), Role.BUYER, "Credentials buyer", null, List.of());
        session = api.signIn(buyer);
        id = api.fileComplaint(buyer, "shop-hm-001", "CR-" + UUID.randomUUID());
    }

    @Test
    void aSessionWritesOnlyWithItsOwnCsrfToken() {
        api.inSession(session).body(Map.of("text", "No token")).post(messages())
                .then().statusCode(403).contentType(Api.PROBLEM_JSON)
                .body("detail", equalTo("A change made with the session needs the session's CSRF token."));
        api.inSession(session).header("X-CSRF-TOKEN", api.csrfToken(api.signIn("buyer1")))
                .body(Map.of("text", "Another session's token")).post(messages()).then().statusCode(403);
        api.inSession(session).post("/api/complaints/" + id + "/withdrawal").then().statusCode(403);
        assertThat(messageAuthors()).isEmpty();

        api.inSession(session).header("X-CSRF-TOKEN", api.csrfToken(session)).body(Map.of("text", "With the token"))
                .post(messages()).then().statusCode(201);
        assertThat(messageAuthors()).containsExactly(buyer);
    }

    @Test
    void aSchemeWeDoNotKnowIsRefusedEvenBesideALiveSession() {
        for (String header : List.of("Bearer x", "Digest username=\"" + buyer + "\"", "Basic", "Basic !!!", "")) {
            api.inSession(session).header("Authorization", header).body(Map.of("text", "Forged")).post(messages())
                    .then().statusCode(401).contentType(Api.PROBLEM_JSON);
            api.inSession(session).header("Authorization", header).get("/api/complaints/" + id)
                    .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        }
        assertThat(messageAuthors()).isEmpty();
        api.inSession(session).get("/api/complaints/" + id).then().statusCode(200);
    }

    @Test
    void aWrongBasicPasswordIsRefusedEvenBesideALiveSessionOfTheSameUser() {
        api.inSession(session).auth().preemptive().basic(buyer, "not-demo").body(Map.of("text", "Forged"))
                .post(messages()).then().statusCode(401).contentType(Api.PROBLEM_JSON);
        api.inSession(session).auth().preemptive().basic(buyer, "not-demo").get("/api/complaints/" + id)
                .then().statusCode(401);

        assertThat(messageAuthors()).isEmpty();
        api.inSession(session).get("/api/complaints/" + id).then().statusCode(200);
    }

    @Test
    void theRightBasicPasswordWritesWithoutATokenBecauseTheHeaderAloneAuthenticates() {
        api.inSession(session).auth().preemptive().basic(buyer, "demo").body(Map.of("text", "By header"))
                .post(messages()).then().statusCode(201);
        api.as(buyer).post("/api/complaints/" + id + "/withdrawal").then().statusCode(200);

        assertThat(messageAuthors()).containsExactly(buyer);
        assertThat(api.stageOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void theHeadersUserActsNotTheSessionsBesideIt() {
        api.inSession(session).auth().preemptive().basic("shop1", "demo").body(Map.of("text", "The shop speaks"))
                .post(messages()).then().statusCode(201);
        assertThat(messageAuthors()).containsExactly("shop1");

        // an admin's session lends nothing to a buyer's header
        String admin = api.signIn("admin");
        api.inSession(admin).get("/engine-rest/task").then().statusCode(200);
        api.inSession(admin).auth().preemptive().basic(buyer, "demo").get("/engine-rest/task").then().statusCode(403);
        api.inSession(admin).auth().preemptive().basic(buyer, "demo").get("/camunda/app/cockpit/default/")
                .then().statusCode(403);
    }

    @Test
    void aHeaderRequestLeavesTheSessionBesideItAsItWas() {
        Response byHeader = api.inSession(session).auth().preemptive().basic("shop1", "demo").get("/api/complaints");

        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(byHeader.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(Api.SESSION));
        api.inSession(session).get("/api/complaints/" + id).then().statusCode(200);
        api.inSession(session).auth().preemptive().basic("shop1", "demo").post("/logout").then().statusCode(404);
        api.inSession(session).get("/api/complaints/" + id).then().statusCode(200);
    }

    private String messages() {
        return "/api/complaints/" + id + "/messages";
    }

    private List<String> messageAuthors() {
        return api.as("admin").get(messages()).then().statusCode(200).extract().jsonPath().getList("author");
    }
}
