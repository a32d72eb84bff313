package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.disputedesk.SampleInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API's state changes take JSON, and multipart only where a file is uploaded: any other body
 * (what a form of another site can send without asking the browser first) is refused with 415 and
 * changes nothing, even from a client that sends no Origin and holds valid credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class JsonWritesApiTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
            "application/xml", "text/json", "application/jsonp", "application/octet-stream", "not a type"})
    void aStepInAnyOtherTypeIsRefusedAndChangesNothing(String type) {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JW-" + UUID.randomUUID());
        long complaints = jdbc.sql("select count(*) from complaints").query(Long.class).single();
        String body = "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nforged\r\n--x--\r\n";

        for (String[] step : List.of(new String[] {"buyer1", "/api/complaints/" + id + "/withdrawal"},
                new String[] {"buyer1", "/api/complaints/" + id + "/messages"},
                new String[] {"shop1", "/api/complaints/" + id + "/shop-response"},
                new String[] {"buyer1", "/api/complaints"})) {
            HttpResponse<String> response = send(step[0], step[1], type, body);
            assertThat(response.statusCode()).as("%s %s", type, step[1]).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(Api.PROBLEM_JSON);
        }

        assertThat(api.stageOf(id)).isEqualTo("SHOP_RESPONSE");
        api.as("admin").get("/api/complaints/" + id + "/messages").then().body("size()", equalTo(0));
        assertThat(jdbc.sql("select count(*) from complaints").query(Long.class).single()).isEqualTo(complaints);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/merge-patch+json"})
    void jsonIsTakenWhateverItsParametersOrSuffix(String type) {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JW-" + UUID.randomUUID());

        assertThat(send("buyer1", "/api/complaints/" + id + "/messages", type, "{\"text\": \"In JSON\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void aStepWithoutABodyMayComeWithoutAType() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JW-" + UUID.randomUUID());

        assertThat(send("buyer1", "/api/complaints/" + id + "/messages", null, "{\"text\": \"Untyped\"}")
                .statusCode()).isEqualTo(415);
        assertThat(send("buyer1", "/api/complaints/" + id + "/withdrawal", null, null).statusCode()).isEqualTo(200);
        assertThat(api.stageOf(id)).isEqualTo("CLOSED");
    }

    @Test
    void evidenceIsUploadedAsMultipartAndOnlyThere() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JW-" + UUID.randomUUID());

        api.plain("buyer1").multiPart("file", "label.png", SampleInputs.tinyPng(), "image/png")
                .post("/api/complaints/" + id + "/evidence").then().statusCode(201);
        api.plain("buyer1").multiPart("text", "forged").post("/api/complaints/" + id + "/messages")
                .then().statusCode(415).contentType(Api.PROBLEM_JSON);
        api.plain("buyer1").formParam("file", "label.png").post("/api/complaints/" + id + "/evidence")
                .then().statusCode(415).contentType(Api.PROBLEM_JSON);

        api.as("admin").get("/api/complaints/" + id + "/evidence").then().body("size()", equalTo(1));
        api.as("admin").get("/api/complaints/" + id + "/messages").then().body("size()", equalTo(0));
    }

    @Test
    void csvIsTakenByTheShopImportAndNowhereElse() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "JW-" + UUID.randomUUID());
        String shop = "jw-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "id,parkId,name,platform,platformShopId\n" + shop + ",humen,Imported as CSV,,\n";

        assertThat(send("parkadmin1", "/api/admin/shops/import", "text/csv", csv).statusCode()).isEqualTo(200);
        assertThat(send("parkadmin1", "/api/admin/shops", "text/csv", csv).statusCode()).isEqualTo(415);
        assertThat(send("buyer1", "/api/complaints/" + id + "/messages", "text/csv", "text\nforged\n").statusCode())
                .isEqualTo(415);

        api.as("admin").get("/api/shops/" + shop).then().statusCode(200);
        api.as("admin").get("/api/complaints/" + id + "/messages").then().body("size()", equalTo(0));
    }

    /** Sent as it is: no client library adding a type of its own to a request that has none. */
    private HttpResponse<String> send(String user, String path, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (type != null) {
            request.header("Content-Type", type);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
