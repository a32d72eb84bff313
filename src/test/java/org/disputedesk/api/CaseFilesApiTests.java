package org.disputedesk.api;

import org.disputedesk.SampleInputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A case's messages and evidence files: posted, listed in order, downloaded byte for byte, refused when wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class CaseFilesApiTests {

    @Autowired
    Api api;

    @Test
    void thePartiesPostMessagesThatEveryPartyReadsInOrderWithAuthorAndRole() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());

        api.step("buyer1", id, "messages", Map.of("text", "The label is wrong."))
                .statusCode(201).contentType("application/json")
                .body("author", equalTo("buyer1")).body("role", equalTo("BUYER"))
                .body("text", equalTo("The label is wrong.")).body("at", notNullValue());
        api.step("shop1", id, "messages", Map.of("text", "We are checking the batch."))
                .statusCode(201).body("author", equalTo("shop1")).body("role", equalTo("SHOP"));
        api.step("mediator1", id, "messages", Map.of("text", "Please both keep me posted."))
                .statusCode(201).body("author", equalTo("mediator1")).body("role", equalTo("MEDIATOR"));

        for (String reader : List.of("buyer1", "shop1", "mediator1", "admin")) {
            api.get(reader, "/api/complaints/" + id + "/messages").statusCode(200).contentType("application/json")
                    .body("$", hasSize(3))
                    .body("author", equalTo(List.of("buyer1", "shop1", "mediator1")))
                    .body("role", equalTo(List.of("BUYER", "SHOP", "MEDIATOR")))
                    .body("text", equalTo(List.of("The label is wrong.", "We are checking the batch.",
                            "Please both keep me posted.")));
        }
        api.step("buyer1", id, "messages", Map.of("text", " ")).statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("text")));
        List<String> timeline = api.get("buyer1", "/api/complaints/" + id + "/timeline").extract().jsonPath()
                .getList("action");
        assertThat(timeline).containsSubsequence("FILED", "MESSAGE", "MESSAGE", "MESSAGE");
    }

    @Test
    void anUploadedPngIsListedWithItsSha256AndDownloadedByteForByte() throws Exception {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        byte[] png = SampleInputs.tinyPng();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        long pngId = ((Number) api.plain("buyer1").multiPart("file", "label.png", png, "image/png")
                .multiPart("note", "The label").post("/api/complaints/" + id + "/evidence")
                .then().statusCode(201).contentType("application/json")
                .body("fileName", equalTo("label.png"))
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(png.length))
                .body("sha256", equalTo(sha256(png)))
                .body("note", equalTo("The label"))
                .body("uploadedBy", equalTo("buyer1"))
                .body("role", equalTo("BUYER"))
                .extract().path("id")).longValue();
        api.plain("shop1").multiPart("file", "invoice.pdf", pdf, "application/pdf")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(201).body("contentType", equalTo("application/pdf"))
                .body("sha256", equalTo(sha256(pdf))).body("uploadedBy", equalTo("shop1"));

        api.get("mediator1", "/api/complaints/" + id + "/evidence").statusCode(200)
                .body("$", hasSize(2))
                .body("fileName", equalTo(List.of("label.png", "invoice.pdf")))
                .body("sha256", equalTo(List.of(sha256(png), sha256(pdf))));

        byte[] downloaded = api.plain("shop1").get("/api/complaints/" + id + "/evidence/" + pngId)
                .then().statusCode(200).contentType("image/png")
                .header("X-Content-SHA256", sha256(png))
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(png);
        api.get("buyer1", "/api/complaints/" + id + "/evidence/999999").statusCode(404)
                .contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aTextFileNamedPngIsRefusedWith415() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        byte[] text = "just some words, not a picture\n".getBytes(StandardCharsets.UTF_8);
        api.plain("buyer1").multiPart("file", "photo.png", text, "image/png")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(415).contentType(Api.PROBLEM_JSON);
        api.get("buyer1", "/api/complaints/" + id + "/evidence").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aFileOver10MbIsRefusedWith413() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        byte[] png = SampleInputs.tinyPng();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        api.plain("buyer1").multiPart("file", "huge.png", big, "image/png")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(413).contentType(Api.PROBLEM_JSON);
        api.get("buyer1", "/api/complaints/" + id + "/evidence").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void evidenceAndMessagesOnAClosedCaseAre409() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        api.step("buyer1", id, "withdrawal", null).statusCode(200).body("stage", equalTo("CLOSED"));
        api.plain("buyer1").multiPart("file", "late.png", SampleInputs.tinyPng(), "image/png")
                .post("/api/complaints/" + id + "/evidence")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON).body("stage", equalTo("CLOSED"));
        api.step("buyer1", id, "messages", Map.of("text", "One more thing")).statusCode(409)
                .contentType(Api.PROBLEM_JSON).body("stage", equalTo("CLOSED"));
        api.get("buyer1", "/api/complaints/" + id + "/evidence").statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theCommitteeMayNotUploadEvidenceAndAnOutsiderMayNotSeeIt() {
        String id = api.fileComplaint("buyer1", "shop-hm-001", "HM-" + UUID.randomUUID());
        long evidenceId = ((Number) api.plain("buyer1").multiPart("file", "label.png", SampleInputs.tinyPng(), "image/png")
                .post("/api/complaints/" + id + "/evidence").then().statusCode(201).extract().path("id")).longValue();
        api.plain("buyer2").get("/api/complaints/" + id + "/evidence/" + evidenceId).then().statusCode(404)
                .contentType(Api.PROBLEM_JSON);
        api.plain("admin").multiPart("file", "label.png", SampleInputs.tinyPng(), "image/png")
                .post("/api/complaints/" + id + "/evidence").then().statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
