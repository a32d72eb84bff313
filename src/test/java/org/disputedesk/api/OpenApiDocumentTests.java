package org.disputedesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document that clients are generated from, read as a client would. Each read also
 * writes it to {@code target/openapi.json}, which CI lints after the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(Api.class)
class OpenApiDocumentTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Autowired
    Api api;

    @Test
    void everyOperationIsUnderTheApiAndSignsInWithHttpBasic() throws IOException {
        JsonNode doc = document();

        JsonNode scheme = doc.at("/components/securitySchemes/basicAuth");
        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
        assertThat(doc.path("security").findValues("basicAuth")).hasSize(1);
        assertThat(names(doc.path("paths"))).isNotEmpty().allMatch(path -> path.startsWith("/api/"));
        // but signing up and reading the published anchors, which are for anyone
        Set<String> forAnyone = Set.of("signUp", "listAnchors", "getAnchor");
        operations(doc).stream().filter(op -> !forAnyone.contains(op.node().path("operationId").asText()))
                .forEach(op -> assertThat(op.node().has("security")).as("%s overrides the global security", op)
                        .isFalse());
        for (String operation : List.of("/~1api~1signup/post", "/~1api~1anchors/get", "/~1api~1anchors~1{id}/get")) {
            assertThat(doc.at("/paths" + operation + "/security").isArray()).as(operation).isTrue();
            assertThat(doc.at("/paths" + operation + "/security")).as(operation).isEmpty();
        }
    }

    @Test
    void everyOperationHasASummaryAnIdATagAndASuccess() throws IOException {
        List<Op> operations = operations(document());

        assertThat(operations).hasSizeGreaterThanOrEqualTo(24);
        for (Op op : operations) {
            assertThat(op.node().path("summary").asText()).as("summary of %s", op).isNotBlank();
            assertThat(op.node().path("operationId").asText()).as("operationId of %s", op).isNotBlank();
            assertThat(op.node().path("tags")).as("tags of %s", op).isNotEmpty();
            assertThat(names(op.node().path("responses"))).as("responses of %s", op).anyMatch(s -> s.startsWith("2"));
        }
        assertThat(operations.stream().map(op -> op.node().path("operationId").asText()).distinct())
                .hasSameSizeAs(operations);
    }

    @Test
    void filingAnswers201And200ForARepeatedIdempotencyKeyAndAStep200() throws IOException {
        JsonNode doc = document();

        JsonNode filing = doc.at("/paths/~1api~1complaints/post/responses");
        for (String status : List.of("201", "200")) {
            assertThat(filing.at("/" + status + "/content/application~1json/schema/$ref").asText())
                    .endsWith("/ComplaintView");
            assertThat(filing.at("/" + status + "/headers/Location").isObject()).isTrue();
        }
        assertThat(names(doc.at("/paths/~1api~1complaints~1{id}~1shop-response/post/responses")))
                .contains("200").doesNotContain("201");
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemJson() throws IOException {
        JsonNode doc = document();

        for (Op op : operations(doc)) {
            JsonNode responses = op.node().path("responses");
            assertThat(names(responses)).as("errors of %s", op).contains("401").doesNotContain("default");
            for (String status : names(responses)) {
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonNode content = responses.path(status).path("content");
                    assertThat(names(content)).as("%s of %s", status, op).containsExactly("application/problem+json");
                    assertThat(content.at("/application~1problem+json/schema/$ref").asText())
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        }
        // The exception handlers' own return type is not offered as a body of its own.
        assertThat(names(doc.at("/components/schemas"))).doesNotContain("ProblemDetail");
        JsonNode problem = doc.at("/components/schemas/Problem");
        assertThat(names(problem.path("properties")))
                .contains("type", "title", "status", "detail", "instance", "errors", "stage");
        assertThat(names(resolve(doc, problem.at("/properties/errors/items")).path("properties")))
                .containsExactlyInAnyOrder("field", "line", "message");
        assertThat(problem.at("/properties/stage/type").asText()).isEqualTo("string");

        assertThat(statuses(doc, "/api/complaints", "post")).contains("400", "401", "403", "422", "429");
        assertThat(statuses(doc, "/api/complaints/{id}/shop-response", "post"))
                .contains("400", "401", "403", "404", "409", "422");
        assertThat(statuses(doc, "/api/complaints/{id}/evidence", "post")).contains("413", "415", "422");
        assertThat(statuses(doc, "/api/complaints/{id}/appeal", "post"))
                .contains("400", "401", "403", "404", "409", "422");
        assertThat(statuses(doc, "/api/complaints/{id}/appeal-decision", "post"))
                .contains("400", "401", "403", "404", "409", "422");
        assertThat(statuses(doc, "/api/complaints/{id}", "get")).contains("401", "404");
        assertThat(statuses(doc, "/api/admin/shops", "post")).contains("400", "401", "403", "404", "409");
        assertThat(statuses(doc, "/api/admin/shops/import", "post")).contains("401", "403", "413", "415", "422");
        assertThat(statuses(doc, "/api/admin/audit", "get")).contains("400", "401", "403", "404");
        assertThat(statuses(doc, "/api/admin/users", "post")).contains("400", "401", "403", "404", "409", "422");
        assertThat(statuses(doc, "/api/admin/users/{username}", "patch"))
                .contains("400", "401", "403", "404", "409", "422");
        assertThat(statuses(doc, "/api/signup", "post")).contains("201", "400", "409", "429");
        assertThat(statuses(doc, "/api/admin/anchors", "post")).contains("201", "401", "403", "422");
        assertThat(statuses(doc, "/api/admin/backup", "post")).contains("201", "401", "403", "422");
        assertThat(statuses(doc, "/api/anchors", "get")).contains("200", "400");
        assertThat(statuses(doc, "/api/admin/users/{username}/erasure", "post"))
                .contains("200", "401", "403", "404", "422");
        assertThat(statuses(doc, "/api/complaints/{id}/timeline/verification", "get")).contains("200", "401", "404");
        assertThat(statuses(doc, "/api/complaints/{id}/evidence/{evidenceId}", "get")).contains("410");
        assertThat(statuses(doc, "/api/webhooks", "post")).contains("201", "400", "401", "403", "404", "422");
        assertThat(statuses(doc, "/api/webhooks/{id}", "delete")).contains("204", "401", "403", "404");
        assertThat(statuses(doc, "/api/webhooks/{id}/deliveries/{messageId}/replay", "post"))
                .contains("202", "401", "403", "404");
        assertThat(problem.at("/properties/passwordChangeRequired/type").asText()).isEqualTo("boolean");
    }

    @Test
    void aNewWebhookAndANewUserAnswerSchemasOfTheirOwn() throws IOException {
        JsonNode doc = document();
        String created = "/responses/201/content/application~1json/schema";
        JsonNode webhook = resolve(doc, doc.path("paths").path("/api/webhooks").at("/post" + created));
        JsonNode user = resolve(doc, doc.path("paths").path("/api/admin/users").at("/post" + created));
        assertThat(names(webhook.path("properties"))).containsExactlyInAnyOrder("id", "url", "events", "parkId",
                "secret");
        assertThat(names(user.path("properties"))).contains("username", "temporaryPassword").doesNotContain("secret");
    }

    @Test
    void theDecisionsAreEnumsAndTheRequiredFieldsAreMarked() throws IOException {
        JsonNode doc = document();

        assertThat(texts(requestBody(doc, "/api/complaints/{id}/shop-response").at("/properties/decision/enum")))
                .containsExactly("ACCEPT", "COUNTER_OFFER", "REJECT");
        assertThat(texts(requestBody(doc, "/api/complaints/{id}/buyer-review").at("/properties/decision/enum")))
                .containsExactly("ACCEPT", "ESCALATE");
        JsonNode decision = requestBody(doc, "/api/complaints/{id}/mediation/decision");
        assertThat(texts(decision.at("/properties/decision/enum")))
                .containsExactly("REQUEST_INFO", "SETTLE", "RULE_FOR_BUYER", "RULE_FOR_SHOP", "ESCALATE");
        assertThat(texts(decision.at("/properties/party/enum"))).containsExactly("BUYER", "SHOP", "STREAMER");
        assertThat(texts(decision.path("required"))).containsExactlyInAnyOrder("decision", "reasoning");
        JsonNode ruling = requestBody(doc, "/api/complaints/{id}/committee-ruling");
        assertThat(texts(ruling.at("/properties/finding/enum")))
                .containsExactly("CONFORMING", "NONCONFORMING", "NOT_APPLICABLE");
        assertThat(texts(ruling.path("required"))).contains("finding", "reasoning");
        JsonNode appeal = requestBody(doc, "/api/complaints/{id}/appeal");
        assertThat(texts(appeal.path("required"))).containsExactlyInAnyOrder("grounds", "evidenceIds");
        JsonNode review = requestBody(doc, "/api/complaints/{id}/appeal-decision");
        assertThat(texts(review.at("/properties/decision/enum"))).containsExactly("UPHOLD", "OVERTURN");
        assertThat(texts(review.path("required"))).containsExactlyInAnyOrder("decision", "reasoning");

        JsonNode filing = requestBody(doc, "/api/complaints");
        assertThat(texts(filing.path("required"))).containsExactlyInAnyOrder("shopId", "orderRef", "category",
                "description", "orderAmount", "claimedAmount", "desiredRemedy");
        assertThat(texts(filing.at("/properties/category/enum"))).contains("NONSTANDARD_LABEL");
        assertThat(texts(filing.at("/properties/desiredRemedy/enum"))).contains("RETURN_AND_REFUND");
    }

    @Test
    void everyRequestBodyHasASchemaWithItsFields() throws IOException {
        JsonNode doc = document();

        for (Op op : operations(doc)) {
            JsonNode content = op.node().at("/requestBody/content");
            for (String mediaType : names(content)) {
                JsonNode schema = resolve(doc, content.path(mediaType).path("schema"));
                if (mediaType.equals("text/csv")) {
                    assertThat(schema.path("type").asText()).as("CSV body of %s", op).isEqualTo("string");
                    continue;
                }
                assertThat(names(schema.path("properties"))).as("%s body of %s", mediaType, op).isNotEmpty();
            }
        }
        JsonNode csv = doc.at("/paths/~1api~1admin~1shops~1import/post/requestBody/content/text~1csv/schema");
        assertThat(csv.path("example").asText()).startsWith("id,parkId,name,platform,platformShopId,nameZh\n");
        JsonNode upload = doc.at("/paths/~1api~1complaints~1{id}~1evidence/post/requestBody/content")
                .path("multipart/form-data").path("schema");
        assertThat(upload.at("/properties/file/format").asText()).isEqualTo("binary");
        assertThat(upload.at("/properties/note/type").asText()).isEqualTo("string");
        assertThat(texts(upload.path("required"))).containsExactly("file");
    }

    @Test
    void aShopsChineseNameIsDescribedAsOptional() throws IOException {
        JsonNode shop = document().at("/components/schemas/Shop");

        assertThat(shop.at("/properties/nameZh/description").asText()).contains("Chinese name");
        assertThat(texts(shop.path("required"))).contains("id", "parkId", "name").doesNotContain("nameZh");
    }

    @Test
    void theAuditLogTellsThatItsDetailsFollowAcceptLanguage() throws IOException {
        JsonNode list = document().at("/paths/~1api~1admin~1audit/get");

        assertThat(list.path("description").asText()).contains("Accept-Language");
        assertThat(list.findValuesAsText("name")).containsExactlyInAnyOrder("parkId", "page", "size");
    }

    @Test
    void anEvidenceDownloadNamesTheMediaTypesItAnswersWith() throws IOException {
        JsonNode ok = document().at("/paths/~1api~1complaints~1{id}~1evidence~1{evidenceId}/get/responses/200");

        assertThat(names(ok.path("content"))).contains("image/jpeg", "image/png", "application/pdf", "video/mp4")
                .doesNotContain("application/json", "*/*");
        assertThat(ok.at("/content/application~1pdf/schema/format").asText()).isEqualTo("binary");
    }

    /**
     * Two records were both called {@code Ruling}: the generator gave them one schema, and the
     * mediator's ruling the committee's fields. Each must keep its own, whatever the records are named.
     */
    @Test
    void theMediatorsRulingAndTheCommitteesRulingHaveSchemasOfTheirOwn() throws IOException {
        JsonNode doc = document();
        JsonNode complaint = resolve(doc, answered(doc, "/api/complaints/{id}"));

        JsonNode mediatorRef = complaint.at("/properties/ruling");
        JsonNode committeeRef = complaint.at("/properties/committeeRuling");
        assertThat(mediatorRef.path("$ref").asText()).isNotBlank().isNotEqualTo(committeeRef.path("$ref").asText());
        assertThat(names(resolve(doc, mediatorRef).path("properties"))).contains("decision", "remedy", "amount")
                .doesNotContain("finding");
        assertThat(names(resolve(doc, committeeRef).path("properties"))).contains("finding", "citations")
                .doesNotContain("decision");
    }

    @Test
    void aComplaintAndATaskCarryTheCaseNumberBesideTheId() throws IOException {
        JsonNode doc = document();
        JsonNode complaint = resolve(doc, answered(doc, "/api/complaints/{id}"));

        JsonNode number = complaint.at("/properties/number");
        assertThat(number.path("type").asText()).isEqualTo("integer");
        assertThat(number.path("format").asText()).isEqualTo("int64");
        assertThat(number.path("description").asText()).contains("#123", "never reused");
        assertThat(complaint.at("/properties/id/type").asText()).isEqualTo("string");
        JsonNode task = resolve(doc, answered(doc, "/api/tasks").path("items"));
        assertThat(task.at("/properties/number/type").asText()).isEqualTo("integer");
    }

    /** Reads the document anonymously, as a client generator would, and writes it for the linter. */
    private JsonNode document() throws IOException {
        String body = api.anonymous().get("/v3/api-docs").then().statusCode(200).extract().asString();
        JsonNode doc = JSON.readTree(body);
        Path file = Path.of("target", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        return doc;
    }

    private record Op(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static List<Op> operations(JsonNode doc) {
        List<Op> operations = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                operations.add(new Op(method, path.getKey(), path.getValue().path(method)));
            }
        }));
        return operations;
    }

    private static List<String> statuses(JsonNode doc, String path, String method) {
        return names(doc.path("paths").path(path).path(method).path("responses"));
    }

    private static JsonNode requestBody(JsonNode doc, String path) {
        return resolve(doc, doc.path("paths").path(path).path("post")
                .at("/requestBody/content/application~1json/schema"));
    }

    /** The schema itself, when {@code schema} refers to one of the components. */
    /** The schema of the JSON a GET of {@code path} answers with 200. */
    private static JsonNode answered(JsonNode doc, String path) {
        return doc.path("paths").path(path).at("/get/responses/200/content/application~1json/schema");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : doc.at(ref.substring(1));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
