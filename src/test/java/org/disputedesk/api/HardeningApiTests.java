package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.disputedesk.security.DeskUsers;
import org.disputedesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Headers, size limits, sign-in throttling, and the doors that must stay shut. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class HardeningApiTests {

    @Autowired
    Api api;
    @Autowired
    DeskUsers users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        api.as("buyer1").get("/api/complaints").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from users where username = 'buyer1'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("demo");
    }

    @Test
    void repeatedFailedSignInsLockTheAccountEvenAgainstTheRightPassword() {
        users.add("throttled", encoder.encode("the-right-password"), Role.BUYER, "Throttled", null, List.of());
        for (int attempt = 0; attempt < 5; attempt++) {
            api.anonymous().auth().preemptive().basic("throttled", "guess-" + attempt).get("/api/tasks")
                    .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        }

        api.anonymous().auth().preemptive().basic("throttled", "the-right-password").get("/api/tasks")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        assertThat(jdbc.sql("select locked_until from users where username = 'throttled'")
                .query(java.time.OffsetDateTime.class).single()).isAfter(java.time.OffsetDateTime.now());
    }

    @Test
    void aRightPasswordClearsEarlierFailuresSoOnlyFiveInARowLock() {
        users.add("forgetful", encoder.encode("the-right-password"), Role.BUYER, "Forgetful", null, List.of());
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                api.anonymous().auth().preemptive().basic("forgetful", "guess-" + attempt).get("/api/tasks")
                        .then().statusCode(401);
            }
            api.anonymous().auth().preemptive().basic("forgetful", "the-right-password").get("/api/tasks")
                    .then().statusCode(200);
        }
        assertThat(jdbc.sql("select failed_logins from users where username = 'forgetful'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRememberedSignInDoesNotLetAWrongPasswordThrough() {
        api.as("buyer2").get("/api/tasks").then().statusCode(200);
        api.anonymous().auth().preemptive().basic("buyer2", "not-demo").get("/api/tasks").then().statusCode(401);
        api.anonymous().auth().preemptive().basic("buyer2x", "demo").get("/api/tasks").then().statusCode(401);
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413AndFilesNothing() {
        Map<String, Object> body = SampleInputs.complaint("shop-hm-001", "TB-HUGE");
        body.put("description", "x".repeat(70 * 1024));
        long before = complaints();

        api.as("buyer1").body(body).post("/api/complaints")
                .then().statusCode(413).contentType(Api.PROBLEM_JSON).body("status", equalTo(413));

        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void aBodyOfManyMegabytesStillGetsItsAnswerRatherThanACutConnection() {
        // Refused on its declared length, the body is still on its way; unless the server reads
        // the rest, it closes mid-upload and the client sees a reset instead of the 413.
        String body = "{\"pad\": [" + "1,".repeat(10 * 1024 * 1024) + "1]}";
        long before = complaints();

        for (int attempt = 0; attempt < 3; attempt++) {
            api.as("buyer1").contentType("application/json").body(body).post("/api/complaints")
                    .then().statusCode(413).contentType(Api.PROBLEM_JSON).body("title", equalTo("Request too large"));
        }

        assertThat(complaints()).isEqualTo(before);
    }

    /** Markup is text like any other: stored as given (the policy only normalises and trims), escaped where shown. */
    @Test
    void freeTextKeepsItsMarkupAndIsServedAsJsonOnly() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TB-XSS-" + System.nanoTime());
        String text = "<script>alert('x')</script> & ${7*7} 你好";

        api.as("buyer1").body(Map.of("text", text)).post("/api/complaints/" + id + "/messages").then().statusCode(201);

        api.as("buyer1").get("/api/complaints/" + id + "/messages").then().statusCode(200)
                .contentType("application/json").header("X-Content-Type-Options", "nosniff")
                .body("[0].text", equalTo(text));
    }

    @Test
    void evidenceIsKnownByItsContentNotByItsDeclaredNameOrType() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TB-SNIFF-" + System.nanoTime());
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

        api.plain("buyer1").multiPart("file", "photo.png", pdf, "image/png")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(201).body("contentType", equalTo("application/pdf"));
        api.plain("buyer1").multiPart("file", "invoice.pdf", "<html>not a pdf</html>".getBytes(), "application/pdf")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(415).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aCaseHoldsAtMostTwentyEvidenceFiles() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TB-CAP-" + System.nanoTime());
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        for (int i = 0; i < 20; i++) {
            api.plain("buyer1").multiPart("file", "page-" + i + ".pdf", pdf, "application/pdf")
                    .post("/api/complaints/" + id + "/evidence").then().statusCode(201);
        }

        api.plain("buyer1").multiPart("file", "page-20.pdf", pdf, "application/pdf")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(422).contentType(Api.PROBLEM_JSON);
        api.as("buyer1").get("/api/complaints/" + id + "/evidence").then().body("size()", equalTo(20));
    }

    @Test
    void thereIsNoDatabaseConsoleAndActuatorIsForAdminsButHealth() {
        api.plain("admin").get("/h2-console").then().statusCode(404);
        api.anonymous().get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
        api.plain("buyer1").get("/actuator/metrics").then().statusCode(403).contentType(Api.PROBLEM_JSON);
        api.anonymous().get("/actuator/metrics").then().statusCode(401);
        api.plain("admin").get("/actuator/metrics").then().statusCode(200);
    }

    @Test
    void aBrowserSessionReadsButCannotWriteWithoutItsCsrfToken() {
        // given: buyer1 signed in through the login form, as a browser does
        String session = api.signIn("buyer1");
        String id = api.fileComplaint("buyer1", "shop-hm-001", "TB-CSRF-" + System.nanoTime());

        // when / then
        api.inSession(session).get("/api/complaints/" + id).then().statusCode(200);
        api.inSession(session).body(Map.of("text", "forged")).post("/api/complaints/" + id + "/messages")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        api.as("buyer1").get("/api/complaints/" + id + "/messages").then().body("size()", equalTo(0));
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaints").query(Long.class).single();
    }
}
